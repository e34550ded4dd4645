/// How a column's cells sit in their width.
public enum Alignment: Sendable, Equatable {
    case left, right, center
}

/// A compact monospace table: columns two spaces apart, padded by display
/// width, header underlined with `─`. Lines carry no trailing spaces and the
/// result has no final newline.
///
/// A column with no entry in `alignments` is right-aligned when every
/// nonempty body cell looks like a number (`1,234`, `-5 RUB`, `4.17%`,
/// `₽500`, `∞`), otherwise left-aligned. Rows shorter than the header are
/// padded with empty cells; longer rows add unnamed columns. Line breaks
/// and tabs inside a cell become spaces so a row stays one line.
///
///     name    price
///     ──────  ─────
///     smb       100
public func renderTable(headers: [String], rows: [[String]], alignments: [Alignment] = []) -> String {
    let header = headers.map(oneLine)
    let body = rows.map { $0.map(oneLine) }
    let columnCount = max(header.count, body.map(\.count).max() ?? 0)
    guard columnCount > 0 else { return "" }

    func cell(_ row: [String], _ i: Int) -> String { i < row.count ? row[i] : "" }

    var widths: [Int] = []
    var aligns: [Alignment] = []
    for i in 0..<columnCount {
        let column = body.map { cell($0, i) }
        widths.append(([cell(header, i)] + column).map(displayWidth).max() ?? 0)
        aligns.append(i < alignments.count ? alignments[i] : inferredAlignment(column))
    }

    func line(_ row: [String]) -> String {
        let cells = (0..<columnCount).map { padded(cell(row, $0), to: widths[$0], alignment: aligns[$0]) }
        return trimmingTrailingSpaces(cells.joined(separator: "  "))
    }

    var lines: [String] = []
    if !header.isEmpty {
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    }
    lines += body.map(line)
    return lines.joined(separator: "\n")
}

/// The same table under a title line.
public func renderTable(title: String, headers: [String], rows: [[String]], alignments: [Alignment] = []) -> String {
    let table = renderTable(headers: headers, rows: rows, alignments: alignments)
    return table.isEmpty ? oneLine(title) : oneLine(title) + "\n" + table
}

/// Whether a cell reads as a number, money, percent or rate (for alignment).
func looksNumeric(_ s: String) -> Bool {
    var rest = Substring(s.trimmingSpaces)
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    if let first = rest.first, "$€£¥₽".contains(first) { rest = rest.dropFirst() }
    if rest.hasPrefix("∞") || rest.hasPrefix("NaN") { return true }
    return rest.first?.isASCII == true && rest.first?.isNumber == true
}

private func inferredAlignment(_ column: [String]) -> Alignment {
    let filled = column.filter { !$0.trimmingSpaces.isEmpty }
    return !filled.isEmpty && filled.allSatisfy(looksNumeric) ? .right : .left
}

private func oneLine(_ s: String) -> String {
    String(s.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
}

func trimmingTrailingSpaces(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
