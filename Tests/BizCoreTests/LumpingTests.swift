import XCTest
import BizCore

/// The engine keeps state per class of bins with the same status history
/// (exact lumping). These scenarios move every threshold back and forth —
/// price steps up and down, rivals' value falling then our value rising,
/// strategy switches, growth — and check every bin of every month, and the
/// `loyal` series, against the plain ReferenceModel.
final class LumpingTests: XCTestCase {
    private func check(_ company: CompanySpec, _ market: MarketSpec, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try simulate(company, market: market)
        assertConserved(run, file: file, line: line)
        var ref = ReferenceModel(company: company, market: market)
        for m in 0...market.months {
            if m > 0 { ref.step() }
            let snapshot = try bins(company, market: market, atMonth: m)
            for (s, seg) in snapshot.enumerated() {
                let rb = ref.segments[s].bins
                XCTAssertEqual(seg.fit.count, rb.count, file: file, line: line)
                for b in rb.indices {
                    let r = rb[b]
                    for (x, y, label) in [(seg.unclaimed[b], r.u, "U"), (seg.fit[b], r.f, "F"),
                                          (seg.pushed[b], r.q, "Q"), (seg.rivals[b], r.k, "K")] {
                        XCTAssertEqual(x, y, accuracy: 1e-9 * max(1, abs(y)), "\(label) bin \(b) of \(seg.name) at month \(m)",
                                       file: file, line: line)
                    }
                }
                let c = ref.counts(s)
                let loyal = c.f + c.q > 0 ? ref.stayers(s, newPrice: max(ref.segments[s].bandTop, ref.P)) / (c.f + c.q) : 0
                XCTAssertEqual(run.segments[s].loyal[m], loyal, accuracy: 1e-9, "loyal \(seg.name) at month \(m)",
                               file: file, line: line)
                XCTAssertEqual(run.segments[s].fit[m], c.f, accuracy: 1e-9 * max(1, c.f), file: file, line: line)
                XCTAssertEqual(run.segments[s].pushed[m], c.q, accuracy: 1e-9 * max(1, c.q), file: file, line: line)
            }
        }
    }

    static let sales = StrategySpec(name: "sales", leads: 400, conversion: 0.08, pressure: 0.6, costPerLead: 30,
                                    discount: 0.2, pushedTenure: 5, reach: 0.002, referrals: 0.1, valueGrowth: 0.004)
    static let product = StrategySpec(name: "product", reach: 0.01, referrals: 0.4, valueGrowth: 0.02)

    func testThresholdsMovingBothWays() throws {
        let a = SegmentSpec(name: "a", size: 3000, customers: 300, competitors: 2000, bandLo: 80, bandHi: 130,
                            wtp: try .lognormal(p5: 70, p95: 200), taste: 14, churn: 0.02, switching: 0.15)
        let b = SegmentSpec(name: "b", size: 700, customers: 50, competitors: 400,
                            wtp: .uniform(lo: 60, hi: 260), taste: 30, churn: 0.01, switching: 0.05)
        let rivals = CompetitorSpec(price: 105, value: 1.05, valueGrowth: -0.012, reach: 0.01, referrals: 0.2)
        let company = CompanySpec(
            name: "us", price: Schedule(110.0, steps: [(afterMonth: 4, value: 150.0), (afterMonth: 9, value: 85.0),
                                                       (afterMonth: 15, value: 125.0), (afterMonth: 16, value: 118.0)]),
            value: 1.0, segments: [a, b],
            strategy: Schedule(Self.sales, steps: [(afterMonth: 6, value: Self.product), (afterMonth: 12, value: Self.sales)]),
            competitor: rivals, fixedCosts: 1000, unitCost: 5)
        try check(company, MarketSpec(months: 24, growth: 0.004, resolution: 24))
    }

    func testRivalsOvertakingWithoutTaste() throws {
        let a = SegmentSpec(name: "a", size: 1000, customers: 200, competitors: 600, wtp: try .lognormal(p5: 60, p95: 180),
                            churn: 0.03, switching: 0.3)
        let rivals = CompetitorSpec(price: 90, value: 0.9, valueGrowth: 0.03, reach: 0.02, referrals: 0.3)
        let company = CompanySpec(name: "us", price: Schedule(100.0, steps: [(afterMonth: 10, value: 80.0)]),
                                  segments: [a], strategy: Schedule(Self.sales), competitor: rivals)
        try check(company, MarketSpec(months: 20, resolution: 50))
    }

    func testNoCompetitorPriceSwings() throws {
        let a = SegmentSpec(name: "a", size: 1000, customers: 400, wtp: .triangular(lo: 50, mode: 90, hi: 200),
                            taste: 10, churn: 0.02)
        let company = CompanySpec(
            name: "us", price: Schedule(100.0, steps: [(afterMonth: 2, value: 140.0), (afterMonth: 5, value: 70.0),
                                                       (afterMonth: 8, value: 160.0)]),
            segments: [a], strategy: Schedule(Self.sales))
        try check(company, MarketSpec(months: 12, growth: 0.01, resolution: 20))
    }

    func testStoryCompanyAtModerateResolution() throws {
        for strategy in [StoryScenarioTests.activeSales, StoryScenarioTests.productFirst] {
            try check(try StoryScenarioTests.company(strategy), MarketSpec(months: 36, resolution: 25))
        }
    }
}
