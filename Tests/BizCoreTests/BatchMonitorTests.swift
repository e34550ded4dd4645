import XCTest
import Synchronization
import BizCore

/// `BatchMonitor`: a batch stops when its monitor says so (checked before
/// every sample) and reports each finished sample once.
final class BatchMonitorTests: XCTestCase {
    func testABatchStopsBeforeTheNextSampleOnceAskedTo() throws {
        let companies = try BatchTests.samples(40)
        let market = MarketSpec(months: 6, resolution: 20)
        for threads in [1, 2] {
            // Stop after the 5th finished sample.
            let finished = Atomic<Int>(0)
            let monitor = BatchMonitor(shouldStop: { finished.load(ordering: .relaxed) >= 5 },
                                       progress: { _, _ in finished.wrappingAdd(1, ordering: .relaxed) })
            XCTAssertThrowsError(try simulateBatch(companies, market: market, threads: threads, monitor: monitor)) { error in
                guard let stopped = error as? BatchStopped else { return XCTFail("\(error)") }
                XCTAssertEqual(stopped.total, 40)
                // One sample per worker may have been under way when the 5th finished.
                XCTAssertGreaterThanOrEqual(stopped.done, 5)
                XCTAssertLessThanOrEqual(stopped.done, 4 + threads)
            }
        }
    }

    func testProgressCountsEverySampleAndAnUnstoppedBatchIsUnchanged() throws {
        let companies = try BatchTests.samples(12)
        let market = MarketSpec(months: 6, resolution: 20)
        let seen = Mutex<[Int]>([])
        let monitor = BatchMonitor(shouldStop: { false }, progress: { done, total in
            XCTAssertEqual(total, 12)
            seen.withLock { $0.append(done) }
        })
        let watched = try simulateBatch(companies, market: market, threads: 2, monitor: monitor)
        XCTAssertEqual(watched, try simulateBatch(companies, market: market, threads: 1))
        XCTAssertEqual(seen.withLock { $0.sorted() }, Array(1...12))
    }
}
