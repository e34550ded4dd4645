import XCTest
@testable import BizLang

/// LANGUAGE.md v1.1 §4 (and §2's `x%`): typed percents are a calculator's
/// percent change, untyped ones their fraction beside a plain number and a
/// change beside money or another unit; the percent mistakes are errors
/// with hints written from the user's own operands.
final class PercentTests: XCTestCase {
    // MARK: typed percents

    func testTypedPercentIsACalculatorsChange() {
        XCTAssertEqual(evalText("1000 - 20%"), "800")
        XCTAssertEqual(evalText("1000 + 20%"), "1,200")
        XCTAssertEqual(evalText("120 RUB + 20%"), "144 RUB")
        XCTAssertEqual(evalText("600 - 15%"), "510")
        XCTAssertEqual(evalText("x = 5; 1000 - (x)%"), "950")
        XCTAssertEqual(evalText("x = 5; 1000 - (x * 2)%"), "900")
    }

    func testSignsAndSumsOfTypedPercentsStayTyped() {
        XCTAssertEqual(evalText("1000 - (20% + 5%)"), "750")
        XCTAssertEqual(evalText("1000 - (30% - 5%)"), "750")
        XCTAssertEqual(evalText("1000 + -20%"), "800")
        XCTAssertEqual(evalText("1000 - +20%"), "800")
        XCTAssertEqual(evalText("x = 20; 1000 - -(x)%"), "1,200")
    }

    /// A sum with an untyped part is untyped: beside a plain number it is a
    /// fraction (1000 − 0.25).
    func testASumWithANameIsUntyped() {
        XCTAssertEqual(evalText("p = 20%; 1000 - (p + 5%)"), "999.75")
    }

    // MARK: untyped percents

    func testUntypedPercentIsItsFractionBesideAPlainNumber() {
        XCTAssertEqual(evalText("i = 10%; r = 80%; 1 + i - r"), "0.3")
        XCTAssertEqual(evalText("i = 10%; r = 80%; m = 100 RUB; m * r / (1 + i - r)"), "266.67 RUB")
        XCTAssertEqual(evalText("g = 6%; d = 2%; (1 + g) / (1 + d)"), "1.039215686")
        XCTAssertEqual(evalText("i = 10%; 1000 - i"), "999.9")
    }

    func testMovingALiteralIntoACellChangesAPlainNumberResult() {
        XCTAssertEqual(evalText("x = 1000; x + 3%"), "1,030")
        XCTAssertEqual(evalText("x = 1000; markup = 3%; x + markup"), "1,000.03")
        XCTAssertEqual(evalText("x = 1000; markup = 3%; x * (1 + markup)"), "1,030")
    }

    func testUntypedPercentFromParametersFieldsAndCalls() {
        XCTAssertEqual(evalText("fn add(x, p) = x + p; add(1, 10%)"), "1.1")
        XCTAssertEqual(evalText("r = {p: 10%}; 1 + r.p"), "1.1")
        XCTAssertEqual(evalText("fn ten() = 10%; 1 + ten()"), "1.1")
        XCTAssertEqual(evalText("1 + (0.1 in %)"), "1.1")
    }

    func testUntypedPercentIsAChangeBesideAUnit() {
        XCTAssertEqual(evalText("vat = 20%; 100 RUB + vat"), "120 RUB")
        XCTAssertEqual(evalText("tax = 13%; 1000 RUB - tax"), "870 RUB")
        XCTAssertEqual(evalText("g = 10%; 12 months + g"), "13.2 months")
        XCTAssertEqual(evalText("g = 10%; 500/month + g"), "550/month")
        XCTAssertEqual(evalText("fn with_vat(x, v) = x + v; with_vat(100 RUB, 20%)"), "120 RUB")
    }

    /// A local accumulating `s = s + p` keeps the right side's typedness.
    func testAccumulatingInALoopKeepsTypedness() {
        XCTAssertEqual(evalText("{ s = 100; for k in 1..2 { s = s + 10% }; s }"), "121")
        XCTAssertEqual(evalText("{ s = 100; p = 10%; for k in 1..2 { s = s + p }; s }"), "100.2")
    }

    // MARK: percent with percent and numbers

    func testPercentArithmeticStaysPercent() {
        XCTAssertEqual(evalText("20% + 5%"), "25%")
        XCTAssertEqual(evalText("a = 20%; b = 5%; a - b"), "15%")
        XCTAssertEqual(evalText("20% * 50%"), "10%")
        // A percent times x is x·p in x's unit.
        XCTAssertEqual(evalText("tax = 13%; 3 * tax"), "0.39")
        XCTAssertEqual(evalText("tax = 13%; 3 * tax == 39%"), "true")
        XCTAssertEqual(evalText("6% / 12"), "0.5%")
        XCTAssertEqual(evalText("r = 6%; r / 12"), "0.5%")
    }

    func testPercentDividedByPercentIsANumber() {
        XCTAssertEqual(evalText("3% / 1%"), "3")
        XCTAssertEqual(evalText("9% / 3% == 3"), "true")
        XCTAssertEqual(evalText("a = 9%; b = 3%; a / b"), "3")
    }

    func testInPercentShowsANumberAsAPercent() {
        XCTAssertEqual(evalText("0.4 in %"), "40%")
        XCTAssertEqual(evalText("(0.25 in %) == 25%"), "true")
        XCTAssertEqual(evalText("20% in %"), "20%")
        XCTAssertEqual(evalText("[0.1, 0.2][1] in %"), "20%")
        XCTAssertEqual(evalText("p(uniform(0.1, 0.3) in %, 50%)"), "20%")
        XCTAssertEqual(evalText("mean(normal(0.05, 0.01) in %)"), "5%")
        let d = errors("100 RUB in %")
        XCTAssertEqual(d.first?.message, "only a plain number converts to %; this is money (RUB)")
    }

    func testElsewhereAPercentIsItsFraction() {
        XCTAssertEqual(evalText("2 ^ 50%"), "1.414213562")
        XCTAssertEqual(evalText("4 ^ 50%"), "2")
        XCTAssertEqual(evalText("20% + 1"), "1.2")
        XCTAssertEqual(evalText("20% of 150"), "30")
        XCTAssertEqual(evalText("1000 / 20%"), "5,000")
    }

    func testStockDividedByAFlowIsADuration() {
        XCTAssertEqual(evalText("500k RUB / (60k RUB/month) in month"), "8.333333333")
        XCTAssertEqual(evalText("1500 / (500/month)"), "3 months")
        XCTAssertEqual(evalText("rate USD = 50 RUB; 100 USD / (500 RUB/month)"), "10 months")
    }

    // MARK: percent rates

    func testRatesOfOneKindAddAsPoints() {
        XCTAssertEqual(evalText("3%/year + 1%/year"), "4%/year")
        XCTAssertEqual(evalText("3%/month - 1%/month"), "2%/month")
        XCTAssertEqual(evalText("3%/year * (1 + 10%)"), "3.3%/year")
    }

    func testPercentRatePlusBarePercentIsAnErrorWithHints() {
        let d = errors("3%/year + 1%")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.message, "cannot add percent rate (per year) and percent")
        XCTAssertEqual(d.first?.hints, ["to add percentage points, write 3%/year + 1%/year",
                                        "to change the rate by 1%, write 3%/year * (1 + 1%)"])
        let named = errors("bump = 1%; churn = 3%/month; churn - bump")
        XCTAssertEqual(named.first?.message, "cannot subtract percent rate (per month) and percent")
        XCTAssertEqual(named.first?.hints, ["to subtract percentage points, write churn - bump/month",
                                            "to change the rate by bump, write churn * (1 - bump)"])
        let left = errors("1% + 3%/year")
        XCTAssertEqual(left.first?.message, "cannot add percent and percent rate (per year)")
        XCTAssertEqual(left.first?.hints, ["to add percentage points, write 1%/year + 3%/year"])
    }

    func testPointsHintParenthesisesASum() {
        XCTAssertEqual(errors("a = 1%; 3%/year + (a + 1%)").first?.hints.first,
                       "to add percentage points, write 3%/year + (a + 1%)/year")
    }

    // MARK: a percent before an amount

    func testPercentOnTheLeftOfMoneyIsAnErrorWithHint() {
        let d = errors("vat = 20%; vat + 100 RUB")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.message, "cannot add percent and money (RUB)")
        XCTAssertEqual(d.first?.hints, ["a percent changes the amount before it: did you mean 100 RUB + vat?"])
        XCTAssertEqual(d.first?.notes.map(\.message), ["left: percent", "right: money (RUB)"])
        XCTAssertEqual(errors("20% + 3 months").first?.hints,
                       ["a percent changes the amount before it: did you mean 3 months + 20%?"])
        XCTAssertEqual(errors("a = 1%; b = 2%; a - b + 100 RUB").first?.hints,
                       ["a percent changes the amount before it: did you mean 100 RUB + (a - b)?"])
    }

    // MARK: x% on a name (§2)

    func testPercentOnABareNameIsAnErrorWithHint() {
        let d = errors("x = 2; x%")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.message, "'%' goes after a number or a parenthesised expression, not after a name")
        XCTAssertEqual(d.first?.hints, ["write (x)%"])
        XCTAssertEqual(errors("fn f(a) = a; f(2)%").first?.hints, ["write (f(2))%"])
        XCTAssertEqual(errors("r = {a: 2}; r.a%").first?.hints, ["write (r.a)%"])
        XCTAssertEqual(evalText("x = 2; (x)%"), "2%")
        XCTAssertEqual(evalText("(20)%"), "20%")
    }

    // MARK: element-wise

    func testListsAndRangesFollowTheRulesElementWise() {
        XCTAssertEqual(evalText("[100, 200] - 10%"), "[90, 180]")
        XCTAssertEqual(evalText("d = 10%; [100, 200] - d"), "[99.9, 199.9]")
        XCTAssertEqual(evalText("d = 10%; [100 RUB, 200 RUB] - d"), "[90 RUB, 180 RUB]")
        XCTAssertEqual(evalText("1000 - [10%, 20%]"), "[900, 800]")
        XCTAssertEqual(evalText("2 * [1, 2, 3]"), "[2, 4, 6]")
        XCTAssertEqual(evalText("(80..120) - 10%"), "72..108")
        XCTAssertEqual(evalText("1000 - (10%..20%)"), "800..900")
        XCTAssertEqual(evalText("(80..120 RUB) * 2"), "160..240 RUB")
        XCTAssertEqual(evalText("-1 * (1..2)"), "-2..-1")
        XCTAssertEqual(evalText("[1, 2] + [3]"), "[1, 2, 3]")
    }

    func testDistributionsFollowTheRulesSampleWise() {
        // uniform(…) is a call, so its percent is untyped: a fraction here.
        XCTAssertEqual(evalText("mean(1 + uniform(2%, 6%)) ≈ 1.04 within 1%"), "true")
        XCTAssertEqual(evalText("d = uniform(9%, 11%); mean(100 RUB + d) ≈ 110 RUB within 0.5%"), "true")
        XCTAssertEqual(evalText("x = uniform(99, 101); mean(x - 10%) ≈ 90 within 0.5%"), "true")
        XCTAssertEqual(evalText("x = uniform(99, 101); d = uniform(9%, 11%); mean(x - d) ≈ 99.9 within 0.5%"), "true")
    }

    func testSeriesFollowTheRulesMonthByMonth() {
        let rt = Interpreter()
        let model = """
        segment smb { size: 1000, customers: 500, wtp: uniform(0 RUB, 200 RUB), churn: 40%/year }
        company co { price: 100 RUB, segments: [smb] }
        run = simulate(co, months: 3)
        g = 10%
        """
        XCTAssertFalse(evalText(model, in: rt).contains("error"))
        XCTAssertEqual(evalText("(run.customers + 10%)[0]", in: rt), "550")
        XCTAssertEqual(evalText("(run.customers + g)[0]", in: rt), "500.1")
        XCTAssertEqual(evalText("(run.revenue + g)[1] == run.revenue[1] * 1.1", in: rt), "true")
    }

    // MARK: typedness is the compiler's

    func testTypednessIsDecidedFromTheSyntax() throws {
        func typed(_ text: String) throws -> Bool {
            var p = Parser(file: SourceFile(name: "<t>", text: text))
            let program = p.parseProgram()
            XCTAssertEqual(p.diagnostics.map(\.message), [])
            guard case .expr(let e) = program.first?.kind else { throw XCTSkip("not an expression: \(text)") }
            return e.isTypedPercent
        }
        for text in ["20%", "-5%", "(x)%", "+(x)%", "20% + 5%", "(20% - 5%)", "[1%, 2%]", "1%..2%"] {
            XCTAssertTrue(try typed(text), text)
        }
        for text in ["vat", "+vat", "f(2)", "r.p", "x in %", "20% + vat", "20% * 2", "[1%, vat]", "[]"] {
            XCTAssertFalse(try typed(text), text)
        }
    }
}
