import XCTest
@testable import BizLang

/// LANGUAGE.md v1.1 §8: how values print — every integer digit below 1e15,
/// counts read from a run with one decimal, what-if answers without float
/// noise — and hints written as Biz source in every locale.
final class DisplayTests: XCTestCase {
    private func ruErrors(_ text: String) -> [Diagnostic] {
        let rt = Interpreter()
        rt.settings.locale = .ru
        return errors(text, in: rt)
    }

    func testEveryIntegerDigitPrints() {
        XCTAssertEqual(evalText("12345678901"), "12,345,678,901")
        XCTAssertEqual(evalText("-12345678901.5"), "-12,345,678,901.5")
        XCTAssertEqual(evalText("1234567.5", locale: .ru), "1 234 567,5")
        XCTAssertEqual(evalText("1.2e18"), "1.2e18")
        XCTAssertEqual(evalText("1.5e15 RUB"), "1.5e15 RUB")
        XCTAssertEqual(evalText("12345678901 RUB"), "12,345,678,901 RUB")
    }

    func testMoneyHintsAreSourceInEveryLocale() {
        XCTAssertEqual(errors("5 RUB + 1500").first?.hints, ["did you mean 1500 RUB?"])
        XCTAssertEqual(ruErrors("5 RUB + 1500").first?.hints, ["did you mean 1500 RUB?"])
        XCTAssertEqual(ruErrors("1234567.5 + 5 USD").first?.hints, ["did you mean 1234567.5 USD?"])
    }

    func testRateHintsRoundLikeDisplay() {
        let noisy = "segment s { size: 10, wtp: 1 RUB to 2 RUB, churn: 2.5680002032789693% }"
        XCTAssertEqual(errors(noisy).first?.hints, ["did you mean 2.57%/month?"])
        XCTAssertEqual(ruErrors(noisy).first?.hints, ["did you mean 2.57%/month?"])
        let fraction = "segment s { size: 10, wtp: 1 RUB to 2 RUB, churn: 0.025680002032789693 }"
        XCTAssertEqual(errors(fraction).first?.hints, ["did you mean 2.57%/month?"])
        XCTAssertEqual(errors("strategy s { leads: 1500.5 }").first?.hints, ["did you mean 1500.5/month?"])
    }
}
