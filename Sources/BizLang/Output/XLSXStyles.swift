import BizFormat

/// The number formats of an exported workbook and its styles.xml.
///
/// Format codes in the file are locale-neutral (`,` groups, `.` decimals);
/// Excel shows them in the reader's own conventions, so `#,##0.00 "₽"`
/// reads `1 234,56 ₽` in Russian Excel. What the export locale chooses is
/// where the currency goes and which sign it is (LANGUAGE-NOTES "Exports"):
///
/// | unit | en | ru |
/// | --- | --- | --- |
/// | USD | `$#,##0.00` | `#,##0.00 "$"` |
/// | EUR | `"€"#,##0.00` | `#,##0.00 "€"` |
/// | GBP | `"£"#,##0.00` | `#,##0.00 "£"` |
/// | RUB | `#,##0.00 "₽"` | `#,##0.00 "₽"` |
/// | other code XYZ | `#,##0.00 "XYZ"` | `#,##0.00 "XYZ"` |
/// | percent | `0.00%` | `0.00%` |
/// | a count read from a run | `#,##0.0` | `#,##0.0` |
///
/// Other numbers keep Excel's General format.
struct XLSXStyles {
    let locale: OutputLocale
    /// Custom format codes in first-use order; their numFmtId is 164 + index.
    private(set) var codes: [String] = []

    /// Cell style 0 is General, 1 the bold header; 2 + i is `codes[i]`.
    static let general = 0
    static let header = 1

    init(locale: OutputLocale) { self.locale = locale }

    /// The style index (`s="…"`) of a number in unit `d`.
    mutating func style(for d: Dim) -> Int {
        guard let code = formatCode(d) else { return Self.general }
        if let i = codes.firstIndex(of: code) { return 2 + i }
        codes.append(code)
        return 1 + codes.count
    }

    func formatCode(_ d: Dim) -> String? {
        switch d.kind {
        case .money: return moneyFormat(d.currency?.code ?? "")
        case .percent: return "0.00%"
        // A count read from a run (Dim.isCount), one decimal as in its tables.
        case .number: return d.isCount && d.per == nil ? "#,##0.0" : nil
        case .duration: return nil
        }
    }

    func moneyFormat(_ code: String) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "RUB": "₽"]
        let amount = "#,##0.00"
        guard let sign = symbols[code] else { return "\(amount) \"\(code)\"" }
        // Roubles after the amount in both languages, as Excel's own rouble format does.
        if locale == .ru || code == "RUB" { return "\(amount) \"\(sign)\"" }
        return sign == "$" ? "$" + amount : "\"\(sign)\"" + amount
    }

    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if !codes.isEmpty {
            out += #"<numFmts count="\#(codes.count)">"#
            for (i, code) in codes.enumerated() {
                out += #"<numFmt numFmtId="\#(164 + i)" formatCode="\#(xmlEscape(code))"/>"#
            }
            out += "</numFmts>"
        }
        out += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        out += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        out += #"<cellXfs count="\#(2 + codes.count)">"#
        out += #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        out += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        for i in codes.indices {
            out += #"<xf numFmtId="\#(164 + i)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }
        out += "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        out += "</styleSheet>"
        return out
    }
}

/// Text as XML character data or an attribute value. Characters XML 1.0
/// cannot hold (controls other than tab, LF, CR) are dropped.
func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "\t", "\n", "\r": out.unicodeScalars.append(u)
        default:
            if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
            out.unicodeScalars.append(u)
        }
    }
    return out
}
