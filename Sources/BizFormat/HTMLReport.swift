/// A table in a report: an optional caption, header, rows of formatted cells.
public struct ReportTable: Sendable, Equatable {
    public var title: String
    public var headers: [String]
    public var rows: [[String]]
    /// As in `renderTable`: a missing entry means "right if numeric".
    public var alignments: [Alignment]

    public init(title: String = "", headers: [String], rows: [[String]], alignments: [Alignment] = []) {
        self.title = title
        self.headers = headers
        self.rows = rows
        self.alignments = alignments
    }
}

/// One piece of a report section, in reading order.
public enum ReportBlock: Sendable, Equatable {
    case paragraph(String)
    case table(ReportTable)
    /// An SVG document from `svgLineChart`, embedded as is (trusted markup).
    case chart(String)
    /// Monospace text kept verbatim, e.g. a sparkline summary.
    case preformatted(String)
}

public struct ReportSection: Sendable, Equatable {
    public var heading: String
    public var blocks: [ReportBlock]
    /// Printed on a new page (a run's first section in a multi-run report).
    public var pageBreak: Bool

    public init(heading: String, blocks: [ReportBlock], pageBreak: Bool = false) {
        self.heading = heading
        self.blocks = blocks
        self.pageBreak = pageBreak
    }

    /// Paragraphs first, then tables, then charts.
    public init(heading: String, paragraphs: [String] = [], tables: [ReportTable] = [], charts: [String] = []) {
        self.init(heading: heading,
                  blocks: paragraphs.map(ReportBlock.paragraph) + tables.map(ReportBlock.table) + charts.map(ReportBlock.chart))
    }
}

/// A self-contained HTML page (`report run to "file.html"`): inline CSS, no
/// scripts, fonts or other external assets, so it opens anywhere and can be
/// mailed as one file. Text is escaped; charts are embedded SVG.
public func htmlReport(title: String, sections: [ReportSection], locale: OutputLocale) -> String {
    var html = [
        "<!DOCTYPE html>",
        "<html lang=\"\(locale.rawValue)\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>\(escapedMarkup(title))</title>",
        "<style>\(reportCSS)</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>\(escapedMarkup(title))</h1>",
    ]
    for section in sections {
        html.append(section.pageBreak ? "<section class=\"run\">" : "<section>")
        if !section.heading.isEmpty { html.append("<h2>\(escapedMarkup(section.heading))</h2>") }
        for block in section.blocks { html.append(blockHTML(block)) }
        html.append("</section>")
    }
    html += ["</main>", "</body>", "</html>"]
    return html.joined(separator: "\n") + "\n"
}

private func blockHTML(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text): return "<p>\(escapedMarkup(text))</p>"
    case .preformatted(let text): return "<pre>\(escapedMarkup(text))</pre>"
    case .table(let table): return tableHTML(table)
    case .chart(let svg): return "<figure>\n\(withoutXMLDeclaration(svg))</figure>"
    }
}

private func tableHTML(_ t: ReportTable) -> String {
    let columns = max(t.headers.count, t.rows.map(\.count).max() ?? 0)
    let numeric = (0..<columns).map { i -> Bool in
        if i < t.alignments.count { return t.alignments[i] == .right }
        let cells = t.rows.compactMap { i < $0.count ? $0[i] : nil }.filter { !$0.trimmingSpaces.isEmpty }
        return !cells.isEmpty && cells.allSatisfy(looksNumeric)
    }
    func cells(_ row: [String], tag: String) -> String {
        (0..<columns).map { i in
            let text = i < row.count ? escapedMarkup(row[i]) : ""
            return numeric[i] ? "<\(tag) class=\"num\">\(text)</\(tag)>" : "<\(tag)>\(text)</\(tag)>"
        }.joined()
    }
    var out = ["<table>"]
    if !t.title.isEmpty { out.append("<caption>\(escapedMarkup(t.title))</caption>") }
    if !t.headers.isEmpty { out.append("<thead><tr>\(cells(t.headers, tag: "th"))</tr></thead>") }
    out.append("<tbody>")
    out += t.rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }
    out.append("</tbody>")
    out.append("</table>")
    return out.joined(separator: "\n")
}

/// An `<?xml …?>` prolog is not allowed inside HTML.
private func withoutXMLDeclaration(_ svg: String) -> String {
    guard svg.hasPrefix("<?xml"), let close = svg.firstIndex(of: ">") else { return svg }
    return String(svg[svg.index(after: close)...].drop(while: { $0 == "\n" }))
}

/// Screen: a centred column of cards, charts two to a row. Print (A4):
/// one chart to a row (two would shrink their text below reading size), no cards or backgrounds, each run on a new page, nothing split across
/// pages that would read badly split (a chart, a table row, a heading
/// from what follows). Long lines wrap: no horizontal scrollbars.
private let reportCSS = """
*{box-sizing:border-box}\
body{margin:0;background:#f8fafc;color:#1f2937;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}\
main{max-width:1100px;margin:0 auto;padding:32px 24px 64px}\
h1{font-size:28px;margin:0 0 24px}\
h2{font-size:20px;margin:0 0 12px}\
section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:20px 24px;margin-bottom:24px;\
display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:0 24px;align-items:start}\
section>*{grid-column:1/-1;min-width:0}\
section>figure{grid-column:auto}\
table{border-collapse:collapse;margin:12px 0;font-size:14px;max-width:100%}\
caption{text-align:left;font-weight:600;padding-bottom:6px}\
th,td{padding:6px 12px;border-bottom:1px solid #e5e7eb;text-align:left}\
td.num,th.num{white-space:nowrap}\
th{border-bottom:2px solid #9ca3af;font-weight:600}\
.num{text-align:right;font-variant-numeric:tabular-nums}\
tbody tr:nth-child(even){background:#f9fafb}\
pre{background:#f3f4f6;padding:12px;border-radius:6px;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}\
figure{margin:12px 0}\
figure svg{width:100%;height:auto;display:block}\
@page{size:A4;margin:14mm 12mm}\
@media print{\
body{background:#fff;font-size:11pt}\
main{max-width:none;padding:0}\
h1{font-size:18pt;margin-bottom:10pt}\
h2{font-size:13pt;break-after:avoid}\
section{border:none;border-radius:0;padding:0;margin:0 0 14pt;display:block}\
section.run{break-before:page}\
figure,tr,pre{break-inside:avoid}\
figure{width:78%;margin:6pt auto}\
table{font-size:9pt}\
th,td{padding:3pt 6pt}\
pre{font-size:8pt;background:none;border:1px solid #e5e7eb}\
tbody tr:nth-child(even){background:none}\
}
"""
