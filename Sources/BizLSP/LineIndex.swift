// LSP positions are (line, character) with the character counted in UTF-16
// code units; Biz spans are UTF-8 byte offsets. A Cyrillic letter is two
// bytes but one code unit, an emoji four bytes but two code units: every
// conversion goes through here.

/// Where each line of a text starts, and conversions between byte offsets
/// and LSP positions.
struct LineIndex: Sendable {
    let bytes: [UInt8]
    /// Byte offset of the start of each line (lines end at "\n").
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The 0-based line of a byte offset.
    func line(ofByte offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The bytes of a 0-based line, without "\n" or "\r\n".
    func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 0, line < lineStarts.count else { return [] }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    func lineText(_ line: Int) -> String { String(decoding: lineBytes(line), as: UTF8.self) }

    /// The LSP position of a byte offset (clamped to the text).
    func position(ofByte offset: Int) -> Position {
        let offset = max(0, min(offset, bytes.count))
        let line = line(ofByte: offset)
        let start = lineStarts[line]
        let prefix = String(decoding: bytes[start..<offset], as: UTF8.self)
        return Position(line: line, character: prefix.utf16.count)
    }

    /// The byte offset of an LSP position; a character past the end of its
    /// line is the end of the line, a line past the end is the end of the text.
    func byteOffset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let start = lineStarts[position.line]
        let line = lineBytes(position.line)
        var units = 0, offset = start
        for scalar in String(decoding: line, as: UTF8.self).unicodeScalars {
            if units >= position.character { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return min(offset, start + line.count)
    }

    /// The end of a 0-based line, as a position.
    func endOfLine(_ line: Int) -> Position {
        Position(line: line, character: lineText(line).utf16.count)
    }

    func range(_ start: Int, _ end: Int) -> TextRange {
        TextRange(start: position(ofByte: start), end: position(ofByte: max(start, end)))
    }
}

struct Position: Equatable, Sendable {
    var line: Int
    var character: Int

    var json: JSONObject { ["line": line, "character": character] }

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    init?(json: Any?) {
        guard let o = json as? JSONObject, let line = o["line"] as? Int, let character = o["character"] as? Int else { return nil }
        self.init(line: line, character: character)
    }
}

struct TextRange: Equatable, Sendable {
    var start: Position
    var end: Position

    var json: JSONObject { ["start": start.json, "end": end.json] }
}
