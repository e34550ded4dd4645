import XCTest
@testable import BizLang

/// Issue 16 item 5: no ∞ or NaN as an answer. Builtins, distributions,
/// conversions and the engine stop with a located error naming the
/// operation, as plain arithmetic does (`the result is too large`).
final class FiniteResultsTests: XCTestCase {
    /// The first error's text and the source it underlines.
    func failure(_ text: String, in rt: Interpreter = Interpreter()) -> (String, String)? {
        guard let d = errors(text, in: rt).first, let file = d.span.file else { return nil }
        return (d.message, file.slice(d.span))
    }

    func testBuiltinsStopAtTheCall() {
        XCTAssertEqual(failure("sum([1e308, 1e308])")?.0, "the result of 'sum' is too large")
        XCTAssertEqual(failure("1 + mean([1e308, 1e308])")?.1, "mean([1e308, 1e308])")
        XCTAssertEqual(failure("round(1e300, 10)")?.0, "the result of 'round' is too large")
        XCTAssertEqual(failure("exp(normal(0, 1000))")?.0, "the result of 'exp' is too large")
        XCTAssertEqual(failure("sd(beta(1e-300, 1e-300))")?.0, "the result of 'sd' is not a number")
        XCTAssertEqual(failure("x = [1e308, 1e308]\ny = sum(x)")?.1, "sum(x)")
        // What still fits is an answer.
        XCTAssertEqual(evalText("sum([1e307, 1e307])"), "2e307")
        XCTAssertEqual(evalText("sd(normal(0, 1e300))"), "1e300")
    }

    func testDistributionsWhoseSamplesOverflowStop() {
        XCTAssertEqual(failure("normal(0, 1e308)")?.0, "the result of 'normal' is too large")
        XCTAssertEqual(failure("mean(normal(1e308, 1e308))")?.1, "normal(1e308, 1e308)")
        XCTAssertTrue(evalText("normal(0, 1e300)").hasPrefix("mean 0, 90% CI -1.645e300..1.645e300"))
    }

    func testConversionThroughATinyRateStops() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("rate USD = 1e-300 RUB", in: rt), "")
        XCTAssertEqual(failure("1e300 RUB in USD", in: rt)?.0, "the result of 'in USD' is too large")
        XCTAssertEqual(failure("(1 RUB..1e300 RUB) in USD", in: rt)?.0, "the result of 'in USD' is too large")
        XCTAssertEqual(evalText("1 RUB in USD", in: rt), "1e300 USD")
    }

    func testTheEngineStopsAtTheSimulateCall() {
        let overflowing = """
            market { months: 1200, growth: 100%/month, currency: RUB }
            segment smb { size: 20k, customers: 2k, wtp: 80 RUB to 180 RUB, churn: 1%/month }
            company us { price: 100 RUB, segments: [smb] }
            r = simulate(us)
            """
        XCTAssertEqual(failure(overflowing)?.0, "segment smb: the simulation overflowed in month 1010: size is too large to compute")
        XCTAssertEqual(failure(overflowing)?.1, "simulate(us)")
        let revenue = """
            segment big { size: 1e300, customers: 1e300, wtp: 1e300 RUB to 1e301 RUB }
            company us { price: 1e300 RUB, segments: [big] }
            simulate(us).revenue.last
            """
        XCTAssertEqual(failure(revenue)?.0, "company us: the simulation overflowed in month 1: revenue is too large to compute")
    }

    func testRussian() {
        XCTAssertEqual(errors("sum([1e308, 1e308])").first?.text.render(.ru), "результат 'sum' слишком велик")
        XCTAssertEqual(errors("sd(beta(1e-300, 1e-300))").first?.text.render(.ru), "результат 'sd' — не число")
        let revenue = """
            segment big { size: 1e300, customers: 1e300, wtp: 1e300 RUB to 1e301 RUB }
            company us { price: 1e300 RUB, segments: [big] }
            simulate(us)
            """
        XCTAssertEqual(errors(revenue).first?.text.render(.ru), "company us: расчёт переполнился в месяце 1: revenue — слишком большое число")
    }
}
