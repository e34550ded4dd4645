import XCTest
import BizCore

/// The worked example of docs/MODEL-GUIDE.md: the guide's numbers come from
/// here (BIZ_GUIDE=1 prints them), and this test keeps them true.
final class GuideExampleTests: XCTestCase {
    static func company() -> CompanySpec {
        let shops = SegmentSpec(name: "shops", size: 1000, customers: 300, competitors: 500, bandLo: 90, bandHi: 120,
                                wtp: .uniform(lo: 50, hi: 150), taste: 10, churn: 0.02, switching: 0.1)
        let rivals = CompetitorSpec(name: "rivals", price: 100, value: 1, valueGrowth: 0.02)
        let calls = StrategySpec(name: "calls", leads: 100, conversion: 0.1, pressure: 0.5, costPerLead: 5,
                                 discount: 0.2, pushedTenure: 4, reach: 0.01, referrals: 0.3)
        return CompanySpec(name: "us", price: 100, value: 1.1, segments: [shops], strategy: calls,
                           competitor: rivals, fixedCosts: 5000, unitCost: 10, cash: 20_000)
    }

    func testWorkedMonth() throws {
        let company = Self.company()
        let run = try simulate(company, months: 12)
        assertConserved(run)
        let m1 = try flows(company, month: 1)
        let s = m1.total
        // The numbers quoted in docs/MODEL-GUIDE.md, at the guide's rounding.
        XCTAssertEqual(run.total.loyal[0], 0.184, accuracy: 0.0005)
        XCTAssertEqual(m1.rivalValue ?? 0, 1.02, accuracy: 1e-12)
        XCTAssertEqual(s.drift, 1.71, accuracy: 0.005)
        XCTAssertEqual(s.churnFit, 6.0, accuracy: 0.005)
        XCTAssertEqual(s.churnRivals, 10.0, accuracy: 0.005)
        XCTAssertEqual(s.newReach, 2.25, accuracy: 0.005)
        XCTAssertEqual(s.newReferrals, 20.21, accuracy: 0.005)
        XCTAssertEqual(s.leadsWasted, 30, accuracy: 1e-9)
        XCTAssertEqual(s.salesFit, 2.25, accuracy: 0.005)
        XCTAssertEqual(s.salesPushed, 1.25, accuracy: 0.005)
        XCTAssertEqual(s.after.fit, 317.00, accuracy: 0.005)
        XCTAssertEqual(s.after.rivals, 473.68, accuracy: 0.005)
        XCTAssertEqual(s.after.unclaimed, 208.07, accuracy: 0.005)
        XCTAssertEqual(m1.revenue, 31_799.74, accuracy: 0.005)
        XCTAssertEqual(m1.costs, 8_682.48, accuracy: 0.005)
        XCTAssertEqual(m1.cash, 43_117.27, accuracy: 0.005)
        XCTAssertEqual(run.total.loyal[1], 0.126, accuracy: 0.0005)
        XCTAssertEqual(run.total.customers[1], 318.25, accuracy: 0.005)
        XCTAssertEqual(run.total.new[1], 25.96, accuracy: 0.005)
        let st = try stress(company, target: .bandTop)
        XCTAssertEqual(st.total.stayers, 55.23, accuracy: 0.005)
        XCTAssertEqual(st.total.revenueAfter, 6_627.18, accuracy: 0.005)
        XCTAssertEqual(run.total.customers[12], 179.49, accuracy: 0.005)
        if ProcessInfo.processInfo.environment["BIZ_GUIDE"] == "1" {
            print("GUIDE month0", run.total.fit[0], run.total.pushed[0], run.total.rivals[0], run.total.unclaimed[0], run.total.loyal[0])
            print("GUIDE offers", m1.price, m1.value, m1.rivalPrice ?? -1, m1.rivalValue ?? -1)
            print("GUIDE shocks", s.shockToRivals, s.shockToUnclaimed, s.pushedNowFit)
            print("GUIDE drift", s.drift, "churn", s.churnFit, s.churnPushed, s.churnRivals)
            print("GUIDE reach", s.reachFromUnclaimed, s.reachFromRivals, "ref", s.referralsFromUnclaimed, s.referralsFromRivals, "take", s.rivalsTake)
            print("GUIDE leads", s.leads, s.leadsWasted, s.leadsToProspects, "sales", s.salesFit, s.salesPushed, s.salesFromRivals)
            print("GUIDE after", s.after.fit, s.after.pushed, s.after.rivals, s.after.unclaimed)
            print("GUIDE money", s.revenueFit, s.revenuePushed, m1.salesCost, m1.unitCosts, m1.costs, m1.profit, m1.cash)
            print("GUIDE series", run.total.customers[1], run.total.new[1], run.total.churned[1], run.total.lostToRivals[1], run.total.loyal[1], run.total.share[1])
            for m in [0, 1, 12] {
                let st = try stress(company, atMonth: m, target: .bandTop)
                print("GUIDE stress", m, st.total.stay, st.total.stayers, st.total.revenueBefore, st.total.revenueAfter, st.total.revenueChange)
            }
            print("GUIDE run12", run.total.customers[12], run.total.fit[12], run.total.pushed[12], run.total.rivals[12], run.total.loyal[12], run.total.cash[12])
        }
    }
}
