import XCTest
@testable import BizCore

/// `parallelChunks` covers 0..<count with contiguous ranges, in order,
/// whatever the thread count, and keeps ranges at least `minimum` long.
final class ParallelChunksTests: XCTestCase {
    func testRangesCoverEveryIndexOnceInOrder() {
        for (count, minimum, threads) in [(1000, 128, 2), (1000, 128, 3), (7, 1, 4), (300, 128, 8), (100, 128, 2), (0, 1, 2)] {
            let ranges = parallelChunks(count: count, minimum: minimum, threads: threads) { $0 }
            XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<count), "count \(count) threads \(threads)")
            if count > 0 { XCTAssertTrue(ranges.allSatisfy { $0.count >= min(minimum, count) }, "\(ranges)") }
        }
        XCTAssertEqual(parallelChunks(count: 1000, minimum: 128, threads: 3) { $0 }.count, 3)
        XCTAssertEqual(parallelChunks(count: 300, minimum: 128, threads: 8) { $0 }.count, 2)
        XCTAssertEqual(parallelChunks(count: 100, minimum: 128, threads: 2) { $0 }.count, 1)
    }
}
