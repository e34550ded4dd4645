import XCTest
@testable import BizFormat

final class NiceTicksTests: XCTestCase {
    func testRoundStepsCoveringTheRange() {
        XCTAssertEqual(niceTicks(lo: 0, hi: 1, count: 5), [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(niceTicks(lo: 93, hi: 1234, count: 6), [0, 200, 400, 600, 800, 1000, 1200, 1400])
        XCTAssertEqual(niceTicks(lo: -3.2, hi: 7.9, count: 5), [-4, -2, 0, 2, 4, 6, 8])
        XCTAssertEqual(niceTicks(lo: 10, hi: 0, count: 3), [0, 5, 10])
    }

    func testTicksAreExactDecimals() {
        let ticks = niceTicks(lo: 0.1, hi: 0.7, count: 5)
        XCTAssertEqual(ticks, [0, 0.2, 0.4, 0.6, 0.8])
        XCTAssertEqual(ticks.map(\.description), ["0.0", "0.2", "0.4", "0.6", "0.8"])
        XCTAssertEqual(niceTicks(lo: 1e-9, hi: 3e-9, count: 3), [1e-9, 2e-9, 3e-9])
    }

    func testDegenerateRanges() {
        XCTAssertEqual(niceTicks(lo: 0, hi: 0, count: 5), [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(niceTicks(lo: 5, hi: 5, count: 5), [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6])
        XCTAssertEqual(niceTicks(lo: .nan, hi: 1), [])
        XCTAssertEqual(niceTicks(lo: 0, hi: .infinity), [])
        XCTAssertEqual(niceTicks(lo: -1e308, hi: 1e308), [-1e308, 1e308])
        XCTAssertEqual(niceTicks(lo: 0, hi: 1, count: -4), [0, 1])
    }
}
