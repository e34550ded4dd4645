import XCTest
import Foundation

/// Issue 11 items 3–5: chart goldens (sweep, distribution, tornado SVGs and
/// their terminal versions), the multi-run HTML report, month tables at 80
/// columns. `BIZ_UPDATE_GOLDEN=1` rewrites the chart goldens.
final class OutputsTests: XCTestCase {
    static let charts = BizProcess.root.appendingPathComponent("Tests/BizCLITests/golden/charts")

    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biz-outputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Each golden/charts/NAME.biz runs in a fresh folder; NAME.svg and NAME.stdout must match.
    func testChartGoldens() throws {
        let update = ProcessInfo.processInfo.environment["BIZ_UPDATE_GOLDEN"] == "1"
        for name in ["sweep", "distribution", "tornado"] {
            let dir = try tempDir()
            try FileManager.default.copyItem(at: Self.charts.appendingPathComponent(name + ".biz"), to: dir.appendingPathComponent(name + ".biz"))
            let r = try BizProcess.run([name + ".biz"], cwd: dir)
            XCTAssertEqual(r.code, 0, r.stderr)
            let svg = try String(contentsOf: dir.appendingPathComponent(name + ".svg"), encoding: .utf8)
            let svgURL = Self.charts.appendingPathComponent(name + ".svg"), outURL = Self.charts.appendingPathComponent(name + ".stdout")
            if update {
                try svg.write(to: svgURL, atomically: true, encoding: .utf8)
                try r.stdout.write(to: outURL, atomically: true, encoding: .utf8)
                continue
            }
            XCTAssertEqual(svg, try String(contentsOf: svgURL, encoding: .utf8), "\(name).svg")
            XCTAssertEqual(r.stdout, try String(contentsOf: outURL, encoding: .utf8), "stdout of \(name).biz")
            XCTAssertLessThanOrEqual(r.stdout.split(separator: "\n").map(\.count).max() ?? 0, 80, "\(name) fits 80 columns")
        }
    }

    func testSweepChartNamesItsAxesWithUnits() throws {
        let svg = try String(contentsOf: Self.charts.appendingPathComponent("sweep.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains(">price, RUB</text>"), "x axis: the swept cell and its unit")
        XCTAssertTrue(svg.contains(">RUB</text>"), "money y axis carries the currency")
        XCTAssertTrue(svg.contains(">profit, revenue by price</text>"))
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 12, "a dot per row and output")
        let dist = try String(contentsOf: Self.charts.appendingPathComponent("distribution.svg"), encoding: .utf8)
        XCTAssertTrue(dist.contains(">p5 90 RUB</text>") || dist.contains(">p5 90</text>"), dist.prefix(0).description)
        XCTAssertTrue(dist.contains(">p95 140</text>"))
        XCTAssertTrue(dist.contains(">90% interval (p5…p95)</text>"))
        let tornado = try String(contentsOf: Self.charts.appendingPathComponent("tornado.svg"), encoding: .utf8)
        XCTAssertTrue(tornado.contains(">tornado: profit</text>"))
        XCTAssertEqual(tornado.components(separatedBy: "fill-opacity=\"0.8\"").count - 1, 4 * 2 + 2, "two bars per input plus the legend")
    }

    /// The founding story's two strategies in one report: a comparison and a section per run.
    func testReportOfTwoRuns() throws {
        let dir = try tempDir()
        let story = BizProcess.root.appendingPathComponent("examples/story_market.biz")
        try FileManager.default.copyItem(at: story, to: dir.appendingPathComponent("story_market.biz"))
        try """
        use story_market
        a = simulate(sales_co)
        b = simulate(product_co)
        report a, b to "r.html"
        """.write(to: dir.appendingPathComponent("r.biz"), atomically: true, encoding: .utf8)
        for locale in ["en", "ru"] {
            let r = try BizProcess.run(["--locale", locale, "r.biz"], cwd: dir)
            XCTAssertEqual(r.code, 0, r.stderr)
            let html = try String(contentsOf: dir.appendingPathComponent("r.html"), encoding: .utf8)
            func count(_ s: String) -> Int { html.components(separatedBy: s).count - 1 }
            XCTAssertEqual(count("<section class=\"run\">"), 2, "each run starts a printed page")
            XCTAssertEqual(count("<svg"), 6 + 2 * 4, "six comparison charts, four per run")
            XCTAssertTrue(html.contains("@page{size:A4"))
            XCTAssertTrue(html.contains("@media print"))
            XCTAssertFalse(html.contains("overflow-x:auto"), "no horizontal scrollbars")
            XCTAssertFalse(html.contains("src=") || html.contains("<link") || html.contains("<script"), "self-contained")
            XCTAssertTrue(html.contains("<th class=\"num\">sales_co (active_sales)</th><th class=\"num\">sales_co (product_first)</th>"))
            if locale == "ru" {
                XCTAssertTrue(html.contains("<h2>Сравнение</h2>"))
                XCTAssertTrue(html.contains("<h2>sales_co (product_first): Ключевые показатели</h2>"))
                XCTAssertTrue(html.contains("<html lang=\"ru\">"))
            } else {
                XCTAssertTrue(html.contains("<h2>Comparison</h2>"))
                XCTAssertTrue(html.contains("<td>cash at the end</td><td class=\"num\">3,208,945.72 RUB</td><td class=\"num\">7,003,778.34 RUB</td><td class=\"num\">+3,794,832.62 RUB</td>"))
                XCTAssertTrue(html.contains("<h2>sales_co (active_sales): The last month, explained</h2>"))
            }
        }
    }

    func testReportNeedsRuns() throws {
        let dir = try tempDir()
        try "x = 5\nreport x, x to \"r.html\"\n".write(to: dir.appendingPathComponent("bad.biz"), atomically: true, encoding: .utf8)
        let r = try BizProcess.run(["bad.biz"], cwd: dir)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("bad.biz:2:8: error: report needs runs (from simulate), not number"), r.stderr)
    }

    /// Wide tables and the run summary fit the width COLUMNS gives.
    func testTablesFollowColumns() throws {
        let dir = BizProcess.root.appendingPathComponent("Tests/BizCLITests/golden")
        for width in [80, 100, 120] {
            let r = try BizProcess.run(["month-table.biz"], cwd: dir, env: ["COLUMNS": String(width)])
            XCTAssertEqual(r.code, 0, r.stderr)
            let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
            XCTAssertLessThanOrEqual(widest, width, "at \(width) columns")
            if width == 120 { XCTAssertTrue(r.stdout.contains("revenue    235,183.56 RUB"), "wide: money keeps its currency in the cells") }
        }
    }
}
