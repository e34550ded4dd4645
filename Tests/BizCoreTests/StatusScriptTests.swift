import XCTest
@testable import BizCore

/// A Monte Carlo batch's shared status updates (StatusScript.swift): a
/// sample that replays the splits another sample recorded gives bit for bit
/// the run of the full engine, and a sample whose offers differ does not
/// replay.
final class StatusScriptTests: XCTestCase {
    static let market = MarketSpec(months: 24, growth: 0.03, resolution: 60)

    /// Samples whose uncertain inputs leave the offers alone: conversion,
    /// churn, leads and the starting customers.
    static func countSamples(_ n: Int) throws -> [CompanySpec] {
        let base = try StoryScenarioTests.company(StoryScenarioTests.activeSales)
        var rng = SeededRNG(seed: 11, stream: "scripts")
        return (0..<n).map { _ in
            var c = base
            var s = StoryScenarioTests.activeSales
            s.conversion = 0.02 + 0.06 * rng.nextDouble()
            s.leads = 2_000 + 2_000 * rng.nextDouble()
            c.strategy = Schedule(s)
            c.segments[0].churn = 0.01 + 0.03 * rng.nextDouble()
            c.segments[1].customers *= 0.5 + rng.nextDouble()
            return c
        }
    }

    /// Every series of every set, bit for bit.
    func assertBitwiseEqual(_ a: Run, _ b: Run, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.segments.count, b.segments.count, what, file: file, line: line)
        for (x, y) in zip([a.total] + a.segments, [b.total] + b.segments) {
            for name in x.availableNames {
                let xs = (x[name] ?? []).map(\.bitPattern), ys = (y[name] ?? []).map(\.bitPattern)
                XCTAssertEqual(xs, ys, "\(what): \(x.name).\(name)", file: file, line: line)
            }
        }
    }

    func testReplayedSamplesAreTheFullEnginesRunsBitForBit() throws {
        let companies = try Self.countSamples(6)
        let m = Self.market
        let grids = GridCache.grids(for: companies, resolution: m.resolution)
        // The first sample records (one script per segment grid) …
        XCTAssertFalse(try BinEngine(company: companies[0], market: m, grids: grids[0], months: 24).segments
            .contains { $0.isReplaying })
        let first = try simulateOne(companies[0], market: m, months: nil, grids: grids[0])
        assertBitwiseEqual(first, try simulate(companies[0], market: m), "recording run")
        // … and the others replay it, with the full engine's numbers.
        for i in 1..<companies.count {
            let engine = try BinEngine(company: companies[i], market: m, grids: grids[i], months: 24)
            XCTAssertTrue(engine.segments.allSatisfy { $0.isReplaying }, "sample \(i) replays")
            let run = try simulateOne(companies[i], market: m, months: nil, grids: grids[i])
            assertBitwiseEqual(run, try simulate(companies[i], market: m), "sample \(i)")
        }
        // A shorter run replays a prefix of the script.
        XCTAssertTrue(try BinEngine(company: companies[2], market: m, grids: grids[2], months: 5).segments
            .allSatisfy { $0.isReplaying })
        assertBitwiseEqual(try simulateOne(companies[2], market: m, months: 5, grids: grids[2]),
                           try simulate(companies[2], market: m, months: 5), "5 months")
        // The classes split: the script is not trivial.
        let script = try XCTUnwrap(grids[0]?[0].scripts?.held.first)
        XCTAssertEqual(grids[0]?[0].scripts?.held.count, 1)
        XCTAssertGreaterThan(script.shapes.count, 20)
        XCTAssertGreaterThan(script.maxClassCount, script.start.count)
    }

    func testSamplesWithOtherOffersRunTheFullUpdate() throws {
        var companies = try Self.countSamples(3)
        // A price change at month 10 in one sample, a rival value in another.
        companies[1].price = Schedule(110).then(afterMonth: 10, 115)
        companies[2].competitor?.value *= 1.01
        let m = Self.market
        let grids = GridCache.grids(for: companies, resolution: m.resolution)
        _ = try simulateOne(companies[0], market: m, months: nil, grids: grids[0])
        for i in 1...2 {
            XCTAssertFalse(try BinEngine(company: companies[i], market: m, grids: grids[i], months: 24).segments
                .contains { $0.isReplaying }, "sample \(i)")
            assertBitwiseEqual(try simulateOne(companies[i], market: m, months: nil, grids: grids[i]),
                               try simulate(companies[i], market: m), "sample \(i)")
        }
        // A longer run than any script recorded does not replay either.
        XCTAssertFalse(try BinEngine(company: companies[0], market: m, grids: grids[0], months: 30).segments
            .contains { $0.isReplaying })
    }

    func testABatchGivesTheSameRunsAsSimulateWhateverTheThreadCount() throws {
        let companies = try Self.countSamples(12)
        let m = Self.market
        let serial = try simulateBatch(companies, market: m, threads: 1)
        for (i, run) in serial.enumerated() { assertBitwiseEqual(run, try simulate(companies[i], market: m), "run \(i)") }
        let two = try simulateBatch(companies, market: m, threads: 2)
        for i in companies.indices { assertBitwiseEqual(two[i], serial[i], "2 threads, run \(i)") }
    }

    func testOnlyGridsThatSeveralSamplesShareGetAShelf() throws {
        var companies = try Self.countSamples(4)
        // Sample 3's mid segment has a taste of its own (as when taste follows an uncertain price).
        companies[3].segments[1].taste += 1
        let grids = GridCache.grids(for: companies, resolution: 20)
        XCTAssertNotNil(grids[0]?[0].scripts)
        XCTAssertTrue(grids[0]?[0].scripts === grids[3]?[0].scripts, "one shelf per grid")
        XCTAssertNotNil(grids[0]?[1].scripts)
        XCTAssertNil(grids[3]?[1].scripts)
        XCTAssertEqual(grids[3]?[1].taste, companies[3].segments[1].taste)
        let m = MarketSpec(months: 6, resolution: 20)
        for i in companies.indices {
            assertBitwiseEqual(try simulateOne(companies[i], market: m, months: nil, grids: grids[i]),
                               try simulate(companies[i], market: m), "run \(i)")
        }
        XCTAssertEqual(grids[0]?[1].scripts?.held.count, 1)
    }

    func testAShelfHoldsAFewScripts() throws {
        // Every sample has its own price: the shelf fills up, then the rest run without recording.
        var companies = try Self.countSamples(StatusScripts.limit + 3)
        for i in companies.indices { companies[i].price = Schedule(100 + Double(i)) }
        let m = MarketSpec(months: 6, resolution: 20)
        let grids = GridCache.grids(for: companies, resolution: m.resolution)
        for i in companies.indices {
            assertBitwiseEqual(try simulateOne(companies[i], market: m, months: nil, grids: grids[i]),
                               try simulate(companies[i], market: m), "run \(i)")
        }
        XCTAssertTrue(try XCTUnwrap(grids[0]?[0].scripts).isFull)
    }
}
