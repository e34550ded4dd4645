import XCTest
@testable import BizLang

final class LexerTests: XCTestCase {
    func kinds(_ text: String) -> [TokenKind] {
        var lexer = Lexer(file: SourceFile(name: "t", text: text))
        return lexer.tokenize().map(\.kind)
    }

    func testNumbersWithSuffixesAndUnderscores() {
        XCTAssertEqual(kinds("1_000_000 2.5k 1.2M 3B .5 1e6"), [.number(1e6), .number(2500), .number(1.2e6), .number(3e9), .number(0.5), .number(1e6), .end])
    }

    func testDotDotIsOneTokenAfterAnInteger() {
        XCTAssertEqual(kinds("80..120"), [.number(80), .symbol(.dotdot), .number(120), .end])
    }

    func testCurrencySymbolsAndKeywords() {
        XCTAssertEqual(kinds("$120 €5 ₽500 given"), [.currencySymbol("USD"), .number(120), .currencySymbol("EUR"), .number(5),
                                                      .currencySymbol("RUB"), .number(500), .keyword(.given), .end])
    }

    func testCyrillicNamesAndApprox() {
        XCTAssertEqual(kinds("выручка ≈ x ~= y"), [.name("выручка"), .symbol(.approx), .name("x"), .symbol(.approxAscii), .name("y"), .end])
    }

    func testStringInterpolationPieces() {
        let k = kinds("\"a {x} \\{b\"")
        guard case .string(let pieces) = k[0] else { return XCTFail("not a string: \(k)") }
        XCTAssertEqual(pieces.count, 3)
        XCTAssertEqual(pieces[0], .text("a "))
        XCTAssertEqual(pieces[2], .text(" {b"))
    }

    func testCommentsAndNewlinesCollapse() {
        XCTAssertEqual(kinds("a # note\n\n\nb"), [.name("a"), .newline, .name("b"), .end])
    }

    func testErrorsAreCollectedNotThrown() {
        var lexer = Lexer(file: SourceFile(name: "t", text: "a @ b \"open"))
        _ = lexer.tokenize()
        XCTAssertEqual(lexer.diagnostics.map(\.message), ["unexpected character '@'", "unterminated string"])
    }

    func testInvalidUTF8IsAnErrorNotACrash() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xFE, 0x62]
        var lexer = Lexer(file: SourceFile(name: "t", text: String(decoding: bytes, as: UTF8.self)))
        _ = lexer.tokenize()
        XCTAssertFalse(lexer.diagnostics.isEmpty)
    }

    func testHugeLiteralIsAnError() {
        var lexer = Lexer(file: SourceFile(name: "t", text: "1e999"))
        _ = lexer.tokenize()
        XCTAssertEqual(lexer.diagnostics.first?.message, "this number is too large")
    }
}
