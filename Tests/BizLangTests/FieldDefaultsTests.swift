import XCTest
@testable import BizLang

/// Issue 8 item 6: an omitted field reads as its MODEL.md default, in the
/// field's unit; `pushed_tenure` defaults to `forever`, a duration that only
/// compares; `referrals: 1.2/year` converts linearly (LANGUAGE.md §4).
final class FieldDefaultsTests: XCTestCase {
    let model = """
    rate USD = 80 RUB
    segment s { size: 1000, wtp: uniform(50 RUB, 150 RUB) }
    competitor rivals { price: 90 RUB }
    strategy calls { leads: 100/month }
    company c { price: 100 USD, segments: [s], strategy: calls }
    """

    func testOmittedFieldsReadTheirDefaults() {
        let rt = Interpreter()
        XCTAssertEqual(evalText(model, in: rt), "")
        for (expr, shown) in [("s.churn", "0%/month"), ("s.switching", "10%/month"), ("s.taste", "10%"), ("s.customers", "0"),
                              ("rivals.value", "1"), ("rivals.reach", "0%/month"), ("rivals.referrals", "0"),
                              ("calls.conversion", "0%"), ("calls.pushed_tenure", "forever"), ("calls.invest", "0 RUB/month"),
                              ("c.cash", "0 USD"), ("c.fixed_costs", "0 USD/month"), ("c.value", "1")] {
            XCTAssertEqual(evalText(expr, in: rt), shown, expr)
        }
        // the loss convention holds for a default as for a written rate
        XCTAssertEqual(evalText("s.switching == 10%/month", in: rt), "true")
        XCTAssertEqual(evalText("s.churn + 1%/month", in: rt), "1%/month")
        XCTAssertEqual(errors("s.band", in: rt).first?.message,
                       "segment s does not set 'band'; by default it is P .. P + 20% from the company's starting price")
        XCTAssertEqual(errors("c.strategy.name", in: rt).map(\.message), [])
        XCTAssertEqual(errors("(c with {strategy: calls}).competitor", in: rt).first?.message,
                       "company c does not set 'competitor'; by default there is none")
    }

    func testForeverOnlyCompares() {
        let rt = Interpreter()
        XCTAssertEqual(evalText(model + "\nstrategy loyal_calls { leads: 100/month, pushed_tenure: forever }", in: rt), "")
        XCTAssertEqual(evalText("loyal_calls.pushed_tenure", in: rt), "forever")
        XCTAssertEqual(evalText("calls.pushed_tenure > 1200 months", in: rt), "true")
        XCTAssertEqual(evalText("calls.pushed_tenure == loyal_calls.pushed_tenure", in: rt), "true")
        XCTAssertEqual(evalText("(calls with {pushed_tenure: 4 months}).pushed_tenure", in: rt), "4 months")
        XCTAssertEqual(evalText("(calls with {pushed_tenure: forever}).pushed_tenure", in: rt), "forever")
        let d = errors("calls.pushed_tenure * 2", in: rt)
        XCTAssertEqual(d.first?.message, "forever is a duration that only compares")
        XCTAssertEqual(d.first?.hints, ["compare it with a duration, e.g. active.pushed_tenure > 12 months"])
        // written or defaulted, forever simulates the same
        XCTAssertEqual(evalText("simulate(c, months: 6).pushed.last == simulate(c with {strategy: loyal_calls}, months: 6).pushed.last", in: rt), "true")
    }

    func testReferralsPerYearConvertLinearly() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("""
        segment s { size: 1000, customers: 10, wtp: uniform(150 RUB, 250 RUB), taste: 0 RUB }
        strategy yearly { reach: 3%/month, referrals: 4.56/year }
        strategy monthly { reach: 3%/month, referrals: 0.38 }
        """, in: rt), "")
        XCTAssertEqual(evalText("""
        company y { price: 100 RUB, segments: [s], strategy: yearly }
        company m { price: 100 RUB, segments: [s], strategy: monthly }
        simulate(y, months: 5).customers[5] == simulate(m, months: 5).customers[5]
        """, in: rt), "true")
        XCTAssertEqual(evalText("simulate(y, months: 5).customers[5] == simulate(y with {strategy: yearly with {referrals: 0}}, months: 5).customers[5]", in: rt), "false")
        XCTAssertEqual(errors("strategy bad { referrals: 2 RUB }", in: rt).first?.message,
                       "strategy bad: 'referrals' must be a plain number per month (e.g. 0.3, or 1.2/year), not money (RUB)")
    }
}
