import XCTest
@testable import BizFormat

final class TableTests: XCTestCase {
    func testDisplayWidth() {
        XCTAssertEqual(displayWidth("выручка"), 7)
        XCTAssertEqual(displayWidth("e\u{301}"), 1)      // combining acute
        XCTAssertEqual(displayWidth("日本"), 4)
        XCTAssertEqual(displayWidth("👍🏽"), 2)
        XCTAssertEqual(displayWidth("❤️"), 2)            // VS16 emoji presentation
        XCTAssertEqual(displayWidth("█▉─│▁"), 5)
        XCTAssertEqual(displayWidth("a\u{200B}b"), 2)    // zero-width space
        XCTAssertEqual(displayWidth(""), 0)
    }

    func testCyrillicTableAutoAlignsNumbers() {
        let table = renderTable(headers: ["сегмент", "клиенты", "выручка"],
                                rows: [["smb", "1 500", "150 000 ₽"],
                                       ["корпоративные", "20", "1 200 000,50 ₽"],
                                       ["日本", "-3", "∞ ₽"]])
        XCTAssertEqual(table, """
            сегмент        клиенты         выручка
            ─────────────  ───────  ──────────────
            smb              1 500       150 000 ₽
            корпоративные       20  1 200 000,50 ₽
            日本                -3             ∞ ₽
            """)
    }

    func testExplicitAlignmentsTitleAndOneLineCells() {
        let table = renderTable(title: "Итоги", headers: ["name", "note"],
                                rows: [["a\nb", "e\u{301}"]], alignments: [.center, .right])
        XCTAssertEqual(table, """
            Итоги
            name  note
            ────  ────
            a b      é
            """)
    }

    func testRaggedRowsAndEmptyInputs() {
        XCTAssertEqual(renderTable(headers: ["a"], rows: [["x", "1"], []]), "a\n─  ─\nx  1\n")
        XCTAssertEqual(renderTable(headers: [], rows: []), "")
        XCTAssertEqual(renderTable(title: "empty", headers: [], rows: []), "empty")
        XCTAssertEqual(renderTable(headers: [], rows: [["1", "b"]]), "1  b")
    }

    func testNumericDetection() {
        for cell in ["1,234", "-5 RUB", "4.17%", "₽500", "$5", "∞", "-∞", "NaN", "+3"] {
            XCTAssertTrue(looksNumeric(cell), cell)
        }
        for cell in ["smb", "", "-", "x1", "RUB 5"] {
            XCTAssertFalse(looksNumeric(cell), cell)
        }
    }

    func testHugeCyrillicTableKeepsColumnsAligned() {
        let rows = (0..<1000).map { i in
            ["сегмент №\(i)", formatMoney(Double(i) * 1234.5, currency: "RUB", locale: .ru),
             formatPercent(Double(i) / 1000, locale: .ru)]
        }
        let lines = renderTable(headers: ["название", "выручка", "доля"], rows: rows)
            .split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 1002)
        // Every right-aligned last column ends at the same display column.
        let widths = Set(lines.map { displayWidth(String($0)) })
        XCTAssertEqual(widths, [displayWidth(String(lines[0]))])
        XCTAssertEqual(String(lines[1001]), "сегмент №999  1 233 265,50 ₽  99,9%")
    }
}
