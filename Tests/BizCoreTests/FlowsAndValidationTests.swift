import XCTest
import BizCore

final class FlowsTests: XCTestCase {
    func testFlowsAddUpToTheRun() throws {
        let (company, market) = try ReferenceScenarioTests.scenario()
        let run = try simulate(company, market: market)
        assertConserved(run)
        for m in [1, 7, 9, 12] {
            let f = try flows(run, month: m)
            XCTAssertEqual(f.month, m)
            XCTAssertEqual(f.segments.map(\.name), ["smb", "corp"])
            XCTAssertEqual(f.total.new, run.total.new[m], accuracy: 1e-9)
            XCTAssertEqual(f.total.churned, run.total.churned[m], accuracy: 1e-9)
            XCTAssertEqual(f.total.lostToRivals, run.total.lostToRivals[m], accuracy: 1e-9)
            XCTAssertEqual(f.revenue, run.total.revenue[m], accuracy: 1e-6)
            XCTAssertEqual(f.costs, run.total.costs[m], accuracy: 1e-6)
            XCTAssertEqual(f.costs, f.fixedCosts + f.unitCosts + f.salesCost + f.invest, accuracy: 1e-6)
            XCTAssertEqual(f.cash, run.total.cash[m], accuracy: 1e-6)
            XCTAssertEqual(f.cashBefore, run.total.cash[m - 1], accuracy: 1e-6)
            XCTAssertEqual(f.price, run.total.price[m])
            for s in f.segments + [f.total] {
                XCTAssertEqual(s.before.total + s.newcomers, s.size, accuracy: 1e-9)
                XCTAssertEqual(s.afterShocks.total, s.size, accuracy: 1e-9)
                XCTAssertEqual(s.after.total, s.size, accuracy: 1e-9)
                XCTAssertEqual(s.leads, s.leadsWasted + s.leadsToProspects, accuracy: 1e-9)
                // Our customers' own bookkeeping: after = afterShocks + in − out.
                let ours = s.afterShocks.customers + s.new - s.drift - s.churnFit - s.churnPushed
                XCTAssertEqual(s.after.customers, ours, accuracy: 1e-9)
                XCTAssertEqual(s.afterShocks.customers, s.before.customers - s.shockToRivals - s.shockToUnclaimed
                               - s.dealExitToRivals - s.dealExitToUnclaimed, accuracy: 1e-9)
            }
        }
        // The scenario's price step (110 → 121 after month 6) puts the 15% deal
        // out of reach of some pushed customers at month 7.
        XCTAssertGreaterThan(try flows(run, month: 7).total.dealExitToRivals + flows(run, month: 7).total.dealExitToUnclaimed, 0)
        let m0 = try flows(company, market: market, month: 0)
        XCTAssertEqual(m0.total.after.customers, run.total.customers[0], accuracy: 1e-9)
        XCTAssertEqual(m0.total.new, 0)
    }

    func testLeadsBySegmentAndSplitBySize() throws {
        let a = everyoneFits(name: "a", size: 3000)
        let b = everyoneFits(name: "b", size: 1000)
        let split = StrategySpec(name: "split", leads: 400, conversion: 0.1, costPerLead: 1)
        let f = try flows(CompanySpec(name: "c", price: 10, segments: [a, b], strategy: split), month: 1)
        XCTAssertEqual(f.segments[0].leads, 300, accuracy: 1e-9)
        XCTAssertEqual(f.segments[1].leads, 100, accuracy: 1e-9)
        XCTAssertEqual(f.segments[0].salesFit, 30, accuracy: 1e-9)
        let named = StrategySpec(name: "named", leadsBySegment: ["b": 50], conversion: 0.1, costPerLead: 2)
        let g = try flows(CompanySpec(name: "c", price: 10, segments: [a, b], strategy: named), month: 1)
        XCTAssertEqual(g.segments[0].leads, 0)
        XCTAssertEqual(g.segments[1].leads, 50)
        XCTAssertEqual(g.salesCost, 100)
        assertConserved(try simulate(CompanySpec(name: "c", price: 10, segments: [a, b], strategy: named), months: 4))
    }

    func testConcurrentSimulationsAgree() throws {
        let (company, market) = try ReferenceScenarioTests.scenario()
        let expected = try simulate(company, market: market)
        assertConserved(expected)
        let results = ResultBox(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            results.set(i, try? simulate(company, market: market))
        }
        for i in 0..<8 { XCTAssertEqual(results.get(i), expected) }
    }
}

/// A lock-protected result slot array for the concurrency test.
final class ResultBox: @unchecked Sendable {
    private var items: [Run?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ run: Run?) { lock.lock(); items[i] = run; lock.unlock() }
    func get(_ i: Int) -> Run? { lock.lock(); defer { lock.unlock() }; return items[i] }
}

final class ValidationTests: XCTestCase {
    private func field(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as CoreError { return e.field } catch { return "other" }
    }

    func testErrorsNameTheField() {
        let ok = SegmentSpec(name: "smb", size: 100, customers: 10, wtp: .uniform(lo: 1, hi: 2))
        func company(_ seg: SegmentSpec = ok, strategy: StrategySpec? = nil, competitor: CompetitorSpec? = nil) -> CompanySpec {
            CompanySpec(name: "us", price: 1.5, segments: [seg], strategy: strategy, competitor: competitor)
        }
        var s = ok; s.customers = 80; s.competitors = 30
        XCTAssertEqual(field { _ = try simulate(company(s)) }, "segment smb: customers + competitors")
        s = ok; s.churn = 1.5
        XCTAssertEqual(field { _ = try simulate(company(s)) }, "segment smb: churn")
        s = ok; s.size = -1
        XCTAssertEqual(field { _ = try simulate(company(s)) }, "segment smb: size")
        s = ok; s.wtp = .normal(mean: 1, sd: -2)
        XCTAssertEqual(field { _ = try simulate(company(s)) }, "segment smb: wtp (normal sd)")
        s = ok; s.bandLo = 5; s.bandHi = 2
        XCTAssertEqual(field { _ = try simulate(company(s)) }, "segment smb: band")
        XCTAssertEqual(field { _ = try simulate(company(strategy: StrategySpec(name: "x", conversion: 2))) }, "strategy x: conversion")
        XCTAssertEqual(field { _ = try simulate(company(strategy: StrategySpec(name: "x", leadsBySegment: ["corp": 5]))) }, "strategy x: leads.corp")
        XCTAssertEqual(field { _ = try simulate(company(strategy: StrategySpec(name: "x", pushedTenure: 0))) }, "strategy x: pushed_tenure")
        XCTAssertEqual(field { _ = try simulate(company(competitor: CompetitorSpec(name: "r", price: -1))) }, "competitor r: price")
        XCTAssertEqual(field { _ = try simulate(company(), market: MarketSpec(resolution: 0)) }, "market: resolution")
        XCTAssertEqual(field { _ = try simulate(company(), months: -1) }, "months")
        XCTAssertEqual(field { _ = try simulate(CompanySpec(name: "us", price: 1, segments: [ok, ok])) }, "company us: segments")
        XCTAssertEqual(field { _ = try simulate(CompanySpec(name: "us", price: Schedule(1.0, steps: [(afterMonth: 5, value: 2.0), (afterMonth: 3, value: 1.0)]), segments: [ok])) }, "company us: price")
        XCTAssertEqual(field { _ = try stress(company(), target: .relative(-2)) }, "stress: price")
        XCTAssertEqual(field { _ = try simulate(CompanySpec(name: "us", price: .nan, segments: [ok])) }, "company us: price")
        XCTAssertEqual(CoreError(field: "a", message: "b").description, "a: b")
    }

    func testStartingStateOverflowGoesToPushedAndAnyRoom() throws {
        // 700 customers but only 500 fit at price 100 (uniform 0..200): 200 start as Q.
        let seg = SegmentSpec(name: "s", size: 1000, customers: 700, competitors: 300, wtp: .uniform(lo: 0, hi: 200))
        let run = try simulate(CompanySpec(name: "c", price: 100, segments: [seg]), months: 2)
        assertConserved(run)
        XCTAssertEqual(run.total.fit[0], 500, accuracy: 1e-9)
        XCTAssertEqual(run.total.pushed[0], 200, accuracy: 1e-9)
        XCTAssertEqual(run.total.rivals[0], 300, accuracy: 1e-9)
        XCTAssertEqual(run.total.unclaimed[0], 0, accuracy: 1e-9)
        // Loyal at month 0: band top defaults to 120; F in bins with w ≥ 120 is 400 of 700.
        XCTAssertEqual(run.total.loyal[0], 400.0 / 700, accuracy: 1e-12)
        // Without a sales strategy the deal is the full price (d = 0), which
        // the 200 pushed cannot pay: they leave at month 1's shock (v1.1).
        XCTAssertEqual(run.total.pushed[1], 0)
        XCTAssertEqual(run.total.churned[1], 200, accuracy: 1e-9)
    }

    func testStartingPushedGoWhereTheDealIsAffordable() throws {
        // 600 customers, 500 fit at 100; a 25% deal (75) is affordable for
        // 75 ≤ w < 100: the 100 left over go there and stay.
        let seg = SegmentSpec(name: "s", size: 1000, customers: 600, wtp: .uniform(lo: 0, hi: 200))
        let sales = StrategySpec(name: "sales", leads: 1, discount: 0.25)
        let company = CompanySpec(name: "c", price: 100, segments: [seg], strategy: sales)
        let run = try simulate(company, months: 1)
        assertConserved(run)
        let start = try bins(company, atMonth: 0)[0]
        for i in 0..<200 where i < 75 { XCTAssertEqual(start.pushed[i], 0, "bin \(i)") }
        XCTAssertEqual(start.pushed[80], 100.0 / 25, accuracy: 1e-9)
        XCTAssertEqual(run.total.pushed[1], 100, accuracy: 1e-6)
        XCTAssertEqual(run.total.churned[1], 0, accuracy: 1e-9)
    }
}
