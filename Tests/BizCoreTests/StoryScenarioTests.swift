import XCTest
import BizCore

/// The story of MODEL.md: in a saturated market, active sales versus product first.
final class StoryScenarioTests: XCTestCase {
    static func company(_ strategy: StrategySpec) throws -> CompanySpec {
        let smb = SegmentSpec(name: "smb", size: 20_000, customers: 1_500, competitors: 17_000, bandLo: 80, bandHi: 120,
                              wtp: try .lognormal(p5: 80, p95: 180), taste: 11, churn: 0.02, switching: 0.1)
        let mid = SegmentSpec(name: "mid", size: 5_000, customers: 400, competitors: 4_300, bandLo: 100, bandHi: 160,
                              wtp: try .lognormal(p5: 100, p95: 240), taste: 15, churn: 0.015, switching: 0.1)
        let corp = SegmentSpec(name: "corp", size: 800, customers: 60, competitors: 700, bandLo: 150, bandHi: 260,
                               wtp: try .lognormal(p5: 150, p95: 400), taste: 25, churn: 0.01, switching: 0.05)
        let rivals = CompetitorSpec(name: "rivals", price: 100, value: 1.0, valueGrowth: 0.01, reach: 0.002, referrals: 0.1)
        return CompanySpec(name: "us", price: 110, value: 1.1, segments: [smb, mid, corp], strategy: strategy,
                           competitor: rivals, fixedCosts: 50_000, unitCost: 20, cash: 500_000)
    }

    static let activeSales = StrategySpec(name: "active_sales", leads: 3_000, conversion: 0.05, pressure: 0.5,
                                          costPerLead: 40, discount: 0.15, pushedTenure: 4,
                                          invest: .shareOfRevenue(0.03), valueGrowth: 0.001)
    static let productFirst = StrategySpec(name: "product_first", reach: 0.003, referrals: 0.3,
                                           invest: .shareOfRevenue(0.2), valueGrowth: 0.012)

    func testProductFirstEndsMoreLoyal() throws {
        let active = try simulate(Self.company(Self.activeSales), months: 36)
        let product = try simulate(Self.company(Self.productFirst), months: 36)
        assertConserved(active)
        assertConserved(product)
        XCTAssertGreaterThan(product.total.loyal[36], active.total.loyal[36])
        XCTAssertGreaterThan(active.total.pushed[36], 0)
        XCTAssertEqual(product.total.pushed[36], 0)
        XCTAssertEqual(product.total.value[36], 1.1 * pow(1.012, 36), accuracy: 1e-9)
        // Active sales buys customers early and pays for leads every month.
        XCTAssertGreaterThan(active.total.newSales[1], 0)
        XCTAssertGreaterThan(active.total.costs[1], 50_000 + 3_000 * 40 + 20 * active.total.customers[1])
        let stressActive = try stress(Self.company(Self.activeSales), atMonth: 36, target: .bandTop)
        let stressProduct = try stress(Self.company(Self.productFirst), atMonth: 36, target: .bandTop)
        XCTAssertGreaterThan(stressProduct.total.stay, stressActive.total.stay)
        XCTAssertEqual(stressActive.segments.map(\.name), ["smb", "mid", "corp"])
    }
}
