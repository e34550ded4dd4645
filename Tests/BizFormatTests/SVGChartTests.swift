import Foundation
#if canImport(FoundationXML)
import FoundationXML  // XMLParser lives here on Linux
#endif
import XCTest
@testable import BizFormat

/// Collects element names and text so tests can check the SVG's structure.
private final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String] = []
    var attributes: [[String: String]] = []
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        elements.append(name)
        self.attributes.append(attributes)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" { texts.append(current) }
        current = ""
    }
}

final class SVGChartTests: XCTestCase {
    private func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))", file: file, line: line)
        return collector
    }

    private let revenue = (0...36).map { 100_000 * pow(1.05, Double($0)) }

    func testWellFormedWithEscapedTextTicksAndLegend() throws {
        var cash = (0...36).map { 250_000 - 4000 * Double($0) }
        cash[20] = .nan
        let svg = svgLineChart(title: "Выручка & costs <36 months>",
                               series: [("revenue", revenue), ("costs", (0...36).map { 300_000 + 5000 * Double($0) }),
                                        ("cash \"net\"", cash)],
                               xLabel: "month", yLabel: "RUB",
                               bands: [Band(low: revenue.map { $0 * 0.8 }, high: revenue.map { $0 * 1.25 }), nil, nil],
                               locale: .ru)
        let xml = parse(svg)
        XCTAssertEqual(xml.elements.first, "svg")
        XCTAssertEqual(xml.attributes.first?["viewBox"], "0 0 800 450")
        XCTAssertEqual(xml.texts.first, "Выручка & costs <36 months>")
        XCTAssertTrue(svg.contains("Выручка &amp; costs &lt;36 months&gt;"))
        // ru y labels from nice ticks, month labels, axis titles, legend.
        for label in ["0", "100 000", "800 000", "5", "35", "month", "RUB", "revenue", "costs", "cash \"net\""] {
            XCTAssertTrue(xml.texts.contains(label), "missing text \(label)")
        }
        // One band path + three series, the NaN splitting the third into two runs.
        let paths = xml.attributes.filter { $0["d"] != nil }
        XCTAssertEqual(paths.filter { $0["fill-opacity"] == "0.15" }.count, 1)
        XCTAssertEqual(paths.filter { $0["fill"] == "none" }.count, 4)
        // Path data uses '.' whatever the locale.
        XCTAssertFalse(paths.contains { ($0["d"] ?? "").contains(",") })

        try svg.write(toFile: "/tmp/chart.svg", atomically: true, encoding: .utf8)
    }

    func testDegenerateInputsStayWellFormed() {
        let cases: [[(name: String, values: [Double])]] = [
            [], [("x", [])], [("x", [.nan, .infinity])], [("one", [5])],
            [("flat", [0, 0, 0])], [("huge", [-1e308, 1e308, .leastNonzeroMagnitude])], [("<&>", [1, 2])],
        ]
        for series in cases {
            let svg = svgLineChart(title: "t", series: series, locale: .en)
            let xml = parse(svg)
            XCTAssertEqual(xml.elements.first, "svg")
            XCTAssertFalse(svg.contains("nan") || svg.contains("inf"), svg)
        }
        XCTAssertTrue(parse(svgLineChart(title: "", series: [], locale: .ru)).texts.contains("(нет данных)"))
        XCTAssertEqual(parse(svgLineChart(title: "", series: [("one", [5])], locale: .en)).elements.filter { $0 == "circle" }.count, 1)
    }

    func testSVGNumbers() {
        XCTAssertEqual(svgNumber(12.345), "12.35")
        XCTAssertEqual(svgNumber(-0.001), "0")
        XCTAssertEqual(svgNumber(1e20), "100000000000000000000")
        XCTAssertEqual(svgNumber(.nan), "0")
        XCTAssertEqual(escapedMarkup("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&#39; ")
    }
}
