import BizFormat

/// Tables as an Excel workbook (Office Open XML, SpreadsheetML): one sheet
/// per table, numbers as numbers with their unit's number format
/// (XLSXStyles), strings inline (no shared-strings part: fewer parts, and
/// every reader accepts it), the header row bold and frozen. The parts are
/// zipped by XLSXPackage.
struct XLSXWriter {
    let locale: OutputLocale

    /// The workbook's parts, path → XML, in the order they go into the zip.
    func parts(_ tables: [ExportTable]) -> [(String, String)] {
        var styles = XLSXStyles(locale: locale)
        var names = XLSXSheetNames()
        let sheetNames = tables.map { names.name(for: $0.name) }
        let sheets = tables.map { sheet($0, styles: &styles) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheetNames)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: sheets.count)),
        ]
        for (i, s) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", s)) }
        parts.append(("xl/styles.xml", styles.xml))
        return parts
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    func sheet(_ t: ExportTable, styles: inout XLSXStyles) -> String {
        var out = Self.header + #"<worksheet xmlns="\#(Self.main)">"#
        // The header row stays in view while the months scroll.
        out += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        if !t.columns.isEmpty {
            out += "<cols>"
            for (i, c) in t.columns.enumerated() {
                // Wide enough for the header and a formatted amount.
                let width = min(max(c.header.count + 3, 12), 60)
                out += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        out += row(1, t.columns.map { .text($0.header) }) { _ in XLSXStyles.header }
        for (r, cells) in t.rows.enumerated() {
            out += row(r + 2, cells) { i in
                guard case .number(_, let d) = cells[i] else { return XLSXStyles.general }
                return styles.style(for: d)
            }
        }
        out += "</sheetData></worksheet>"
        return out
    }

    private func row(_ r: Int, _ cells: [ExportTable.Cell], style: (Int) -> Int) -> String {
        var out = #"<row r="\#(r)">"#
        for (i, c) in cells.enumerated() {
            let ref = Self.column(i) + String(r)
            let s = style(i)
            let attrs = #"r="\#(ref)""# + (s == 0 ? "" : #" s="\#(s)""#)
            switch c {
            case .number(let x, _):
                // A sheet cell cannot hold inf or NaN: Excel's #NUM! error says so.
                out += x.isFinite ? "<c \(attrs)><v>\(plainNumber(x))</v></c>" : #"<c \#(attrs) t="e"><v>#NUM!</v></c>"#
            case .text(let text):
                out += #"<c \#(attrs) t="inlineStr"><is><t xml:space="preserve">\#(xmlEscape(text))</t></is></c>"#
            case .bool(let b):
                out += #"<c \#(attrs) t="b"><v>\#(b ? 1 : 0)</v></c>"#
            case .empty:
                continue
            }
        }
        return out + "</row>"
    }

    /// A, B, …, Z, AA, AB, …
    static func column(_ index: Int) -> String {
        var n = index + 1, letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }

    func workbook(_ names: [String]) -> String {
        var out = Self.header + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><sheets>"#
        for (i, n) in names.enumerated() {
            out += #"<sheet name="\#(xmlEscape(n))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return out + "</sheets></workbook>"
    }

    func workbookRelationships(sheets: Int) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var out = Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<sheets {
            out += #"<Relationship Id="rId\#(i + 1)" Type="\#(type)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(sheets + 1)" Type="\#(type)/styles" Target="styles.xml"/>"#
        return out + "</Relationships>"
    }

    var rootRelationships: String {
        Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    func contentTypes(sheets: Int) -> String {
        let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var out = Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="\#(prefix).sheet.main+xml"/>"#
        for i in 0..<sheets {
            out += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="\#(prefix).worksheet+xml"/>"#
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="\#(prefix).styles+xml"/>"#
        return out + "</Types>"
    }
}
