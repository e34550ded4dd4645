// What the REPL echoes for declarations and rates (issue 8 item 6): the
// market once, by its kind (never `market market`), a rate as
// `rate USD = …` with the cells it changed.

import BizLang
import XCTest
@testable import BizREPL

final class EchoTests: XCTestCase {
    func session() -> BizSession {
        var settings = Settings()
        settings.color = false
        return BizSession(settings: settings)
    }

    func testMarketEchoesByItsKind() {
        let s = session()
        XCTAssertEqual(s.evaluate("market { months: 12 }"), .output("market {months: 12}"))
        XCTAssertEqual(s.evaluate("segment smb { size: 10, wtp: 1 RUB to 2 RUB }").outputText?.hasPrefix("segment smb {size: 10"), true)
    }

    func testRateEchoesTheRateAndWhatItChanged() {
        let s = session()
        XCTAssertEqual(s.evaluate("rate USD = 80 RUB"), .output("rate USD = 80 RUB"))
        XCTAssertEqual(s.evaluate("x = 100 USD in RUB"), .output("x = 8,000 RUB"))
        XCTAssertEqual(s.evaluate("rate USD = 95 RUB"), .output("rate USD = 95 RUB\n  x: 8,000 RUB → 9,500 RUB"))
    }

    func testDeclarationMessagesNameTheMarketOnce() {
        guard case .error(let text) = session().evaluate("market { growth: 3 }") else { return XCTFail() }
        XCTAssertTrue(text.contains("error: market: 'growth' must be a percent rate (e.g. 2%/month), not number"), text)
    }

    func testUncertainExpectSaysProbabilityOnce() {
        let s = session()
        var printed = ""
        s.interpreter.errorOutput = { printed += $0 }
        _ = s.evaluate("x = uniform(-1, 1)")
        _ = s.evaluate("expect x > 0")
        XCTAssertNotNil(printed.range(of: #"expect failed: x > 0 \(holds with probability \d+(\.\d+)?%\)\n$"#, options: .regularExpression), printed)
        XCTAssertFalse(printed.contains("probability probability"), printed)
    }
}
