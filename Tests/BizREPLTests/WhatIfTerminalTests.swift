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

    func testGivenOnAnUnreadNameNotesItAtThePrompt() throws {
        let repl = try startSession()
        run(repl, "price = 100 RUB", "price = 100 RUB")
        run(repl, "units = 3", "units = 3")
        run(repl, "revenue = 100 RUB * units", "revenue = 300 RUB")
        repl.send("revenue given price = 130 RUB\r")
        repl.expect("<repl>:1:15: note: revenue does not depend on price")
        repl.expect("\n300 RUB\n")
        repl.expect("biz> ")
        run(repl, "revenue given units = 4", "400 RUB")
        run(repl, "price", "100 RUB")
    }

    func testAFieldWhatIfAtThePromptLeavesTheDeclarationAlone() throws {
        let repl = try startSession()
        run(repl, "competitor rivals { price: 100 RUB, value: 2 }", "")
        run(repl, "y = rivals.price * rivals.value", "y = 200 RUB")
        run(repl, "y given rivals.value = 3", "300 RUB")
        repl.send("y given rivals.valeu = 3\r")
        repl.expect("error: competitor rivals has no field 'valeu'")
        repl.expect("hint: did you mean 'value'?")
        repl.expect("biz> ")
        run(repl, "rivals.value", "2")
        run(repl, "y", "200 RUB")
    }
}
