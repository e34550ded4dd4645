import XCTest
import BizCore

final class ScheduleTests: XCTestCase {
    func testUntilThenSemantics() {
        let s = Schedule(110.0, steps: [(afterMonth: 6, value: 121.0), (afterMonth: 12, value: 100.0)])
        XCTAssertEqual(s.value(atMonth: 0), 110)
        XCTAssertEqual(s.value(atMonth: 6), 110)
        XCTAssertEqual(s.value(atMonth: 7), 121)
        XCTAssertEqual(s.value(atMonth: 12), 121)
        XCTAssertEqual(s.value(atMonth: 13), 100)
        XCTAssertEqual(Schedule(1.0).then(afterMonth: 2, 5.0).value(atMonth: 3), 5)
    }

    func testPriceStepShocksCustomersOut() throws {
        // WTP uniform 0..200: at 100, half the bins fit; the step to 150 leaves
        // only a quarter, and the F in between leave at once (churned: no rivals).
        let seg = SegmentSpec(name: "s", size: 1000, customers: 400, wtp: .uniform(lo: 0, hi: 200))
        let company = CompanySpec(name: "c", price: Schedule(100.0, steps: [(afterMonth: 3, value: 150.0)]), segments: [seg])
        let run = try simulate(company, months: 6)
        assertConserved(run)
        XCTAssertEqual(run.total.price, [100, 100, 100, 100, 150, 150, 150])
        XCTAssertEqual(run.total.customers[3], 400, accuracy: 1e-9)
        XCTAssertEqual(run.total.customers[4], 200, accuracy: 1e-9)
        XCTAssertEqual(run.total.churned[4], 200, accuracy: 1e-9)
        XCTAssertEqual(run.total.revenue[4], 200 * 150, accuracy: 1e-9)
    }

    func testStrategySwitchKeepsPushedDeal() throws {
        // Everyone who can afford us is ours; sales push the rest (who cannot afford us) in as Q.
        let seg = SegmentSpec(name: "s", size: 1000, customers: 500, wtp: .uniform(lo: 0, hi: 200), churn: 0.01)
        let active = StrategySpec(name: "active", leads: 200, conversion: 0.5, pressure: 0.4, costPerLead: 10,
                                  discount: 0.2, pushedTenure: 4)
        let quiet = StrategySpec(name: "quiet", invest: .perMonth(1000), valueGrowth: 0)
        let company = CompanySpec(name: "c", price: Schedule(100.0), segments: [seg],
                                  strategy: Schedule(active, steps: [(afterMonth: 3, value: quiet)]))
        let run = try simulate(company, months: 8)
        assertConserved(run)
        let t = run.total
        XCTAssertGreaterThan(t.pushed[3], 0)
        // After the switch: no new pushed, and pushed leave at churn + 1/4 exactly.
        for m in 4...8 {
            XCTAssertEqual(t.newSales[m], 0)
            XCTAssertEqual(t.pushed[m], t.pushed[m - 1] * (1 - 0.01 - 0.25), accuracy: 1e-9)
            let expected: Double = t.fit[m] * 100 + t.pushed[m] * 80
            XCTAssertEqual(t.revenue[m], expected, accuracy: 1e-6)
            XCTAssertEqual(t.costs[m], 1000, accuracy: 1e-9)
        }
        XCTAssertEqual(t.costs[2], 2000, accuracy: 1e-9)
        let month5 = try flows(company, month: 5)
        XCTAssertEqual(month5.strategy, "quiet")
        XCTAssertEqual(month5.pushedDiscount, 0.2)
        XCTAssertEqual(month5.pushedTenure, 4)
    }

    func testValueGrowthCompounds() throws {
        let seg = everyoneFits(size: 100, customers: 10)
        let s = StrategySpec(name: "v", valueGrowth: 0.01)
        let run = try simulate(CompanySpec(name: "c", price: 10, value: 1.1, segments: [seg], strategy: s), months: 12)
        assertConserved(run)
        XCTAssertEqual(run.total.value[0], 1.1)
        XCTAssertEqual(run.total.value[12], 1.1 * pow(1.01, 12), accuracy: 1e-12)
        XCTAssertEqual(run.total.rivalValue[12], 0)
    }

    func testMarketGrowthAddsToUnclaimed() throws {
        let seg = everyoneFits(size: 1000, customers: 100)
        let run = try simulate(CompanySpec(name: "c", price: 10, segments: [seg]), market: MarketSpec(growth: 0.01), months: 12)
        assertConserved(run)
        XCTAssertEqual(run.total.size[12], 1000 * pow(1.01, 12), accuracy: 1e-9)
        XCTAssertEqual(run.total.customers[12], 100, accuracy: 1e-9)
        XCTAssertEqual(run.total.share[12], 100 / (1000 * pow(1.01, 12)), accuracy: 1e-12)
    }
}
