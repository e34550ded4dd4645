import XCTest
import BizCore

/// Monte Carlo columns (issue 12 item 1): the batch keeps each series by
/// month, and a segment's columns computed later hold the very numbers the
/// full runs hold.
final class SampleColumnsTests: XCTestCase {
    /// 30 companies that differ in price, churn and leads.
    func companies() throws -> [CompanySpec] {
        try (0..<30).map { i in
            let x = Double(i)
            let a = SegmentSpec(name: "a", size: 5000, customers: 400, competitors: 3000,
                                wtp: try .lognormal(p5: 80, p95: 200), churn: 0.01 + 0.001 * x)
            let b = SegmentSpec(name: "b", size: 2000, customers: 100, competitors: 1000,
                                wtp: try .lognormal(p5: 120, p95: 300), churn: 0.02)
            return CompanySpec(name: "us", price: 100 + x, segments: [a, b],
                               strategy: StrategySpec(name: "s", leads: 500 + 20 * x, conversion: 0.05),
                               competitor: CompetitorSpec(price: 110),
                               fixedCosts: 20_000, unitCost: 10, cash: 100_000)
        }
    }

    func testColumnsHoldEachRunsSeries() throws {
        let specs = try companies()
        let market = MarketSpec(months: 12)
        let runs = try simulateBatch(specs, market: market)
        let totals = try simulateBatchColumns(specs, market: market, threads: 2)
        XCTAssertEqual(totals.count, 30)
        XCTAssertEqual(totals.months, 12)
        XCTAssertEqual(totals.names, SeriesSet.names)
        for name in SeriesSet.names {
            for i in [0, 7, 29] { XCTAssertEqual(totals.series(name, run: i), runs[i].total[name], "\(name) run \(i)") }
            for m in [0, 5, 12] { XCTAssertEqual(totals.samples(name, month: m), runs.map { $0.total[name]?[m] ?? .nan }) }
        }
        // A segment's columns, computed separately, equal the full runs' segments exactly.
        for k in 0..<2 {
            let seg = try simulateBatchColumns(specs, market: market, segment: k, threads: 1)
            XCTAssertFalse(seg.has("cash"), "money is company-level")
            for name in seg.names {
                XCTAssertEqual((0..<30).map { seg.series(name, run: $0) }, runs.map { $0.segments[k][name] ?? [] }, "segment \(k) \(name)")
            }
        }
        XCTAssertEqual(totals.samples("nonsense", month: 0), [])
        XCTAssertEqual(totals.series("cash", run: 30), [])
    }

    func testThreadCountDoesNotChangeTheColumns() throws {
        let specs = try companies()
        let one = try simulateBatchColumns(specs, market: MarketSpec(months: 6), threads: 1)
        for threads in [2, 7] {
            let many = try simulateBatchColumns(specs, market: MarketSpec(months: 6), threads: threads)
            for name in SeriesSet.names { XCTAssertEqual(many.samples(name, month: 6), one.samples(name, month: 6)) }
        }
    }

    func testTheFirstInvalidCompanyInInputOrderThrows() throws {
        var specs = try companies()
        specs[20].cash = .nan
        specs[9].fixedCosts = -.infinity
        XCTAssertNotEqual(error(specs[9]), error(specs[20]), "two different errors")
        XCTAssertThrowsError(try simulateBatchColumns(specs, market: MarketSpec(months: 3), threads: 4)) { e in
            XCTAssertEqual("\(e)", self.error(specs[9]))
        }
    }

    func error(_ spec: CompanySpec) -> String {
        do { _ = try simulate(spec, market: MarketSpec(months: 3)); return "none" } catch { return "\(error)" }
    }

    func testBytesPerSample() {
        XCTAssertEqual(SampleColumns.bytesPerSample(months: 36, series: 21), 37 * 21 * 8)
    }
}
