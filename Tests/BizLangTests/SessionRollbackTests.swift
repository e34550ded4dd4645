import XCTest
@testable import BizLang

/// Issue 16 item 6: a failed REPL entry changes nothing — also the
/// variables closures captured — and redefining a cell from itself forever
/// (`n = n + 1`) reuses two hidden cells instead of filling the table.
final class SessionRollbackTests: XCTestCase {
    func makeCounter(in rt: Interpreter) {
        XCTAssertEqual(evalText("""
            fn counter() {
              n = 0
              () => { n = n + 1
                n }
            }
            k = counter()
            """, in: rt), "")
    }

    func testAFailedEntryRollsBackCapturedVariables() {
        let rt = Interpreter()
        makeCounter(in: rt)
        XCTAssertEqual(evalText("k()", in: rt), "1")
        XCTAssertTrue(evalText("k(); k(); 1/0", in: rt).contains("error: division by zero"))
        XCTAssertEqual(evalText("k()", in: rt), "2", "the failed line's two calls are undone")
        // Many writes in one failed entry: the first old value is what comes back.
        XCTAssertTrue(evalText("for i in 1..1000 { k() }; 1/0", in: rt).contains("error: division by zero"))
        XCTAssertEqual(evalText("k()", in: rt), "3")
        // A committed entry keeps them.
        XCTAssertEqual(evalText("k(); k()", in: rt), "5")
        XCTAssertEqual(evalText("k()", in: rt), "6")
    }

    /// `given` leaves the session unchanged too (LANGUAGE.md §5).
    func testGivenRollsBackCapturedVariables() {
        let rt = Interpreter()
        makeCounter(in: rt)
        XCTAssertEqual(evalText("x = 1", in: rt), "")
        XCTAssertEqual(evalText("k() + x given x = 10", in: rt), "11")
        XCTAssertEqual(evalText("k()", in: rt), "1")
    }

    /// A captured list appended to in a loop still grows in place after the
    /// journal holds its first value (the loop would be quadratic otherwise;
    /// here the values show it is right).
    func testCapturedListAppendsAndRollsBack() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("""
            fn collector() {
              xs = []
              (x) => { xs = xs + [x]
                len(xs) }
            }
            add = collector()
            """, in: rt), "")
        XCTAssertEqual(evalText("add(1)", in: rt), "1")
        XCTAssertTrue(evalText("for i in 1..500 { add(i) }; 1/0", in: rt).contains("division by zero"))
        XCTAssertEqual(evalText("add(2)", in: rt), "2")
    }

    func testRedefiningACellFromItselfReusesItsHiddenCells() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("n = 0", in: rt), "")
        let before = rt.cells.count
        for _ in 0..<(CellTable.capacity + 100) {
            guard evalText("n = n + 1", in: rt) == "" else { return XCTFail(evalText("n = n + 1", in: rt)) }
        }
        XCTAssertEqual(evalText("n", in: rt), "65,636")
        XCTAssertLessThanOrEqual(rt.cells.count, before + 3, "two hidden cells for n, and _")
    }

    /// A whole script of self-redefinitions is compiled before it runs: the
    /// pair works there too, statement after statement.
    func testAScriptOfSelfRedefinitionsFitsTheTable() throws {
        let rt = Interpreter()
        var printed = ""
        rt.output = { printed += $0 }
        let lines = ["n = 1"] + Array(repeating: "n = n * 2", count: 10) + ["m = n + 1"]
            + Array(repeating: "n = n + 1", count: CellTable.capacity) + ["[n, m]"]
        try rt.run(SourceFile(name: "t.biz", text: lines.joined(separator: "\n")))
        XCTAssertEqual(printed, "[66,560, 66,561]\n")   // 1024 + 65,536; m follows n
        XCTAssertLessThan(rt.cells.count, 10)
    }

    /// Dependents see each definition's frozen value, as before the reuse.
    func testFrozenValuesStayRightWhenTheHiddenCellsAlternate() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("a = 1; b = a * 10", in: rt), "")
        XCTAssertEqual(evalText("a = a + 1", in: rt), "")
        XCTAssertEqual(evalText("b", in: rt), "20")
        XCTAssertEqual(evalText("a = a + 1; a = a + 1", in: rt), "")
        XCTAssertEqual(evalText("b", in: rt), "40")
        XCTAssertEqual(evalText("a = a * 100", in: rt), "")
        XCTAssertEqual(evalText("[a, b]", in: rt), "[400, 4,000]")
        XCTAssertEqual(evalText("b given a = 7", in: rt), "70")
        XCTAssertTrue(evalText("a = a + 1; 1/0", in: rt).contains("division by zero"))
        XCTAssertEqual(evalText("a = a + 1", in: rt), "")
        XCTAssertEqual(evalText("[a, b]", in: rt), "[401, 4,010]")
    }

    /// A closure on the right side keeps reading the value it froze, even
    /// after the name is redefined from itself twice more.
    func testAClosureThatReadsTheFrozenValueKeepsIt() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("""
            fn holder() {
              v = 0
              {set: (x) => { v = x }, get: () => v}
            }
            h = holder()
            g = 5
            g = [() => g]
            """, in: rt), "")
        XCTAssertEqual(evalText("h.set(g[0])", in: rt), "nothing")
        XCTAssertEqual(evalText("g = 1; g = g + 1; g = g + 1; g = g + 1", in: rt), "")
        XCTAssertEqual(evalText("[h.get()(), g]", in: rt), "[5, 4]")
    }
}
