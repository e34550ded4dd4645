/// A source text (a file, a REPL line, a `-e` expression) and positions in it.
///
/// Positions are UTF-8 byte offsets: cheap to carry in every token and node.
/// Line and column (in characters, for the caret) are computed only when a
/// diagnostic is rendered.
public final class SourceFile: Sendable {
    public let name: String
    public let text: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts.
    let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// 1-based line number of a byte offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The text of a 1-based line, without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// 1-based column, counted in Unicode scalars (what a terminal shows for
    /// Latin and Cyrillic text).
    public func column(of offset: Int) -> Int {
        let l = line(of: offset)
        let start = lineStarts[l - 1]
        let end = min(max(offset, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.count + 1
    }

    public func slice(_ span: SourceSpan) -> String {
        let s = max(0, min(Int(span.start), bytes.count)), e = max(s, min(Int(span.end), bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

/// A range of bytes in one source file.
public struct SourceSpan: Hashable, Sendable {
    public var file: SourceFile?
    public var start: Int32
    public var end: Int32

    public init(file: SourceFile?, start: Int, end: Int) {
        self.file = file
        self.start = Int32(clamping: start)
        self.end = Int32(clamping: max(start, end))
    }

    public static let none = SourceSpan(file: nil, start: 0, end: 0)

    /// The span covering both.
    public func to(_ other: SourceSpan) -> SourceSpan {
        guard file === other.file else { return self }
        return SourceSpan(file: file, start: Int(min(start, other.start)), end: Int(max(end, other.end)))
    }

    public static func == (a: SourceSpan, b: SourceSpan) -> Bool {
        a.file === b.file && a.start == b.start && a.end == b.end
    }
    public func hash(into h: inout Hasher) { h.combine(start); h.combine(end) }
}
