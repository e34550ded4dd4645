import XCTest
@testable import BizCore

/// Issue 16 item 5: a run whose numbers leave the range of a Double stops
/// with a CoreError naming the segment or company, the series and the month
/// — before, the market of `growth: 100%/month` over 1200 months became ∞,
/// the segment's customers were silently zeroed (conservation broken), and a
/// price of 1e300 gave revenue ∞.
final class OverflowTests: XCTestCase {
    func testGrowthThatOverflowsStopsAtTheMonthItDoes() {
        let smb = SegmentSpec(name: "smb", size: 20_000, customers: 2_000, wtp: .uniform(lo: 80, hi: 180), churn: 0.01)
        let company = CompanySpec(name: "us", price: 100, segments: [smb])
        // 20,000 × 2^1010 is past Double's largest, 1.8e308; 2^1009 × 20,000 is not.
        XCTAssertThrowsError(try simulate(company, market: MarketSpec(months: 1200, growth: 1.0))) { error in
            XCTAssertEqual(error as? CoreError, CoreError(field: "segment smb", problem: .overflowed(what: "size", month: 1010)))
        }
        let last = try? simulate(company, market: MarketSpec(months: 1009, growth: 1.0))
        XCTAssertNotNil(last, "one month less still fits")
        if let last { assertConserved(last) }
    }

    /// `stress`, `flows` and `bins` of a late month re-run the engine up to
    /// it: they stop at the same month instead of reporting a zeroed segment.
    func testStressFlowsAndBinsOfALateMonthStopToo() {
        let smb = SegmentSpec(name: "smb", size: 20_000, customers: 2_000, wtp: .uniform(lo: 80, hi: 180), churn: 0.01)
        let company = CompanySpec(name: "us", price: 100, segments: [smb])
        let market = MarketSpec(months: 1200, growth: 1.0)
        let overflowed = CoreError(field: "segment smb", problem: .overflowed(what: "size", month: 1010))
        XCTAssertThrowsError(try stress(company, market: market, atMonth: 1100, target: .bandTop)) { error in
            XCTAssertEqual(error as? CoreError, overflowed)
        }
        XCTAssertThrowsError(try flows(company, market: market, month: 1100)) { error in
            XCTAssertEqual(error as? CoreError, overflowed)
        }
        XCTAssertThrowsError(try bins(company, market: market, atMonth: 1100)) { error in
            XCTAssertEqual(error as? CoreError, overflowed)
        }
        let before = try? stress(company, market: market, atMonth: 1009, target: .bandTop)
        XCTAssertNotNil(before, "a month before the overflow still answers")
    }

    func testRevenueThatOverflowsStops() {
        let big = SegmentSpec(name: "big", size: 1e300, customers: 1e300, wtp: .uniform(lo: 1e300, hi: 1e301))
        let company = CompanySpec(name: "us", price: 1e300, segments: [big])
        XCTAssertThrowsError(try simulate(company, months: 12)) { error in
            XCTAssertEqual(error as? CoreError, CoreError(field: "company us", problem: .overflowed(what: "revenue", month: 1)))
            XCTAssertEqual((error as? CoreError)?.description, "company us: the simulation overflowed in month 1: revenue is too large to compute")
        }
    }

    /// The Monte Carlo batch reports the first sample's overflow the same way.
    func testABatchStopsToo() {
        let smb = SegmentSpec(name: "smb", size: 20_000, customers: 2_000, wtp: .uniform(lo: 80, hi: 180))
        let fine = CompanySpec(name: "us", price: 100, segments: [smb])
        let huge = CompanySpec(name: "us", price: 1e306, segments: [SegmentSpec(name: "smb", size: 1e5, customers: 1e5, wtp: .uniform(lo: 1e306, hi: 1e307))])
        XCTAssertThrowsError(try simulateBatch([fine, huge, fine], months: 3)) { error in
            XCTAssertEqual(error as? CoreError, CoreError(field: "company us", problem: .overflowed(what: "revenue", month: 1)))
        }
    }
}
