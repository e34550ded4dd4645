import XCTest
@testable import BizFormat

final class SparklineBarTests: XCTestCase {
    func testSparkline() {
        XCTAssertEqual(sparkline([1, 2, 3, 4, 5, 6, 7, 8]), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(sparkline([5, 5, 5]), "▁▁▁", "a constant is flat at the bottom")
        XCTAssertEqual(sparkline([1, .nan, 3]), "▁ █")
        XCTAssertEqual(sparkline([1, .infinity, 3, -.infinity]), "▁██▁")
        XCTAssertEqual(sparkline([]), "")
        XCTAssertEqual(sparkline([.nan]), " ")
        XCTAssertEqual(sparkline([-1e308, 1e308]), "▁█")
        XCTAssertEqual(sparkline([-0.0, 0]), "▁▁")
    }

    func testSparklineOnASharedScale() {
        // two runs of one figure: the same value draws the same block
        XCTAssertEqual(sparkline([0.5, 0.5, 0.5], scale: 0...1), "▅▅▅")
        XCTAssertEqual(sparkline([0, 0.5, 1], scale: 0...1), "▁▅█")
        XCTAssertEqual(sparkline([0.5, 0.6], scale: 0.5...1), "▁▂")
        XCTAssertEqual(sparkline([3, 3], scale: 3...3), "▁▁")
        XCTAssertEqual(sparkline([0.6, 0.6000000000000001, 0.6]), "▁▁▁", "float noise is no change")
        XCTAssertEqual(sparkline([-1, 2], scale: 0...1), "▁█", "values outside the scale clamp")
    }

    func testSparklineResampling() {
        XCTAssertEqual(sparkline((1...10).map(Double.init), maxWidth: 5), "▁▃▅▆█")
        XCTAssertEqual(sparkline([1, 2, 3], maxWidth: 10), "▁▅█")
        XCTAssertEqual(sparkline([1, 2, 3], maxWidth: 0), "")
        XCTAssertEqual(sparkline([.nan, .nan, 1, 3], maxWidth: 2), " ▁")
    }

    func testHistogramLine() {
        XCTAssertEqual(histogramLine(samples: [1, 2, 2, 3, 3, 3, 4, 4, 5], bins: 5), "▃▆█▆▃")
        XCTAssertEqual(histogramLine(samples: [1, 1], bins: 5), "█")
        XCTAssertEqual(histogramLine(samples: [], bins: 5), "")
        XCTAssertEqual(histogramLine(samples: [1, 2], bins: 0), "")
        XCTAssertEqual(histogramLine(samples: [0, 10, .nan, 10, 10, 10, 10, 10, 10, 10, 10], bins: 4), "▁  █")
        XCTAssertEqual(histogramLine(samples: (0..<1000).map { Double($0) }).count, 20)
    }

    func testBarInEighths() {
        XCTAssertEqual(bar(fraction: 0, width: 4), "")
        XCTAssertEqual(bar(fraction: 0.5, width: 4), "██")
        XCTAssertEqual(bar(fraction: 1, width: 4), "████")
        XCTAssertEqual(bar(fraction: 0.0625, width: 4), "▎")
        XCTAssertEqual(bar(fraction: 0.5, width: 3), "█▌")
        XCTAssertEqual(bar(fraction: 0.999, width: 4), "████")
        XCTAssertEqual(bar(fraction: -1, width: 4), "")
        XCTAssertEqual(bar(fraction: 2, width: 4), "████")
        XCTAssertEqual(bar(fraction: .nan, width: 4), "")
        XCTAssertEqual(bar(fraction: 0.5, width: -3), "")
        XCTAssertEqual(bar(fraction: 0.001, width: .max), String(repeating: "█", count: 10))
        XCTAssertEqual((1...7).map { bar(fraction: Double($0) / 8, width: 1) }.joined(), "▏▎▍▌▋▊▉")
    }

    func testTornadoBar() {
        XCTAssertEqual(tornadoBar(low: -0.3, high: 0.5, scale: 1, halfWidth: 10), "       ███│█████     ")
        XCTAssertEqual(tornadoBar(low: 0.2, high: -0.9, scale: 1, halfWidth: 10), " █████████│██        ")
        XCTAssertEqual(tornadoBar(low: -0.3125, high: 0.3125, scale: 1, halfWidth: 4), "  ▐█│█▎  ")
        XCTAssertEqual(tornadoBar(low: .nan, high: 0, scale: 0, halfWidth: 2), "  │  ")
        XCTAssertEqual(tornadoBar(low: -1e308, high: .infinity, scale: .infinity, halfWidth: 2), "  │  ")
    }
}
