import XCTest
import BizCore
@testable import BizLang

/// LANGUAGE.md v1.1 §6: summaries of a distribution that still has its
/// parametric form are exact — `mean`, `sd`, `p`, `prob(d OP c)` and the
/// display's mean and 90% interval — through a name, a field, `given` and
/// `with`; arithmetic makes a sample set. Expected values are closed forms.
final class ExactSummaryTests: XCTestCase {
    /// Few samples on purpose: sample summaries would be visibly off.
    func session() -> Interpreter {
        var s = Settings()
        s.samples = 200
        return Interpreter(settings: s)
    }

    func number(_ text: String, in rt: Interpreter) -> Double {
        guard case .num(let x, _)? = try? rt.evaluateEntry(SourceFile(name: "<t>", text: text)) else {
            XCTFail("\(text) is not a number"); return .nan
        }
        return x
    }

    func testPercentilesOfAToBAreItsEnds() {
        let rt = session()
        XCTAssertEqual(evalText("p(90 to 140, 5%)", in: rt), "90")
        XCTAssertEqual(number("p(90 to 140, 5%)", in: rt), 90, accuracy: 1e-9)
        XCTAssertEqual(number("p(10 to 40, 95%)", in: rt), 40, accuracy: 40e-9)
        XCTAssertEqual(number("p(90 to 140, 50%)", in: rt), (90.0 * 140).squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(evalText("(90 to 140).p95", in: rt), "140")
    }

    func testMeanAndSdOfEachForm() {
        let rt = session()
        XCTAssertEqual(evalText("mean(normal(100, 15))", in: rt), "100")
        XCTAssertEqual(evalText("sd(normal(100, 15))", in: rt), "15")
        XCTAssertEqual(number("p(normal(50, 10), 50%)", in: rt), 50, accuracy: 1e-12)
        XCTAssertEqual(number("p(normal(50, 10), 95%)", in: rt), 50 + 10 * 1.6448536269514722, accuracy: 1e-8)
        XCTAssertEqual(number("mean(uniform(2, 8))", in: rt), 5, accuracy: 1e-12)
        XCTAssertEqual(number("sd(uniform(2, 8))", in: rt), 6 / 12.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(number("mean(triangular(1, 2, 6))", in: rt), 3, accuracy: 1e-12)
        XCTAssertEqual(number("mean(beta(2, 6))", in: rt), 0.25, accuracy: 1e-12)
        // a to b: μ = ln √(ab), σ = ln(b/a) / (2·z95); mean e^(μ + σ²/2).
        let sigma = log(140.0 / 90) / (2 * 1.6448536269514722)
        XCTAssertEqual(number("mean(90 to 140)", in: rt), (90.0 * 140).squareRoot() * exp(sigma * sigma / 2), accuracy: 1e-9)
    }

    func testLognormalTakesItsOwnMeanAndSd() {
        let rt = session()
        _ = evalText("m = lognormal(20, 4)", in: rt)
        XCTAssertEqual(number("mean(m)", in: rt), 20, accuracy: 20e-9)
        XCTAssertEqual(number("sd(m)", in: rt), 4, accuracy: 4e-9)
        // Its median is below its mean: e^μ with σ² = ln(1 + (4/20)²).
        let s2 = log(1 + 0.04)
        XCTAssertEqual(number("p(m, 50%)", in: rt), exp(log(20) - s2 / 2), accuracy: 1e-9)
    }

    func testProbOfAConditionAgainstAConstant() {
        let rt = session()
        _ = evalText("x = normal(0, 1); price = 90 RUB to 140 RUB", in: rt)
        XCTAssertEqual(evalText("prob(x > 0)", in: rt), "50%")
        XCTAssertEqual(number("prob(x < 1)", in: rt), 0.8413447460685429, accuracy: 1e-9)
        XCTAssertEqual(number("prob(1 > x)", in: rt), 0.8413447460685429, accuracy: 1e-9)
        XCTAssertEqual(number("prob(not (x < 1))", in: rt), 1 - 0.8413447460685429, accuracy: 1e-9)
        XCTAssertEqual(number("prob(price >= 140 RUB)", in: rt), 0.05, accuracy: 1e-9)
        XCTAssertEqual(number("prob(uniform(2, 8) <= 3.5)", in: rt), 0.25, accuracy: 1e-12)
        // Two distributions: sample-wise (x - x is exactly 0).
        XCTAssertEqual(evalText("prob(x > x)", in: rt), "0%")
    }

    func testTheDisplayIsExact() {
        let rt = session()
        XCTAssertEqual(evalText("normal(100, 15)", in: rt).split(separator: "\n").first, "mean 100, 90% CI 75.33..124.7")
        XCTAssertEqual(evalText("90 to 140", in: rt).split(separator: "\n").first, "mean 113.3, 90% CI 90..140")
    }

    func testTheFormSurvivesNamesFieldsGivenAndWith() {
        let rt = session()
        _ = evalText("x = 90 to 140; y = x; r = {a: x}", in: rt)
        _ = evalText("segment s { size: 10, wtp: 80 RUB to 180 RUB, churn: 2%/month to 4%/month }", in: rt)
        XCTAssertEqual(evalText("p(y, 5%)", in: rt), "90")
        XCTAssertEqual(evalText("p(r.a, 95%)", in: rt), "140")
        XCTAssertEqual(evalText("p(s.wtp, 5%)", in: rt), "80 RUB")
        XCTAssertEqual(evalText("p(s.churn, 95%)", in: rt), "4%/month")
        XCTAssertEqual(evalText("p((s with {wtp: 70 RUB to 200 RUB}).wtp, 5%)", in: rt), "70 RUB")
        XCTAssertEqual(evalText("p(y, 5%) given x = 10 to 20", in: rt), "10")
    }

    func testArithmeticMakesASampleSet() {
        let rt = session()
        _ = evalText("x = normal(100, 15); y = x * x", in: rt)
        guard case .dist(let d)? = rt.value(of: "y") else { return XCTFail("y is not a distribution") }
        XCTAssertNil(d.form)
        XCTAssertEqual(d.mean, d.samples.reduce(0, +) / Double(d.samples.count), accuracy: 1e-9)
    }

    func testAffineMapsKeepTheForm() {
        let rt = session()
        _ = evalText("x = normal(100, 15); price = 90 RUB to 140 RUB; u = uniform(2, 8); rate USD = 80 RUB", in: rt)
        XCTAssertEqual(evalText("mean(x * 2)", in: rt), "200")
        XCTAssertEqual(evalText("sd(x * 2)", in: rt), "30")
        XCTAssertEqual(evalText("mean(3 - x)", in: rt), "-97")
        XCTAssertEqual(evalText("sd(-x)", in: rt), "15")
        XCTAssertEqual(evalText("mean(x / 4 + 5)", in: rt), "30")
        XCTAssertEqual(evalText("p(price * 1.2, 5%)", in: rt), "108 RUB")
        XCTAssertEqual(number("p(price in USD, 95%)", in: rt), 140.0 / 80, accuracy: 1e-12)
        XCTAssertEqual(evalText("[p(-2 * u, 0%), p(-2 * u, 100%)]", in: rt), "[-16, -4]")
        XCTAssertEqual(number("prob(x * 2 > 230)", in: rt), 1 - 0.8413447460685429, accuracy: 1e-9)
        // A lognormal shifted has no closed form here: its samples answer.
        guard case .dist(let shifted)? = try? rt.evaluateEntry(SourceFile(name: "<t>", text: "price + 10 RUB")) else {
            return XCTFail("not a distribution")
        }
        XCTAssertNil(shifted.form)
    }
}
