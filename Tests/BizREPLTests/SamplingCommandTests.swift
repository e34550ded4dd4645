import BizLang
import XCTest
@testable import BizREPL

/// `:sampling lhs|random` (issue 12 item 4) and its line in `:save`.
final class SamplingCommandTests: XCTestCase {
    func testSamplingCommand() {
        var settings = Settings()
        settings.color = false
        let s = BizSession(settings: settings)
        s.interpreter.output = { _ in }
        XCTAssertEqual(text(s.evaluate(":sampling")), "sampling lhs")
        XCTAssertEqual(text(s.evaluate(":sampling random")), "sampling random")
        XCTAssertEqual(s.interpreter.settings.samplingName, "random")
        XCTAssertEqual(text(s.evaluate(":sampling sobol")), "error: sampling must be lhs (Latin hypercube) or random, not 'sobol'")
        XCTAssertEqual(s.interpreter.settings.samplingName, "random")
        XCTAssertTrue(SessionScript.render([], settings: s.interpreter.settings).contains("biz --sampling random FILE"))
        XCTAssertEqual(text(s.evaluate(":locale ru")), "язык ru")
        XCTAssertEqual(text(s.evaluate(":sampling lhs")), "выборка lhs")
    }
}
