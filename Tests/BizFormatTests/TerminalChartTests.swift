import XCTest
@testable import BizFormat

final class TerminalChartTests: XCTestCase {
    func testTwoSeriesWithLegend() {
        let chart = terminalChart(series: [("revenue", [0, 10, 20, 30, 40, 50, 40, 30, 20, 10, 0]),
                                           ("cost", Array(repeating: 25, count: 11))],
                                  width: 21, height: 6, locale: .en)
        XCTAssertEqual(chart, """
            60 ┤
               │         ***
            40 ┤       **   **
               │ooooooooooooooooooooo
            20 ┤   **           **
               │ **               **
             0 ┤*                   *
               └┬─────────┬─────────┬
                0         5         10
                * revenue   o cost
            """)
    }

    func testRussianLabelsAndNaNGap() {
        let chart = terminalChart(series: [("выручка", [1500, 1200, .nan, 900, 1000])],
                                  width: 20, height: 5, locale: .ru)
        XCTAssertEqual(chart, """
            1 500 ┤**
                  │  ***
            1 000 ┤               *****
                  │
              500 ┤
                  └┬─────────┬────────┬
                   0         2        4
                   * выручка
            """)
    }

    func testSinglePointAndNoData() {
        XCTAssertEqual(terminalChart(series: [("", [3])], width: 10, height: 3, locale: .en), """
            3.5 ┤
              3 ┤*
            2.5 ┤
                └┬─────────
                 0
            """)
        XCTAssertEqual(terminalChart(series: [("x", [])], locale: .en), "(no data)")
        XCTAssertEqual(terminalChart(series: [], locale: .ru), "(нет данных)")
        XCTAssertEqual(terminalChart(series: [("x", [.nan, .infinity])], locale: .en), "(no data)")
    }

    func testExtremeValuesDoNotCrash() {
        let chart = terminalChart(series: [("a", [.nan, .infinity, 1e308, -1e308, 0])],
                                  width: -5, height: 1_000_000, locale: .en)
        XCTAssertTrue(chart.hasPrefix(" 1e308 ┤"), chart)
        XCTAssertTrue(chart.hasSuffix("* a"), chart)
    }

    func testDefaultSizeHasEvenlySpacedLabels() {
        let growth = (0...36).map { 1000 * pow(1.05, Double($0)) }
        let lines = terminalChart(series: [("revenue", growth)], locale: .en).split(separator: "\n")
        // 1,000…6,000 in six ticks, two rows apart, then axis, months, legend.
        XCTAssertEqual(lines.count, 11 + 3)
        XCTAssertEqual(lines.filter { $0.contains("┤") }.count, 6)
        XCTAssertEqual(String(lines[11]), "      └┬───────┬───────┬────────┬───────┬───────┬───────┬───────┬──")
        XCTAssertEqual(String(lines[12]), "       0       5       10       15      20      25      30      35")
    }

    func testBandChart() {
        let chart = terminalBandChart(p5: [8, 9, 10, 11, 12], p50: [10, 12, 14, 16, 18],
                                      p95: [12, 15, 18, 21, 24], name: "revenue",
                                      width: 20, height: 6, locale: .en)
        XCTAssertEqual(chart, """
            30 ┤
               │                 ░░░
            20 ┤         ░░░░░░░░░**
               │ ░░░░░************░░
            10 ┤******░░░░░░░░░░░░░░
               │
             0 ┤
               └┬─────────┬────────┬
                0         2        4
                * revenue, median   ░ p5–p95
            """)
        XCTAssertTrue(terminalBandChart(p5: [1], p50: [2], p95: [3], locale: .ru).hasSuffix("* медиана   ░ p5–p95"))
        XCTAssertEqual(terminalBandChart(p5: [], p50: [], p95: [], locale: .en), "(no data)")
    }

    /// Percent series chart as percents: `10%`, not `0.1` (issue 8 item 6).
    func testPercentAxes() {
        let chart = terminalChart(series: [("share", [0.1, 0.2, 0.35])], width: 20, height: 5, locale: .en, percent: true)
        let labels = chart.components(separatedBy: "\n").compactMap { line -> String? in
            guard let bar = line.firstIndex(where: { $0 == "┤" }) else { return nil }
            return line[..<bar].trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(labels, ["40%", "20%", "0%"], chart)
        XCTAssertTrue(terminalBandChart(p5: [0.1], p50: [0.2], p95: [0.3], width: 10, height: 3, locale: .ru, percent: true).contains("%"))
        XCTAssertFalse(terminalChart(series: [("n", [0.1, 0.2, 0.35])], width: 20, height: 5, locale: .en).contains("%"))
        let svg = svgLineChart(title: "loyal", series: [("loyal", [0.1, 0.5])], locale: .en, percent: true)
        XCTAssertTrue(svg.contains(">50%<"), svg)
        XCTAssertFalse(svg.contains(">0.5<"), svg)
    }
}
