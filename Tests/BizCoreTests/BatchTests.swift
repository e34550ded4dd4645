import XCTest
import BizCore

/// `simulateBatch`: input order, identical results whatever the thread count,
/// and the same runs as `simulate`.
final class BatchTests: XCTestCase {
    /// Monte Carlo samples of the story company: conversion and an
    /// exchange-rate-like scale on our and the rivals' prices vary per sample.
    static func samples(_ count: Int, seed: UInt64 = 7) throws -> [CompanySpec] {
        let base = try StoryScenarioTests.company(StoryScenarioTests.activeSales)
        var rng = SeededRNG(seed: seed, stream: "batch")
        return (0..<count).map { _ in
            var c = base
            let fx = 0.9 + 0.2 * rng.nextDouble()
            var s = StoryScenarioTests.activeSales
            s.conversion = 0.02 + 0.06 * rng.nextDouble()
            c.strategy = Schedule(s)
            c.price = Schedule(110 * fx)
            c.competitor?.price = 100 * fx
            return c
        }
    }

    func testBatchIsIdenticalWhateverTheThreadCount() throws {
        let companies = try Self.samples(10)
        let market = MarketSpec(months: 24, resolution: 60)
        let serial = try simulateBatch(companies, market: market, threads: 1)
        XCTAssertEqual(serial.count, companies.count)
        for (i, run) in serial.enumerated() {
            assertConserved(run)
            XCTAssertEqual(run, try simulate(companies[i], market: market), "run \(i) differs from simulate")
        }
        for threads in [2, 3, 0] {
            XCTAssertEqual(try simulateBatch(companies, market: market, threads: threads), serial, "threads \(threads)")
        }
        let totals = try simulateBatchTotals(companies, market: market, threads: 2)
        XCTAssertEqual(totals, serial.map(\.total))
        XCTAssertEqual(try simulateBatch([], market: market), [])
        // months overrides the market's.
        let short = try simulateBatch(Array(companies.prefix(2)), market: market, months: 5, threads: 2)
        XCTAssertEqual(short.map(\.months), [5, 5])
        XCTAssertEqual(short[1], try simulate(companies[1], market: market, months: 5))
    }

    func testBatchThrowsTheFirstErrorInInputOrder() throws {
        var companies = try Self.samples(6)
        companies[2].segments[0].churn = 2
        companies[4].segments[0].size = -1
        let market = MarketSpec(months: 3, resolution: 20)
        XCTAssertThrowsError(try simulateBatch(companies, market: market, threads: 2)) { error in
            XCTAssertEqual((error as? CoreError)?.field, "segment smb: churn")
        }
        companies[2].segments[0].wtp = .empirical([])
        XCTAssertThrowsError(try simulateBatch(companies, market: market, threads: 2)) { error in
            XCTAssertEqual((error as? CoreError)?.field, "segment smb: wtp")
        }
    }
}
