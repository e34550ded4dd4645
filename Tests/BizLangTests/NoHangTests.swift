import XCTest
@testable import BizLang

/// Issue 16 item 4: values that share structure, long cell chains, top-level
/// appends and long lines of errors stay linear. The timings are in
/// benchmarks/no-hang.sh; these tests check the values and the bounds.
final class NoHangTests: XCTestCase {
    /// `xs = [xs, xs]` sixty times: 2^61 numbers if walked in full.
    func shared(_ name: String, levels: Int = 60) -> String {
        "\(name) = [1, 2]\nfor i in 1..\(levels) {\n  \(name) = [\(name), \(name)]\n}\n"
    }

    func testASharedValuePrintsCutAndBounded() throws {
        let rt = Interpreter()
        var printed = ""
        rt.output = { printed += $0 }
        _ = evalText(shared("xs") + "print(xs)\ns = str(xs)", in: rt)
        XCTAssertTrue(printed.hasPrefix(String(repeating: "[", count: 41) + "…, …]"), String(printed.prefix(80)))
        XCTAssertLessThanOrEqual(printed.utf8.count, Display.maxLength + 200)
        guard case .str(let s)? = rt.value(of: "s") else { return XCTFail("no s") }
        XCTAssertEqual(s + "\n", printed)
        // 100,000 bytes, most of them the three bytes of "…".
        XCTAssertEqual(evalText("len(str(xs))", in: rt), "71,476")
    }

    func testAListLongerThanTheLimitIsCut() {
        let rt = Interpreter()
        // 200 items of 1,000 letters each: 200 KB, printed as 100 KB and "…".
        let text = evalText("w = \"\(String(repeating: "a", count: 1000))\"\nstr([w] + map(range(199), fn(i) = w))", in: rt)
        XCTAssertTrue(text.hasSuffix("a…]"), String(text.suffix(20)))
        XCTAssertEqual(text.utf8.count, Display.maxLength + "…]".utf8.count)
    }

    func testSharedValuesCompareByStorage() {
        let rt = Interpreter()
        _ = evalText(shared("xs") + shared("ys") + shared("zs", levels: 59) + "zs = [zs, [zs[0], [1, 3]]]", in: rt)
        XCTAssertEqual(evalText("xs == xs", in: rt), "true")
        // Built separately: equal item by item, each pair of storages compared once.
        XCTAssertEqual(evalText("xs == ys", in: rt), "true")
        XCTAssertEqual(evalText("xs != ys", in: rt), "false")
        // One leaf differs, deep inside.
        XCTAssertEqual(evalText("xs == zs", in: rt), "false")
        XCTAssertEqual(evalText("[[1, 2], [3]] == [[1, 2], [3]]", in: rt), "true")
        XCTAssertEqual(evalText("[[1, 2], [3]] == [[1, 2], [4]]", in: rt), "false")
    }

    func testElementWiseArithmeticKeepsTheSharing() {
        let rt = Interpreter()
        _ = evalText(shared("xs") + "ys = xs * 2 + 1", in: rt)
        XCTAssertEqual(evalText("ys[1][0][1][0][1][0][1]", in: rt).prefix(20), "[[[[[[[[[[[[[[[[[[[[")
        XCTAssertEqual(evalText("ys == xs * 2 + 1", in: rt), "true")
        var deep = "ys"
        for _ in 0..<60 { deep += "[1]" }
        XCTAssertEqual(evalText(deep, in: rt), "[3, 5]")
        XCTAssertEqual(evalText("[[1, 2], [3]] * 2", in: rt), "[[2, 4], [6]]")
    }

    func testASharedValueIsTooLargeToExportAsJSON() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biz-nohang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rt = Interpreter()
        rt.settings.allowWrite = [dir.path]
        _ = evalText(shared("xs"), in: rt)
        let big = dir.appendingPathComponent("x.json").path
        XCTAssertEqual(evalText("export xs to \"\(big)\"", in: rt), """
            <repl>:1:8: error: this value is too large to export as JSON (over 100 MB)
              |
            1 | export xs to "\(big)"
              |        ^^

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: big))
        _ = evalText("export [[1, 2], [3]] to \"\(dir.path)/small.json\"", in: rt)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("small.json"), encoding: .utf8), "[[1, 2], [3]]\n")
        var counted: [UnsafeRawPointer: Int] = [:]
        guard let xs = rt.value(of: "xs") else { return XCTFail("no xs") }
        // 2^61 numbers in 2^61 - 1 lists, counted through 61 storages.
        XCTAssertEqual(Exporter.items(xs, &counted), (1 << 62) - 1)
        XCTAssertEqual(counted.count, 61)
    }

    /// `c1 = 1`, `c2 = c1 + 1`, … 10,000 cells (17 s before: each new cell
    /// walked the chain behind it looking for a cycle).
    func testAChainOfTenThousandCells() throws {
        let rt = Interpreter()
        var text = "c1 = 1\n"
        for i in 2...10_000 { text += "c\(i) = c\(i - 1) + 1\n" }
        try rt.run(SourceFile(name: "chain.biz", text: text), printResults: false)
        XCTAssertEqual(evalText("c10000", in: rt), "10,000")
        XCTAssertEqual(evalText("c5000", in: rt), "5,000")
        // Still a chain of dependencies: changing the first moves the last.
        _ = evalText("c1 = 101", in: rt)
        XCTAssertEqual(evalText("c10000", in: rt), "10,100")
        // And a cycle through it is still found.
        XCTAssertTrue(evalText("c1 = c10000", in: rt).contains("error: cycle: c1 → c10000 → c9999 → "))
        XCTAssertEqual(evalText("c1", in: rt), "101")
    }

    func testATopLevelAppendLoop() throws {
        let rt = Interpreter()
        try rt.run(SourceFile(name: "append.biz", text: """
            xs = []
            n = len(xs)
            s = ""
            for i in 1..5000 {
              xs = xs + [i]
              s = s + "ab"
            }
            ys = []
            for i in 1..1 {
              ys = xs
            }
            for i in 1..1 {
              xs = xs + [0]
            }
            """), printResults: false)
        XCTAssertEqual(evalText("len(xs)", in: rt), "5,001")
        XCTAssertEqual(evalText("xs[4999]", in: rt), "5,000")
        XCTAssertEqual(evalText("xs[5000]", in: rt), "0")
        XCTAssertEqual(evalText("len(ys)", in: rt), "5,000")
        XCTAssertEqual(evalText("n", in: rt), "5,001")
        XCTAssertEqual(evalText("len(s)", in: rt), "10,000")
    }

    /// In the REPL a loop appends in place too, and a failed entry still
    /// undoes it all.
    func testATopLevelAppendInTheREPLRollsBack() {
        let rt = Interpreter()
        _ = evalText("xs = [0]\nlast = xs[len(xs) - 1]", in: rt)
        _ = evalText("for i in 1..3000 {\n  xs = xs + [i]\n}", in: rt)
        XCTAssertEqual(evalText("len(xs)", in: rt), "3,001")
        XCTAssertEqual(evalText("last", in: rt), "3,000")
        XCTAssertTrue(evalText("for i in 1..10 {\n  xs = xs + [i]\n}\n1 / 0", in: rt).contains("division by zero"))
        XCTAssertEqual(evalText("len(xs)", in: rt), "3,001")
        XCTAssertEqual(evalText("last", in: rt), "3,000")
        // A list and something else still go the general way.
        XCTAssertTrue(evalText("for i in 1..2 {\n  xs = xs + \"a\"\n}", in: rt).contains("error: cannot use"))
        XCTAssertEqual(evalText("len(xs)", in: rt), "3,001")
    }

    /// A 1 MB line with 200 unknown names: five errors, then the count of
    /// the rest; each quoted line and message is cut to a window (it was
    /// 127 MB of output).
    func testErrorsOnOneLongLineAreCapped() {
        let names = (0..<200).map { "q\($0)" + String(repeating: "b", count: 5000) }
        let rt = Interpreter()
        let file = SourceFile(name: "long.biz", text: "a = 1\nx = [" + names.joined(separator: ", ") + "]\n")
        var diagnostics: [Diagnostic] = []
        do { try rt.run(file, printResults: false) } catch { diagnostics = error.items }
        XCTAssertEqual(diagnostics.count, 6)
        XCTAssertEqual(diagnostics.last?.text.render(.en), "too many errors: 195 more not shown")
        let rendered = diagnostics.map { $0.render() }.joined()
        XCTAssertLessThan(rendered.utf8.count, 6 * 1000)
        let lines = rendered.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("2 | …bbbb") && $0.hasSuffix("b…") }, rendered)
        XCTAssertTrue(lines.allSatisfy { $0.unicodeScalars.count < 2 * ExcerptWindow.maxColumns + 60 })
        XCTAssertTrue(lines[0].hasPrefix("long.biz:2:6: error: unknown name 'q0bbb"), String(lines[0].prefix(60)))
        XCTAssertTrue(lines[0].hasSuffix("b…"))
    }

    func testTheExcerptWindowKeepsTheCaretUnderTheSpan() {
        let text = String(repeating: "x", count: 300) + " + oops + " + String(repeating: "y", count: 300)
        let file = SourceFile(name: "w.biz", text: text)
        let start = 303
        let d = Diagnostic(Message.verbatim("here"), at: SourceSpan(file: file, start: start, end: start + 4))
        let lines = d.render().split(separator: "\n", omittingEmptySubsequences: false)
        let shown = Array(lines[2].dropFirst(4).unicodeScalars), marks = Array(lines[3].dropFirst(4).unicodeScalars)
        let caret = marks.firstIndex(of: "^") ?? -1
        XCTAssertEqual(String(String.UnicodeScalarView(shown[caret..<caret + 4])), "oops")
        XCTAssertEqual(marks.filter { $0 == "^" }.count, 4)
        XCTAssertEqual(shown.first, "…")
        XCTAssertEqual(shown.last, "…")
        XCTAssertEqual(shown.count, ExcerptWindow.maxColumns + 2)
        // A short line is shown whole, as before.
        let short = Diagnostic(Message.verbatim("here"), at: SourceSpan(file: SourceFile(name: "s.biz", text: "a + b"), start: 4, end: 5))
        XCTAssertEqual(short.render(), "s.biz:1:5: error: here\n  |\n1 | a + b\n  |     ^\n")
    }
}
