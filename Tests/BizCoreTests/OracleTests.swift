import XCTest
import BizCore

/// MODEL.md's oracles (bin engine, B = 200), at their stated precision.
final class OracleTests: XCTestCase {
    func testConstantChurn() throws {
        let company = CompanySpec(name: "c", price: 100, segments: [everyoneFits(size: 1000, customers: 1000, churn: 0.05)])
        let run = try simulate(company, months: 24)
        assertConserved(run)
        XCTAssertEqual(run.total.customers[12], 540.36, accuracy: 0.005)
        XCTAssertEqual(run.total.customers[24], 291.99, accuracy: 0.005)
        XCTAssertEqual(run.total.customers[12], 1000 * pow(0.95, 12), accuracy: 1e-9)
        XCTAssertEqual(run.total.churned[1], 50, accuracy: 1e-9)
    }

    func testLossRatePerYear() throws {
        let monthly = 1 - pow(0.6, 1.0 / 12)
        let company = CompanySpec(name: "c", price: 100, segments: [everyoneFits(size: 5000, customers: 1000, churn: monthly)])
        let run = try simulate(company, months: 12)
        assertConserved(run)
        XCTAssertEqual(run.total.customers[12] / run.total.customers[0], 0.6, accuracy: 1e-12)
    }

    func testBassDiffusion() throws {
        let strategy = StrategySpec(name: "bass", reach: 0.03, referrals: 0.38)
        let company = CompanySpec(name: "c", price: 100, segments: [everyoneFits(size: 1000)], strategy: strategy)
        let run = try simulate(company, months: 10)
        assertConserved(run)
        let c = run.total.customers
        XCTAssertEqual(c[1], 30, accuracy: 0.0005)
        XCTAssertEqual(c[2], 70.158, accuracy: 0.0005)
        XCTAssertEqual(c[5], 272.907, accuracy: 0.0005)
        XCTAssertEqual(c[10], 782.643, accuracy: 0.0005)
        XCTAssertEqual(run.total.newReach[1], 30, accuracy: 1e-9)
        XCTAssertEqual(run.total.newReferrals[2], 970 * 0.38 * 0.03, accuracy: 1e-9)
    }

    func testStressUniform() throws {
        let segment = SegmentSpec(name: "s", size: 1000, customers: 400, wtp: .uniform(lo: 0, hi: 200))
        let company = CompanySpec(name: "c", price: 100, segments: [segment])
        let result = try stress(company, target: .relative(0.2))
        XCTAssertEqual(result.total.stay, 0.8, accuracy: 1e-12)
        XCTAssertEqual(result.total.revenueAfter / result.total.revenueBefore, 0.96, accuracy: 1e-12)
        XCTAssertEqual(result.total.revenueChange, -0.04, accuracy: 1e-12)
        XCTAssertEqual(result.total.stayers + result.total.leavers, 400, accuracy: 1e-9)
        XCTAssertEqual(result.total.newPrice, 120, accuracy: 1e-9)
        assertConserved(try simulate(company, months: 3))
    }

    func testSaturation() throws {
        let strategy = StrategySpec(name: "callers", leads: 1000, conversion: 0.3, pressure: 0.5, costPerLead: 7)
        let company = CompanySpec(name: "c", price: 50, segments: [everyoneFits(size: 800, customers: 800)], strategy: strategy)
        let run = try simulate(company, months: 3)
        assertConserved(run)
        for m in 1...3 {
            XCTAssertEqual(run.total.newSales[m], 0)
            XCTAssertEqual(run.total.costs[m], 7000, accuracy: 1e-9)
            XCTAssertEqual(run.total.customers[m], 800, accuracy: 1e-9)
        }
        let month = try flows(company, month: 1)
        XCTAssertEqual(month.total.leadsWasted, 1000, accuracy: 1e-9)
        XCTAssertEqual(month.salesCost, 7000, accuracy: 1e-9)
    }

    /// MODEL.md v1.1 "Pressure has a price ceiling": a pushed sale needs
    /// `w·V ≥ P·(1 − d)`, and pushed customers who stop affording the deal leave.
    func testPressureHasAPriceCeiling() throws {
        let even = SegmentSpec(name: "even", size: 1000, wtp: .uniform(lo: 0, hi: 200))
        let callers = StrategySpec(name: "callers", leads: 1000, conversion: 0.1, pressure: 0.5, costPerLead: 2,
                                   discount: 0.2)
        // Price 250, deal 200: no bin affords it (the top bin's w is 199.5).
        let priced = try simulate(CompanySpec(name: "c", price: 250, segments: [even], strategy: callers), months: 6)
        assertConserved(priced)
        for m in 1...6 {
            XCTAssertEqual(priced.total.newSales[m], 0, "month \(m)")
            XCTAssertEqual(priced.total.customers[m], 0, "month \(m)")
            XCTAssertEqual(priced.total.costs[m], 2000, accuracy: 1e-9, "sales still cost money")
        }
        // Price 200, deal 160: only the top fifth of the bins (w ≥ 160) can be
        // pushed. Every member is reached (leads = N): month 1 sells 200·10%·50%.
        let company = CompanySpec(name: "c", price: Schedule(200.0, steps: [(afterMonth: 2, value: 220.0)]),
                                  segments: [even], strategy: Schedule(callers))
        let run = try simulate(company, months: 3)
        assertConserved(run)
        XCTAssertEqual(run.total.fit[1], 0)
        XCTAssertEqual(run.total.pushed[1], 10, accuracy: 1e-9)
        XCTAssertEqual(run.total.pushed[2], 10 + 190 * 0.05, accuracy: 1e-9)
        let month1 = try bins(company, atMonth: 1)[0]
        for i in 0..<200 {
            XCTAssertEqual(month1.pushed[i], i >= 160 ? 10.0 / 40 : 0, accuracy: 1e-12, "bin \(i)")
        }
        // Month 3 at 220 (deal 176): the 16 bins with 160 ≤ w < 176 can no longer
        // pay; their pushed customers leave at once, as churn.
        XCTAssertEqual(run.total.churned[3], 19.5 * 16 / 40, accuracy: 1e-9)
        let month3 = try flows(company, month: 3).total
        XCTAssertEqual(month3.dealExitToUnclaimed, 19.5 * 16 / 40, accuracy: 1e-9)
        XCTAssertEqual(month3.dealExitToRivals, 0)
        XCTAssertEqual(run.total.pushed[3], 19.5 * 24 / 40 + (190 - 9.5) * 24 / 40 * 0.05, accuracy: 1e-9)
    }

    /// Pushed customers who cannot pay the deal and fit rivals go to them (lost_to_rivals).
    func testDealExitsGoToRivalsWhereTheyFit() throws {
        let even = SegmentSpec(name: "even", size: 1000, wtp: .uniform(lo: 0, hi: 200))
        let callers = StrategySpec(name: "callers", leads: 1000, conversion: 0.1, pressure: 0.5, discount: 0.2)
        let rivals = CompetitorSpec(price: 150, value: 1)
        let company = CompanySpec(name: "c", price: Schedule(200.0, steps: [(afterMonth: 1, value: 220.0)]),
                                  segments: [even], strategy: Schedule(callers), competitor: rivals)
        let run = try simulate(company, months: 2)
        assertConserved(run)
        let month2 = try flows(company, month: 2).total
        XCTAssertGreaterThan(month2.dealExitToRivals, 0)
        XCTAssertEqual(month2.dealExitToUnclaimed, 0)
        XCTAssertEqual(run.total.lostToRivals[2], month2.dealExitToRivals, accuracy: 1e-9)
        XCTAssertEqual(run.total.churned[2], 0, accuracy: 1e-9)
    }
}
