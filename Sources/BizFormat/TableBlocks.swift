#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width tables and summaries fit in: the terminal's when stdout is one,
/// else `COLUMNS` when set, else 80 (a pipe or a file; what golden tests see).
public func outputWidth(environment: (String) -> String?) -> Int {
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(40, Int(size.ws_col)) }
    if let text = environment("COLUMNS"), let n = Int(text), n > 0 { return max(40, n) }
    return 80
}

/// A table that may be wider than the screen, wrapped into blocks: the
/// first `keep` columns (the month, the row's name) start every block, the
/// other columns go to the first block they fit in, in order. Blocks are
/// separated by a blank line. A table that fits stays one block; a single
/// column wider than `width` gets a block of its own (it cannot be split).
public func renderTable(headers: [String], rows: [[String]], alignments: [Alignment] = [], width: Int, keep: Int = 1) -> String {
    let whole = renderTable(headers: headers, rows: rows, alignments: alignments)
    let columnCount = max(headers.count, rows.map(\.count).max() ?? 0)
    guard widestLine(whole) > width, columnCount > keep else { return whole }
    func column(_ i: Int) -> [String] { [i < headers.count ? headers[i] : ""] + rows.map { i < $0.count ? $0[i] : "" } }
    func columnWidth(_ i: Int) -> Int { column(i).map(displayWidth).max() ?? 0 }
    let kept = Array(0..<min(keep, columnCount))
    let keptWidth = kept.map(columnWidth).reduce(0) { $0 + $1 + 2 }
    var blocks: [[Int]] = []
    var current: [Int] = [], used = keptWidth
    for i in keep..<columnCount {
        let w = columnWidth(i)
        if !current.isEmpty && used + w > width {
            blocks.append(current)
            current = []
            used = keptWidth
        }
        current.append(i)
        used += w + 2
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks.map { block -> String in
        let pick = kept + block
        func take(_ row: [String]) -> [String] { pick.map { $0 < row.count ? row[$0] : "" } }
        let aligns = alignments.isEmpty ? [] : pick.map { $0 < alignments.count ? alignments[$0] : .right }
        return renderTable(headers: take(headers), rows: rows.map(take), alignments: aligns)
    }.joined(separator: "\n\n")
}

/// The display width of the widest line.
public func widestLine(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { displayWidth(String($0)) }.max() ?? 0
}

/// The current output width (see `outputWidth`), read from the process environment.
public var currentOutputWidth: Int {
    outputWidth { name in getenv(name).map { String(cString: $0) } }
}
