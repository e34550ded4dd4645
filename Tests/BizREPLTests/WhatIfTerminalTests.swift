// Cells and what-ifs at a real prompt (LANGUAGE.md v1.1 §5): a rate's cell
// can be redefined, an unread `given` name gets a note, a failed line
// changes nothing.

import Foundation
import XCTest

final class WhatIfTerminalTests: REPLTestCase {
    func testRedefiningTheCellOfARateMovesTheRate() throws {
        let repl = try startSession()
        run(repl, "usd = 70 RUB", "usd = 70 RUB")
        run(repl, "rate USD = usd", "")
        run(repl, "fee = 2 USD in RUB", "fee = 140 RUB")
        // Was `cycle: usd → rate USD → usd`.
        run(repl, "usd = 80 RUB", "usd = 80 RUB\n  fee: 140 RUB → 160 RUB")
        run(repl, "1 USD in RUB", "80 RUB")
        run(repl, "fee given usd = 90 RUB", "180 RUB")
        run(repl, "fee", "160 RUB")
    }
}
