import XCTest
import BizFormat
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

    static let model = """
        market { months: 24, currency: RUB }
        segment smb { size: 10k, wtp: 80 RUB to 180 RUB, churn: 3%/month }
        strategy s { leads: 500/month, conversion: 5% }
        company us { price: 110 RUB, segments: [smb], strategy: s }
        run = simulate(us)
        """

    private func number(_ text: String, in rt: Interpreter) -> Double {
        guard case .num(let x, _)? = try? rt.evaluateEntry(SourceFile(name: "<t>", text: text)) else {
            XCTFail("\(text) is not a number"); return .nan
        }
        return x
    }

    func testCountsFromARunPrintOneDecimalButStayUnrounded() {
        let rt = Interpreter()
        _ = evalText(Self.model, in: rt)
        let last = number("run.customers.last", in: rt)
        let oneDecimal = (last * 10).rounded() / 10
        XCTAssertNotEqual(last, oneDecimal, "the test needs a count with more decimals")
        XCTAssertEqual(evalText("run.customers.last", in: rt), formatNumber(oneDecimal, locale: .en))
        // Read through a name, an index, a segment, a summary: still a count.
        _ = evalText("x = run.customers.last", in: rt)
        XCTAssertEqual(evalText("x", in: rt), formatNumber(oneDecimal, locale: .en))
        XCTAssertEqual(evalText("\"{x} customers\"", in: rt), formatNumber(oneDecimal, locale: .en) + " customers")
        XCTAssertEqual(evalText("[run.customers.last]", in: rt), "[" + formatNumber(oneDecimal, locale: .en) + "]")
        XCTAssertEqual(evalText("max(run.customers)", in: rt), formatNumber(oneDecimal, locale: .en))
        let m12 = number("run.customers[12]", in: rt)
        XCTAssertEqual(evalText("run.customers[12]", in: rt), formatNumber((m12 * 10).rounded() / 10, locale: .en))
        let churned = number("run.segments.smb.churned.last", in: rt)
        XCTAssertEqual(evalText("run.segments.smb.churned.last", in: rt), formatNumber((churned * 10).rounded() / 10, locale: .en))
        // The value is not rounded; arithmetic on it prints by the general rule.
        XCTAssertEqual(number("x", in: rt), last)
        XCTAssertEqual(evalText("x * 1", in: rt), formatNumber(last, locale: .en))
        XCTAssertEqual(evalText("-x", in: rt), formatNumber(-last, locale: .en))
        XCTAssertEqual(evalText("x + 0", in: rt), formatNumber(last, locale: .en))
        XCTAssertEqual(evalText("round(x, 2)", in: rt), formatNumber((last * 100).rounded() / 100, locale: .en))
        XCTAssertEqual(evalText("x == \(last)", in: rt), "true")
        // value is not a count.
        let value = number("run.value.last", in: rt)
        XCTAssertEqual(evalText("run.value.last", in: rt), formatNumber(value, locale: .en))
        // ru (evalText switches the session's locale for good: last).
        XCTAssertEqual(evalText("run.customers.last", in: rt, locale: .ru), formatNumber(oneDecimal, locale: .ru))
    }

    func testAFailedExpectShowsTheCountsDigits() {
        let rt = Interpreter()
        _ = evalText(Self.model, in: rt)
        let last = number("run.customers.last", in: rt)
        var messages: [String] = []
        rt.errorOutput = { messages.append($0) }
        _ = evalText("expect run.customers.last == 1", in: rt)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages.first?.contains("(left: \(formatNumber(last, locale: .en)), right: 1)") == true, "\(messages)")
    }

    // MARK: what-if answers carry no float noise

    final class Printed: @unchecked Sendable { var text = "" }

    private func printed(_ source: String) -> String {
        let rt = Interpreter()
        let out = Printed()
        rt.output = { out.text += $0 }
        let result = evalText(source, in: rt)
        XCTAssertFalse(result.contains("error"), result)
        return out.text
    }

    func testMinimizeAndMaximizeSnapNoiseToZero() {
        // Brent stops ~6e-12 from the kink of |x − 1/3|; x − 0.1 − 0.2 at 0.3 is −2.8e-17.
        let text = printed("""
            x = 1
            minimize abs(x - 1/3) by x in 0..1
            minimize x - 0.1 - 0.2 by x in 0.3..1
            maximize -(x - 0.1 - 0.2)^2 by x in -1..1
            """)
        XCTAssertEqual(text, """
            min abs(x - 1/3) = 0 at x = 0.3333333333
            min x - 0.1 - 0.2 = 0 at x = 0.3 (an end of the range: the minimum may lie beyond it)
            max -(x - 0.1 - 0.2)^2 = 0 at x = 0.3

            """)
        // A small but real value is not noise.
        XCTAssertEqual(printed("x = 1\nminimize 1e-3 + (x - 0.1)^2 by x in 0..1"), "min 1e-3 + (x - 0.1)^2 = 0.001 at x = 0.1\n")
    }

    func testTheAnswerCellIsClean() {
        let rt = Interpreter()
        rt.output = { _ in }
        _ = evalText("x = 1\nbest = minimize abs(x + 1e-17) by x in -1..1", in: rt)
        XCTAssertEqual(evalText("best", in: rt), "0")
        XCTAssertEqual(evalText("best == 0", in: rt), "true")
    }

    func testSweepStepsLandOnTheirDecimals() {
        let text = printed("x = 1\nt = sweep x over 0..0.5 step 0.1: x - 0.3")
        XCTAssertTrue(text.contains("0.3        0\n"), text)
        XCTAssertFalse(text.contains("e-17"), text)
    }

    func testTornadoSnapsNoise() {
        let text = printed("a = 0.1\nb = 0.2\nc = 5\nt = a + b - 0.3 + c * 0\ntornado t")
        XCTAssertTrue(text.hasPrefix("tornado: t ±10% (base 0)\n"), text)
        XCTAssertFalse(text.contains("e-17"), text)
    }
}
