import XCTest
@testable import BizLang

/// LANGUAGE.md §7 over the engine: declarations are checked, inputs convert
/// to the market's currency and to monthly rates, runs expose series, and
/// what-ifs re-simulate.
final class ModelTests: XCTestCase {
    let base = """
    segment smb { size: 1000, customers: 500, wtp: uniform(0 RUB, 200 RUB), churn: 40%/year }
    company co { price: 100 RUB, segments: [smb] }
    """

    func session(_ extra: String = "") -> Interpreter {
        let rt = Interpreter()
        let out = evalText(base + "\n" + extra, in: rt)
        XCTAssertFalse(out.contains("error"), out)
        return rt
    }

    func testLossConventionForChurn() {
        let rt = session("run = simulate(co, months: 12)")
        XCTAssertEqual(evalText("run.customers[12] / run.customers[0]", in: rt), "0.6")
        XCTAssertEqual(evalText("smb.churn in month", in: rt), "4.17%/month")
        XCTAssertEqual(evalText("smb.churn == 40%/year", in: rt), "true")
    }

    func testUnknownFieldSuggestsTheRightOne() {
        let d = errors("segment s { size: 10, wtp: 1 RUB to 2 RUB, chrun: 2%/month }")
        XCTAssertEqual(d.first?.message, "segment s has no field 'chrun'")
        XCTAssertEqual(d.first?.hints, ["did you mean 'churn'?"])
    }

    func testWrongUnitNamesTheExpectedOneWithAHint() {
        let d = errors("segment s { size: 10, wtp: 1 RUB to 2 RUB, churn: 2 }")
        XCTAssertEqual(d.first?.message, "segment s: 'churn' must be a percent rate (e.g. 2%/month), not number")
        XCTAssertEqual(d.first?.hints, ["did you mean 2%/month?"])
    }

    func testMissingRequiredFieldIsNamed() {
        XCTAssertEqual(errors("segment s { size: 10 }").first?.message,
                       "segment s needs the field 'wtp' (a distribution or a range of money (e.g. 80 RUB to 180 RUB))")
    }

    func testProbabilitiesAndCountsAreChecked() {
        XCTAssertEqual(errors("strategy s { conversion: 120% }").first?.message, "strategy s: 'conversion' must be from 0% to 100%")
        XCTAssertEqual(errors("segment s { size: -5, wtp: 1 RUB to 2 RUB }").first?.message, "segment s: 'size' cannot be negative")
        XCTAssertTrue(errors("segment s { size: 10, customers: 8, competitors: 5, wtp: 1 RUB to 2 RUB }").first?.message.contains("exceed size") == true)
    }

    func testSeriesOperations() {
        let rt = session("run = simulate(co, months: 12)")
        XCTAssertEqual(evalText("run.customers.first", in: rt), "500")
        XCTAssertEqual(evalText("len(run.customers)", in: rt), "13")
        XCTAssertEqual(evalText("(run.fit + run.pushed - run.customers).max", in: rt), "0")
        XCTAssertEqual(evalText("(run.revenue * 2)[1] == 2 * run.revenue[1]", in: rt), "true")
        XCTAssertEqual(evalText("sum(run.churned) == run.customers.first - run.customers.last", in: rt), "true")
        XCTAssertEqual(evalText("run.segments.smb.customers[12] == run.customers[12]", in: rt), "true")
    }

    func testGivenResimulates() {
        let rt = session("p = 100 RUB\nco2 = co with {price: p}\nrun = simulate(co2, months: 3)")
        let before = evalText("run.revenue[1]", in: rt)
        XCTAssertEqual(evalText("run.revenue[1] given p = 150 RUB", in: rt), evalText("simulate(co with {price: 150 RUB}, months: 3).revenue[1]", in: rt))
        XCTAssertEqual(evalText("run.revenue[1]", in: rt), before)
    }

    func testStressRecord() {
        let rt = session()
        XCTAssertEqual(evalText("stress(co, price: +20%).stay", in: rt), "80%")
        XCTAssertEqual(evalText("stress(co, price: +20%).revenue_change", in: rt), "-4%")
        XCTAssertEqual(evalText("stress(co, to: 120 RUB).segments.smb.stay", in: rt), "80%")
        XCTAssertEqual(evalText("keys(stress(co))", in: rt),
                       "[\"stay\", \"stayers\", \"leavers\", \"revenue_before\", \"revenue_after\", \"revenue_change\", \"price\", \"new_price\", \"segments\", \"month\"]")
    }

    func testInputsInAnotherCurrencyConvert() {
        let rt = session("""
        rate USD = 63.30 RUB
        strategy calls { leads: 100/month, cost_per_lead: 0.6 USD }
        co3 = co with {strategy: calls, fixed_costs: 1k USD/month}
        run = simulate(co3, months: 2)
        """)
        XCTAssertEqual(evalText("run.costs[1]", in: rt), "67,098 RUB")
    }

    func testSchedules() {
        let rt = session("""
        stepped = co with {price: 100 RUB until month 2 then +10% until month 4 then 90 RUB}
        run = simulate(stepped, months: 6)
        """)
        XCTAssertEqual(evalText("[run.price[2], run.price[3], run.price[5]]", in: rt), "[100 RUB, 110 RUB, 90 RUB]")
    }

    func testInvestAsShareOfRevenueAndExplain() {
        let rt = session("""
        strategy grow { invest: 10% of revenue, value_growth: 1%/month }
        run = simulate(co with {strategy: grow}, months: 3)
        """)
        XCTAssertEqual(evalText("run.costs[1] == 10% * run.revenue[1]", in: rt), "true")
        let text = evalText("explain(run, month: 2)", in: rt)
        XCTAssertTrue(text.hasPrefix("Month 2 of co (strategy grow):"), text)
        XCTAssertTrue(text.contains("8. Money: revenue"), text)
    }

    func testCustomersPlusCompetitorsOverSizeIsAnError() {
        XCTAssertTrue(errors("segment s { size: 10, customers: 20, wtp: 1 RUB to 2 RUB }").first?.message.contains("exceed size") == true)
    }
}
