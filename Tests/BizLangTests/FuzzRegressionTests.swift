import XCTest
@testable import BizLang

/// Inputs found by fuzzing (docs/FUZZING.md). Each must end in a diagnostic
/// (or a normal result), never a trap, a native stack overflow, a hang or a
/// giant allocation.
final class FuzzRegressionTests: XCTestCase {
    /// Runs a script as the fuzzer does and returns its diagnostics.
    @discardableResult
    func run(_ text: String, maxSteps: Int = 100_000, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        var settings = Settings()
        settings.maxSteps = maxSteps
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        do {
            try rt.run(SourceFile(name: "<fuzz>", text: text))
            return []
        } catch {
            for d in error.items { _ = d.render(color: false) }
            return error.items
        }
    }

    /// Asserts that a script fails with a diagnostic containing `message`.
    func assertFails(_ text: String, _ message: String, maxSteps: Int = 100_000, file: StaticString = #filePath, line: UInt = #line) {
        let diagnostics = run(text, maxSteps: maxSteps)
        XCTAssertFalse(diagnostics.isEmpty, "expected a diagnostic", file: file, line: line)
        XCTAssertTrue(diagnostics.contains { $0.message.contains(message) },
                      "expected '\(message)', got \(diagnostics.map(\.message))", file: file, line: line)
    }

    // MARK: Leaks

    /// Compiled code held the interpreter strongly and the interpreter held
    /// the code (cells, closures): every Interpreter leaked with its 6 MB
    /// value stack, and the fuzzer ran out of memory after a few hundred inputs.
    func testInterpreterIsFreedAfterRunningFunctionsAndCells() {
        weak var weakRT: Interpreter?
        do {
            let rt = Interpreter()
            rt.output = { _ in }
            weakRT = rt
            XCTAssertNoThrow(try rt.run(SourceFile(name: "t", text: """
                price = 100
                fn f(x) = x * price
                g = x => f(x) + 1
                total = g(2)
                expect total == 201
                """)))
        }
        XCTAssertNil(weakRT, "the interpreter leaked")
    }

    /// A `rate` declaration, a what-if kept in a cell and an output statement
    /// in a function captured the interpreter strongly in code kept in its
    /// own cells, so every interpreter that ran one leaked (with its value
    /// stack). Found by the fuzzer's `programs` mode: its memory grew by
    /// about 60 KB per program, and LeakSanitizer named the interpreter.
    func testInterpreterIsFreedAfterRatesWhatIfsAndOutputs() {
        let programs = [
            "rate USD = 60 RUB\nx = 5 USD in RUB",
            "rate USD = 55 RUB to 65 RUB\nx = 5 USD in RUB",
            "price = 100\nprofit = price * 3 - 50\nt = sweep price over 10..30 step 10: profit\ng = goal profit = 0 by price in 1..100",
            "fn f(x) {\n  show x\n  x\n}\ny = f(2)",
        ]
        for text in programs {
            weak var weakRT: Interpreter?
            do {
                let rt = Interpreter()
                rt.output = { _ in }
                weakRT = rt
                XCTAssertNoThrow(try rt.run(SourceFile(name: "t", text: text)), text)
            }
            XCTAssertNil(weakRT, "the interpreter leaked after: \(text)")
        }
    }

    // MARK: Parser recovery

    /// An error inside a block inside brackets reset the parser's newline
    /// stack to the top level; unwinding the brackets then popped an empty
    /// stack (a trap). Found by the fuzzer (crash-67742866).
    func testErrorInsideBlockInsideCallDoesNotTrap() {
        assertFails("d =  (R => mod({ n\u{FFFD}\u{FFFD}\u{8} = 1000 n. #0", "unexpected character")
        assertFails("x = (a => {\n  (1 +\n}\n)\ny = 2\n", "expected an expression")
    }

    /// The same reset set the nesting depth to 0, so errors at every level
    /// let blocks nest past the limit (and overflow the native stack).
    func testErrorsInsideNestedBlocksKeepTheNestingLimit() {
        let n = 3_000
        let text = "f = () => " + String(repeating: "{ @; () => ", count: n) + "1" + String(repeating: " }", count: n)
        assertFails(text, "nested too deeply")
    }

    /// 3,000 errors on one 33 KB line rendered 3,000 copies of the line:
    /// 100 MB of output and 36 s. Reports stop at 5 errors of one kind on a
    /// line (issue 16 item 4), and at 100 in all.
    func testErrorReportsAreCapped() {
        let text = String(repeating: "@ ", count: 5_000)
        let diagnostics = run(text)
        XCTAssertEqual(diagnostics.count, Interpreter.maxDiagnosticsPerLine + 1)
        XCTAssertEqual(diagnostics.last?.message, "too many errors: 4995 more not shown")
        let lines = (0..<400).map { _ in "@ @" }.joined(separator: "\n")
        let many = run(lines)
        XCTAssertEqual(many.count, Interpreter.maxDiagnostics + 1)
        XCTAssertEqual(many.last?.message, "too many errors: 700 more not shown")
    }

    // MARK: Deep recursion

    /// Runaway recursion on a thread with an ordinary 8 MB stack (tests, the
    /// fuzzer, hosts that do not use runWithLargeStack) must end with the
    /// interpreter's error, not a native stack overflow.
    func testRunawayRecursionOnAnOrdinaryStack() {
        assertFails("fn f(n) = f(n + 1)\nf(0)", "recursion is too deep")
        assertFails("fn f(n) = 1 + f(n + 1) * 2\nf(0)", "recursion is too deep")
        assertFails("fn f(n) { x = [n]; y = {a: f(n + 1)}; y }\nf(0)", "recursion is too deep")
    }

    // MARK: Tall trees from loops in the parser

    /// `1+1+…` is parsed by a loop but makes a tree as tall as the chain,
    /// which the compiler and the evaluator recurse over: chains count
    /// towards a limit, and the tallest allowed tree runs on an 8 MB stack.
    func testLongOperatorChainsAreLimited() {
        XCTAssertEqual(run("x = " + Array(repeating: "1", count: 1_000).joined(separator: "+") + "\nexpect x == 1000").map(\.message), [])
        assertFails("x = " + Array(repeating: "1", count: 1_500).joined(separator: "+"), "too long")
        assertFails("x = y" + String(repeating: ".a", count: 1_500), "too long")
        assertFails("x = f" + String(repeating: "()", count: 1_500), "too long")
        // The tallest tree: a full chain, then the deepest nesting.
        let chain = Array(repeating: "1", count: 960).joined(separator: "*")
        let nested = String(repeating: "(x => -", count: 31) + "1" + String(repeating: ")(1)", count: 31)
        XCTAssertEqual(run("x = " + chain + " * " + nested).map(\.message), [])
    }

    /// `2^2^2…` is right-associative: the parser recursed without counting.
    func testPowerTowersAreNestingLimited() {
        assertFails("x = " + Array(repeating: "1", count: 5_000).joined(separator: "^"), "nested too deeply")
    }

    // MARK: Quadratic blow-ups

    /// `xs = xs + [x]` copied the whole list every time: building 100k
    /// records took 343 s. It now appends in place when the list is not
    /// shared, with the same results.
    func testAppendingInALoopIsLinearAndKeepsValueSemantics() {
        XCTAssertEqual(run("""
            fn build(n) {
              xs = []
              s = ""
              i = 0
              while i < n { xs = xs + [i]; s = s + "ab"; i = i + 1 }
              [len(xs), len(s)]
            }
            expect build(200_000) == [200000, 400000]
            fn shared() {
              xs = [1]
              ys = xs
              xs = xs + [2]
              keep = () => xs
              xs = xs + [3]
              [ys, keep(), xs]
            }
            expect shared() == [[1], [1, 2, 3], [1, 2, 3]]
            fn others() {
              p = 100
              p = p + 20%
              m = 5 RUB
              m = m + 2 RUB
              [p, m]
            }
            expect others() == [120, 7 RUB]
            """, maxSteps: 1_000_000).map(\.message), [])
        assertFails("fn f() { m = 5 RUB\n m = m + 2 }\nf()", "cannot add")
    }
}
