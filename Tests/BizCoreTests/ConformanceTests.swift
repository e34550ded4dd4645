import XCTest
import BizCore

/// /work/shared/conformance/model_basics.biz, reproduced through the Swift API
/// (the language's defaults — taste 10% of price, switching 10%/month — applied by hand).
final class ConformanceTests: XCTestCase {
    private let within = 0.00001  // "within 0.001%"

    func testSteadyChurn() throws {
        let steady = SegmentSpec(name: "steady", size: 2000, customers: 2000, wtp: .uniform(lo: 100, hi: 200),
                                 taste: 5, churn: 0.03)
        let run = try simulate(CompanySpec(name: "a", price: 50, segments: [steady]), months: 6)
        assertConserved(run)
        assertClose(run.total.customers[6], 1665.944, relative: within)
        assertClose(run.total.churned[1], 60, relative: within)
        assertClose(run.total.revenue[1], 1940 * 50, relative: within)
    }

    func testWordOfMouth() throws {
        let open = SegmentSpec(name: "open", size: 500, wtp: .uniform(lo: 100, hi: 200), taste: 5)
        let strategy = StrategySpec(name: "word_of_mouth", reach: 0.01, referrals: 0.5)
        let run = try simulate(CompanySpec(name: "b", price: 50, segments: [open], strategy: strategy), months: 12)
        assertConserved(run)
        assertClose(run.total.customers[1], 5, relative: within)
        assertClose(run.total.customers[2], 12.425, relative: within)
        assertClose(run.total.customers[6], 93.4742, relative: within)
        assertClose(run.total.customers[12], 423.4845, relative: within)
        assertClose(run.total.customers[12] + run.total.unclaimed[12], 500, relative: 0.000001)
    }

    func testStressToAmountAndPercent() throws {
        let wide = SegmentSpec(name: "wide", size: 1000, customers: 700, wtp: .uniform(lo: 50, hi: 150), taste: 8)
        let company = CompanySpec(name: "c", price: 80, segments: [wide])
        let toAmount = try stress(company, target: .absolute(100))
        assertClose(toAmount.total.stay, 0.7142857, relative: within)
        assertClose(toAmount.total.revenueAfter / toAmount.total.revenueBefore, 0.8928571, relative: within)
        assertClose(try stress(company, target: .relative(0.25)).total.stay, 0.7142857, relative: within)
        assertConserved(try simulate(company, months: 2))
    }

    func testPackedMarketSales() throws {
        let packed = SegmentSpec(name: "packed", size: 800, customers: 800, wtp: .uniform(lo: 100, hi: 200), taste: 5)
        let callers = StrategySpec(name: "callers", leads: 1000, conversion: 0.2, pressure: 0.5, costPerLead: 5)
        let company = CompanySpec(name: "d", price: 50, segments: [packed], strategy: callers, fixedCosts: 1000)
        let run = try simulate(company, months: 2)
        assertConserved(run)
        XCTAssertEqual(run.total.newSales[1], 0)
        XCTAssertEqual(run.total.costs[1], 6000)
        XCTAssertEqual(run.total.profit[1], 800 * 50 - 6000)
    }
}
