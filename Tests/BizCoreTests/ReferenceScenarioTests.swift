import XCTest
import BizCore

/// A scenario with everything switched on — competitor with value growth,
/// taste bins, growth, price step, strategy switch, per-segment bands — checked
/// against ReferenceModel month by month and bin by bin, including the stress test.
final class ReferenceScenarioTests: XCTestCase {
    static func scenario() throws -> (CompanySpec, MarketSpec) {
        let smb = SegmentSpec(name: "smb", size: 2000, customers: 150, competitors: 1500, bandLo: 80, bandHi: 120,
                              wtp: try .lognormal(p5: 80, p95: 180), taste: 15, churn: 0.02, switching: 0.1)
        let corp = SegmentSpec(name: "corp", size: 500, customers: 60, competitors: 300, bandLo: 120, bandHi: 220,
                               wtp: try .lognormal(p5: 120, p95: 260), taste: 20, churn: 0.01, switching: 0.05)
        let rivals = CompetitorSpec(name: "rivals", price: 100, value: 1, valueGrowth: 0.01, reach: 0.02, referrals: 0.1)
        let active = StrategySpec(name: "active_sales", leads: 300, conversion: 0.05, pressure: 0.5, costPerLead: 40,
                                  discount: 0.15, pushedTenure: 4, invest: .shareOfRevenue(0.03), valueGrowth: 0.001)
        let product = StrategySpec(name: "product_first", reach: 0.003, referrals: 0.3, invest: .shareOfRevenue(0.2),
                                   valueGrowth: 0.012)
        let company = CompanySpec(name: "us", price: Schedule(110.0, steps: [(afterMonth: 6, value: 121.0)]), value: 1.1,
                                  segments: [smb, corp],
                                  strategy: Schedule(active, steps: [(afterMonth: 8, value: product)]),
                                  competitor: rivals, fixedCosts: 50_000, unitCost: 20, cash: 500_000)
        return (company, MarketSpec(months: 18, growth: 0.0025, resolution: 40))
    }

    func testSeriesMatchReferenceEveryMonth() throws {
        let (company, market) = try Self.scenario()
        let run = try simulate(company, market: market)
        assertConserved(run)
        var ref = ReferenceModel(company: company, market: market)
        for m in 0...market.months {
            if m > 0 { ref.step() }
            for s in 0..<2 {
                let c = ref.counts(s)
                let seg = run.segments[s]
                XCTAssertEqual(seg.unclaimed[m], c.u, accuracy: 1e-8, "U \(seg.name) m\(m)")
                XCTAssertEqual(seg.fit[m], c.f, accuracy: 1e-8, "F \(seg.name) m\(m)")
                XCTAssertEqual(seg.pushed[m], c.q, accuracy: 1e-8, "Q \(seg.name) m\(m)")
                XCTAssertEqual(seg.rivals[m], c.k, accuracy: 1e-8, "K \(seg.name) m\(m)")
                if m > 0 { XCTAssertEqual(seg.revenue[m], ref.revenue(s), accuracy: 1e-6, "revenue \(seg.name) m\(m)") }
            }
        }
        // The scenario exercises every flow.
        let t = run.total
        XCTAssertGreaterThan(t.newSales[3], 0)
        XCTAssertGreaterThan(t.pushed[8], 0)
        XCTAssertGreaterThan(t.lostToRivals[10], 0)
        XCTAssertGreaterThan(t.newReferrals[12], 0)
        XCTAssertEqual(t.price[6], 110)
        XCTAssertEqual(t.price[7], 121)
    }

    func testBinsAndStressMatchReference() throws {
        let (company, market) = try Self.scenario()
        var ref = ReferenceModel(company: company, market: market)
        for _ in 0..<12 { ref.step() }
        let snapshot = try bins(company, market: market, atMonth: 12)
        for (s, seg) in snapshot.enumerated() {
            XCTAssertEqual(seg.tasteBins, 16)
            XCTAssertEqual(seg.fit.count, 40 * 16)
            for b in seg.fit.indices {
                let r = ref.segments[s].bins[b]
                XCTAssertEqual(seg.unclaimed[b], r.u, accuracy: 1e-9)
                XCTAssertEqual(seg.fit[b], r.f, accuracy: 1e-9)
                XCTAssertEqual(seg.pushed[b], r.q, accuracy: 1e-9)
                XCTAssertEqual(seg.rivals[b], r.k, accuracy: 1e-9)
                XCTAssertGreaterThanOrEqual(min(seg.unclaimed[b], seg.fit[b], seg.pushed[b], seg.rivals[b]), 0)
            }
        }
        let P = ref.P
        for target in [StressTarget.relative(0.2), .absolute(130), .bandTop] {
            let result = try stress(company, market: market, atMonth: 12, target: target)
            XCTAssertEqual(result.month, 12)
            var stayers = 0.0, before = 0.0, after = 0.0, customers = 0.0
            for s in 0..<2 {
                let newPrice: Double
                switch target {
                case let .relative(x): newPrice = P * (1 + x)
                case let .absolute(a): newPrice = a
                case .bandTop: newPrice = max(ref.segments[s].bandTop, P)
                }
                let stay = ref.stayers(s, newPrice: newPrice)
                let c = ref.counts(s)
                let figures = result.segments[s].figures
                XCTAssertEqual(result.segments[s].name, ref.segments[s].spec.name)
                XCTAssertEqual(figures.stayers, stay, accuracy: 1e-9, "\(target) \(s)")
                XCTAssertEqual(figures.customers, c.f + c.q, accuracy: 1e-9)
                XCTAssertEqual(figures.leavers, c.f + c.q - stay, accuracy: 1e-9)
                XCTAssertEqual(figures.revenueBefore, ref.revenue(s), accuracy: 1e-6)
                XCTAssertEqual(figures.revenueAfter, stay * newPrice, accuracy: 1e-6)
                XCTAssertEqual(figures.newPrice, newPrice, accuracy: 1e-12)
                XCTAssertLessThan(stay, c.f + 1e-9, "pushed never stay")
                stayers += stay; before += ref.revenue(s); after += stay * newPrice; customers += c.f + c.q
            }
            XCTAssertEqual(result.total.stayers, stayers, accuracy: 1e-9)
            XCTAssertEqual(result.total.stay, stayers / customers, accuracy: 1e-12)
            XCTAssertEqual(result.total.revenueChange, after / before - 1, accuracy: 1e-12)
        }
        // Via a run gives the same answer.
        let run = try simulate(company, market: market)
        let viaRun = try stress(run, atMonth: 12, target: .bandTop)
        XCTAssertEqual(viaRun.total, try stress(company, market: market, atMonth: 12, target: .bandTop).total)
    }

    /// Outflows above a count (huge lead volume, conversion 100%) are scaled down, still matching the reference.
    func testProportionalScaling() throws {
        let seg = SegmentSpec(name: "s", size: 1000, customers: 100, competitors: 300, wtp: .uniform(lo: 50, hi: 150),
                              taste: 10, churn: 0.3, switching: 0.9)
        let blitz = StrategySpec(name: "blitz", leads: 20_000, conversion: 1, pressure: 1, discount: 0.5,
                                 pushedTenure: 0.5, reach: 0.9, referrals: 3)
        let company = CompanySpec(name: "c", price: 100, segments: [seg], strategy: blitz,
                                  competitor: CompetitorSpec(price: 90, valueGrowth: 0.05, reach: 0.8, referrals: 2))
        let market = MarketSpec(months: 8, resolution: 20)
        let run = try simulate(company, market: market)
        assertConserved(run)
        var ref = ReferenceModel(company: company, market: market)
        for m in 1...8 {
            ref.step()
            let c = ref.counts(0)
            XCTAssertEqual(run.total.fit[m], c.f, accuracy: 1e-8)
            XCTAssertEqual(run.total.pushed[m], c.q, accuracy: 1e-8)
            XCTAssertEqual(run.total.rivals[m], c.k, accuracy: 1e-8)
        }
    }
}
