import Foundation
import XCTest
@testable import BizFormat

final class HTMLReportTests: XCTestCase {
    func testTablesParagraphsAndEscaping() {
        let html = htmlReport(title: "Run <1>", sections: [
            ReportSection(heading: "Summary & figures",
                          paragraphs: ["Customers grew <fast>."],
                          tables: [ReportTable(title: "Key", headers: ["figure", "value"],
                                               rows: [["revenue", "12,000 RUB"], ["name", "smb"]])]),
            ReportSection(heading: "", blocks: [.preformatted("a  ▁▄█")]),
        ], locale: .ru)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>Run &lt;1&gt;</title>"))
        XCTAssertTrue(html.contains("<h1>Run &lt;1&gt;</h1>"))
        XCTAssertTrue(html.contains("<h2>Summary &amp; figures</h2>"))
        XCTAssertTrue(html.contains("<p>Customers grew &lt;fast&gt;.</p>"))
        XCTAssertTrue(html.contains("""
            <table>
            <caption>Key</caption>
            <thead><tr><th>figure</th><th>value</th></tr></thead>
            <tbody>
            <tr><td>revenue</td><td>12,000 RUB</td></tr>
            <tr><td>name</td><td>smb</td></tr>
            </tbody>
            </table>
            """))
        XCTAssertTrue(html.contains("<pre>a  ▁▄█</pre>"))
        XCTAssertTrue(html.hasSuffix("</main>\n</body>\n</html>\n"))
        // Self-contained: no external references.
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"))
    }

    func testNumericColumnsAreRightAligned() {
        let html = htmlReport(title: "t", sections: [
            ReportSection(heading: "h", tables: [ReportTable(headers: ["n", "x"], rows: [["a", "1,5"], ["b", "-2"]])]),
        ], locale: .en)
        XCTAssertTrue(html.contains("<tr><th>n</th><th class=\"num\">x</th></tr>"))
        XCTAssertTrue(html.contains("<tr><td>b</td><td class=\"num\">-2</td></tr>"))
    }

    func testEmbedsChartsAndWritesSample() throws {
        let revenue = (0...36).map { 100_000 * pow(1.05, Double($0)) }
        var svg = svgLineChart(title: "Revenue", series: [("revenue", revenue)], xLabel: "month",
                               bands: [Band(low: revenue.map { $0 * 0.8 }, high: revenue.map { $0 * 1.2 })], locale: .en)
        svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg
        let html = htmlReport(title: "Report", sections: [
            ReportSection(heading: "Revenue", paragraphs: ["Monthly revenue with its 90% band."],
                          tables: [ReportTable(headers: ["month", "revenue"],
                                               rows: [["0", formatMoney(revenue[0], currency: "RUB", locale: .en)],
                                                      ["36", formatMoney(revenue[36], currency: "RUB", locale: .en)]])],
                          charts: [svg]),
        ], locale: .en)
        XCTAssertTrue(html.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertFalse(html.contains("<?xml"))
        XCTAssertTrue(html.contains("<td class=\"num\">579,181.61 RUB</td>"))
        try html.write(toFile: "/tmp/report.html", atomically: true, encoding: .utf8)
    }
}
