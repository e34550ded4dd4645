import XCTest
@testable import BizCore

/// The memory budget (issue 16 item 3): requests over it throw `Exceeded`
/// with what, how much and the budget; the engine checks before allocating.
final class MemoryBudgetTests: XCTestCase {
    override func tearDown() { MemoryBudget.setLimit(nil) }

    func testTheDefaultIsHalfOfWhatTheMachineAllows() {
        let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        XCTAssertGreaterThan(MemoryBudget.defaultLimit, 16 << 20)
        XCTAssertLessThanOrEqual(MemoryBudget.defaultLimit, physical / 2)
        XCTAssertEqual(MemoryBudget.limit, MemoryBudget.defaultLimit)
    }

    func testARequestOverTheBudgetThrows() {
        MemoryBudget.setLimit(64 << 20)
        XCTAssertEqual(MemoryBudget.limit, 64 << 20)
        XCTAssertThrowsError(try MemoryBudget.reserve(bytes: 65 << 20, what: .list)) { error in
            XCTAssertEqual(error as? MemoryBudget.Exceeded, MemoryBudget.Exceeded(what: .list, bytes: 65 << 20, limit: 64 << 20))
        }
        // What the process already holds counts: 60 MB more does not fit
        // beside the test runner's own resident memory (well over 4 MB).
        XCTAssertThrowsError(try MemoryBudget.reserve(bytes: 60 << 20, what: .string))
        XCTAssertNoThrow(try MemoryBudget.reserve(bytes: 4 << 10, what: .string))
        // A count too large to multiply is over any budget.
        XCTAssertThrowsError(try MemoryBudget.reserve(count: Int.max / 2, stride: 24, what: .samples)) { error in
            XCTAssertEqual((error as? MemoryBudget.Exceeded)?.bytes, Int.max)
        }
        MemoryBudget.setLimit(nil)
        XCTAssertNoThrow(try MemoryBudget.reserve(bytes: 65 << 20, what: .list))
    }

    func testTheEngineChecksTheSeriesBeforeAllocating() throws {
        MemoryBudget.setLimit(64 << 20)
        let company = try StoryScenarioTests.company(StoryScenarioTests.activeSales)
        // 10 million months of 39 series: 3 GB, refused before a month is run.
        XCTAssertThrowsError(try simulate(company, market: MarketSpec(months: 10_000_000, resolution: 50))) { error in
            XCTAssertEqual((error as? MemoryBudget.Exceeded)?.what, .series)
        }
        XCTAssertEqual(Run.estimatedBytes(months: 35, segments: 1), (36 * 8 + 32) * 39)
        XCTAssertNoThrow(try simulate(company, market: MarketSpec(months: 36, resolution: 50)))
    }
}
