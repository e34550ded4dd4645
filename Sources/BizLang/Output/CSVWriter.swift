import BizFormat

/// A table as CSV that opens right in the spreadsheet of the export's locale
/// (LANGUAGE-NOTES "Exports"):
/// - en: RFC 4180 — `,` between fields, `.` decimals, a field holding `,`,
///   `"`, CR or LF in quotes with `"` doubled, CRLF after every record, no BOM.
/// - ru: what Russian Excel expects — a UTF-8 BOM (else Cyrillic garbles),
///   `;` between fields (the comma is the decimal mark there), decimal comma,
///   the same quoting and CRLF.
/// Numbers have no thousands separators and up to 12 significant digits;
/// percents are written as percents (`12.5%`, ru `12,5%`), which Excel and
/// LibreOffice read back as the number 0.125 formatted as a percent.
struct CSVWriter {
    let locale: OutputLocale

    var separator: String { locale == .ru ? ";" : "," }

    func csv(_ t: ExportTable) -> String {
        var lines = [t.columns.map { quote($0.header) }.joined(separator: separator)]
        for row in t.rows {
            lines.append(row.enumerated().map { i, c in
                field(c, columnUnit: i < t.columns.count ? t.columns[i].unit : nil)
            }.joined(separator: separator))
        }
        return (locale == .ru ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    func number(_ x: Double) -> String {
        let text = plainNumber(x)
        return locale == .ru ? text.replacing(".", with: ",") : text
    }

    func field(_ c: ExportTable.Cell, columnUnit: Dim?) -> String {
        switch c {
        case .number(let x, let d):
            if d.kind == .percent { return number(x * 100) + "%" }
            // A column of mixed units names none in its header: each cell says its own.
            if columnUnit == nil, let unit = unitText(d) { return quote(number(x) + " " + unit) }
            return number(x)
        case .text(let s): return quote(s)
        case .bool(let b): return b ? "true" : "false"
        case .empty: return ""
        }
    }

    func quote(_ s: String) -> String {
        let sep = Character(separator)
        guard s.contains(where: { $0 == sep || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}
