// Byte offsets (Biz's spans) and LSP positions (UTF-16 code units) convert
// both ways: ASCII is one byte per unit, Cyrillic two bytes per unit, an
// emoji four bytes for two units; "\r\n" line ends are not part of a line.

@testable import BizLSP
import XCTest

final class LineIndexTests: XCTestCase {
    func testPositionsCountUTF16CodeUnits() {
        let index = LineIndex("ab\nцена = 1\r\n😀x\n")
        // "ц" starts at byte 3; "=" at byte 3 + 8 + 1.
        XCTAssertEqual(index.position(ofByte: 3), Position(line: 1, character: 0))
        XCTAssertEqual(index.position(ofByte: 12), Position(line: 1, character: 5))
        XCTAssertEqual(index.byteOffset(of: Position(line: 1, character: 5)), 12)
        // After the emoji: 4 bytes, 2 code units.
        let emojiLine = index.lineStarts[2]
        XCTAssertEqual(index.position(ofByte: emojiLine + 4), Position(line: 2, character: 2))
        XCTAssertEqual(index.byteOffset(of: Position(line: 2, character: 2)), emojiLine + 4)
        // Past the end of a line: its end, without "\r".
        XCTAssertEqual(index.byteOffset(of: Position(line: 1, character: 99)), 3 + 12)
        XCTAssertEqual(index.endOfLine(1), Position(line: 1, character: 8))
        // Past the last line: the end of the text; negative: the start.
        XCTAssertEqual(index.byteOffset(of: Position(line: 9, character: 0)), index.bytes.count)
        XCTAssertEqual(index.byteOffset(of: Position(line: -1, character: 0)), 0)
        XCTAssertEqual(index.position(ofByte: 10_000), Position(line: 3, character: 0))
    }

    func testWordsAreLettersDigitsAndUnderscoreInAnyScript() {
        let bytes = Array("x = выручка_2 + 3".utf8)
        let word = Words.word(in: bytes, at: 8)
        XCTAssertEqual(word?.text, "выручка_2")
        XCTAssertEqual(word?.start, 4)
        XCTAssertNil(Words.word(in: bytes, at: bytes.count), "a number is not a name")
        XCTAssertEqual(Words.word(in: bytes, at: 4 + 7 * 2 + 2)?.text, "выручка_2", "the word just before the cursor")
    }

    func testEnclosingDeclaration() {
        let kinds = ["segment", "market"]
        let text = Array("segment smb {\n  size: 1,\n  ch".utf8)
        XCTAssertEqual(Words.enclosingDeclaration(text, text.count, kinds: kinds), "segment")
        XCTAssertTrue(Words.atFieldKey(text, text.count))
        let value = Array("market { months: 2".utf8)
        XCTAssertEqual(Words.enclosingDeclaration(value, value.count, kinds: kinds), "market")
        XCTAssertFalse(Words.atFieldKey(value, value.count), "after the colon is a value")
        let record = Array("r = {a: 1, b".utf8)
        XCTAssertNil(Words.enclosingDeclaration(record, record.count, kinds: kinds))
        let closed = Array("segment smb { size: 1 }\nx".utf8)
        XCTAssertNil(Words.enclosingDeclaration(closed, closed.count, kinds: kinds))
    }
}
