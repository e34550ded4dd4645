import Foundation
import XCTest
@testable import BizLang

/// Numeric bodies (Runtime/NumericFunction.swift) must give exactly what the
/// general bodies give: every program here runs twice, with and without
/// numeric bodies, and must print the same text and the same errors (message,
/// file:line:col, caret, hints) — results, arithmetic errors, the step limit,
/// the depth limit, arguments that are not plain numbers, callees that change.
final class NumericFunctionTests: XCTestCase {
    /// What a script printed, then its rendered errors.
    static func run(_ text: String, numeric: Bool, maxSteps: Int? = nil, in rt: Interpreter? = nil) -> String {
        var settings = Settings()
        settings.maxSteps = maxSteps
        settings.numericBodies = numeric
        let rt = rt ?? Interpreter(settings: settings)
        var out = ""
        rt.output = { out += $0 }
        rt.errorOutput = { out += $0 }
        do { try rt.run(SourceFile(name: "t.biz", text: text)) } catch { out += error.items.map { $0.render() }.joined() }
        return out
    }

    /// Runs `text` both ways; returns what it printed (the same both ways).
    @discardableResult
    func same(_ text: String, maxSteps: Int? = nil, file: StaticString = #filePath, line: UInt = #line) -> String {
        let general = Self.run(text, numeric: false, maxSteps: maxSteps)
        let numeric = Self.run(text, numeric: true, maxSteps: maxSteps)
        XCTAssertEqual(numeric, general, file: file, line: line)
        return numeric
    }

    /// The numeric body of a top-level function, if it has one.
    func numericBody(_ name: String, in rt: Interpreter) -> NumericFunction? {
        guard case .function(let c)? = rt.value(of: name) else { return nil }
        return c.code.numeric
    }

    static let fib = "fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)\n"

    func testResults() {
        XCTAssertEqual(same(Self.fib + "print(fib(20))\nprint(fib(-3))\nprint(fib(2.5))\nprint(fib(0.5))"), "6,765\n-3\n2\n0.5\n")
        XCTAssertEqual(same("""
            fn floor_div(a, b) = if a < b then 0 else 1 + floor_div(a - b, b)
            fn gcd(a, b) = if b == 0 then a else gcd(b, a - b * floor_div(a, b))
            print(gcd(1071, 462))
            fn ack(m, n) = if m == 0 then n + 1 else if n == 0 then ack(m - 1, 1) else ack(m - 1, ack(m, n - 1))
            print(ack(2, 3))
            fn pick(a, b, c) = if a > b and not (b > c) or c == 0 then pick(a - 1, b, c) * -1 else a + b / c ^ 2
            print(pick(5, 2, 4))
            fn block(n) {
              if n <= 0 then 0 else block(n - 1) + n
            }
            print(block(100))
            """), "21\n9\n-2.125\n5,050\n")
    }

    /// Lambdas with a numeric body, called directly and from builtins.
    func testLambdas() {
        let out = same(Self.fib + """
            print(map([5, 10, 2.5], x => fib(x) * 2))
            step = (a, b) => if a > b then fib(a) else fib(b) - 1
            print(step(3, 7))
            print(reduce([1, 2, 3], 0, (s, x) => s + fib(x + 5)))
            print(map([1 USD], x => fib(x)))
            """)
        XCTAssertTrue(out.hasPrefix("[10, 110, 4]\n12\n42\nt.biz:1:16: error: cannot compare money (USD) with number\n"), out)
    }

    func testTheBodiesAreNumeric() {
        let rt = Interpreter()
        _ = Self.run(Self.fib + "fn twice(x) = x * 2\nfn sq(x) = twice(x) * x\nfn words(x) = str(x)", numeric: true, in: rt)
        XCTAssertNotNil(numericBody("fib", in: rt))
        XCTAssertNotNil(numericBody("sq", in: rt))
        XCTAssertNil(numericBody("twice", in: rt), "no call: nothing to gain")
        XCTAssertNil(numericBody("words", in: rt))
    }

    /// Arguments that are not plain numbers take the general body, with its
    /// results and errors: money, percents, strings.
    func testArgumentsThatAreNotPlainNumbers() {
        let text = Self.fib + """
            fn down(n) = if n <= 0 then n else down(n - 1)
            print(down(3.5))
            print(down(50%))
            print(fib("x"))
            """
        let out = same(text)
        XCTAssertTrue(out.hasPrefix("-0.5\n-0.5\nt.biz:1:16: error: cannot use '<' on string and number"), out)
        XCTAssertTrue(out.contains("t.biz:1:16"), out)
        let money = same(Self.fib + "print(fib(10 USD))")
        XCTAssertTrue(money.contains("cannot compare money (USD) with number"), money)
    }

    /// Errors inside numeric bodies: the general path's, at the same place.
    func testArithmeticErrors() {
        XCTAssertTrue(same("fn f(n) = if n < 1 then 1 / n else f(n - 1)\nprint(f(3))").contains("division by zero"))
        XCTAssertTrue(same("fn f(n) = if n < 1 then 2 ^ 5000 else f(n - 1)\nprint(f(3))").contains("too large"))
        XCTAssertTrue(same("fn f(n) = if n > 1e300 then n * n else f(n * 10)\nprint(f(1))").contains("too large"))
        XCTAssertTrue(same("fn f(n) = if n < 1 then (0 - 1) ^ 0.5 else f(n - 1)\nprint(f(2))").contains("not a number"))
        XCTAssertTrue(same("fn f(n) = if n < 1 then g(n) else f(n - 1)\nprint(f(2))").contains("unknown name"))
    }

    /// Calls and loops count the same steps: a limit one below what a run
    /// needs stops it at the same call, with the same error.
    func testStepLimit() {
        // fib(10) is 177 calls, h(30) 31, k one, and the two prints: 211
        // steps. h deoptimizes at k (not numeric) and runs again from the
        // start with the steps it took put back: at 209 the limit falls on
        // the call of k (4:25), as in the general body.
        let text = Self.fib + "print(fib(10))\nfn k(x) = [x]\nfn h(n) = if n < 1 then k(n) else h(n - 1)\nprint(h(30))"
        XCTAssertEqual(same(text, maxSteps: 211), "55\n[0]\n")
        XCTAssertTrue(same(text, maxSteps: 209).contains("t.biz:4:25: error: evaluation took more than 209 steps"))
        for limit in 150...210 {
            XCTAssertTrue(same(text, maxSteps: limit).contains("evaluation took more than \(limit) steps"), "\(limit)")
        }
    }

    /// The depth limit falls at the same call (on the large stack the `biz`
    /// command runs on, where the native stack is never the limit).
    func testDepthLimit() {
        final class Box: @unchecked Sendable { var general = "", numeric = "" }
        let box = Box()
        _ = runWithLargeStack {
            let text = "fn f(n) = if n < 0 then 0 else f(n + 1) + 1\nfn g(n) = if n > 19990 then n else g(n + 1)\nprint(g(0))\nprint(f(0))"
            box.general = NumericFunctionTests.run(text, numeric: false)
            box.numeric = NumericFunctionTests.run(text, numeric: true)
            return 0
        }
        XCTAssertEqual(box.numeric, box.general)
        XCTAssertTrue(box.numeric.contains("recursion is too deep (more than 20000 nested calls)"), box.numeric)
        XCTAssertTrue(box.numeric.contains("t.biz:1:32"), box.numeric)
        XCTAssertTrue(box.numeric.contains("19,991"), box.numeric)
    }

    /// A callee whose cell holds no numeric function makes the caller
    /// deoptimize: it runs its general body from the start, with the step
    /// count put back, and keeps to it.
    func testCalleesThatAreNotNumeric() {
        XCTAssertEqual(same("""
            fn k(x) = "leaf {x}"
            fn h(n) = if n < 1 then k(n) else h(n - 1)
            print(h(5))
            fn m(x) = x * 1 USD
            fn t(n) = if n < 1 then m(n + 2) else t(n - 1)
            print(t(3))
            fn wrong(a, b) = a + b
            fn u(n) = if n < 1 then wrong(n) else u(n - 1)
            print(u(2))
            """), "leaf 0\n2 USD\nt.biz:8:25: error: wrong needs the argument 'b'\n  |\n8 | fn u(n) = if n < 1 then wrong(n) else u(n - 1)\n  |                         ^^^^^^^^\n")
        let rt = Interpreter()
        _ = Self.run("fn k(x) = [x]\nfn h(n) = if n < 1 then k(n) else h(n - 1)\nprint(h(3))", numeric: true, in: rt)
        XCTAssertEqual(numericBody("h", in: rt)?.enabled, false)
    }

    /// A REPL session redefines a callee after the caller was compiled.
    func testRedefinedCallee() {
        func session(_ numeric: Bool) -> [String] {
            var settings = Settings()
            settings.numericBodies = numeric
            let rt = Interpreter(settings: settings)
            return ["fn g(x) = x + 1", "fn f(n) = g(n) * 2", "f(3)", "fn g(x) = x * 1 USD", "f(3)", "fn g(x) = \"s\"", "f(3)", "fn g(x) = x - 1", "f(3)"]
                .map { evalText($0, in: rt) }
        }
        XCTAssertEqual(session(true), session(false))
        XCTAssertEqual(session(true)[2], "8")
        XCTAssertEqual(session(true)[8], "4")
    }

    /// A stop requested while a numeric body runs (Ctrl-C, `--timeout`)
    /// stops it at a call, as it stops the general body.
    func testInterrupt() {
        let rt = Interpreter()
        rt.output = { _ in }
        Interrupt.clear()
        let stopper = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            Interrupt.request(.interrupt)
        }
        stopper.start()
        var message = ""
        do { try rt.run(SourceFile(name: "t.biz", text: "fn f(n) = if n > 0 then f(n - 1) + f(n - 1) else 0\nprint(f(60))")) } catch {
            message = error.items.first?.render() ?? ""
        }
        Interrupt.clear()
        XCTAssertTrue(message.hasPrefix("t.biz:1:25: error: interrupted") || message.hasPrefix("t.biz:1:36: error: interrupted"), message)
        XCTAssertNotNil(numericBody("f", in: rt))
        XCTAssertEqual(numericBody("f", in: rt)?.enabled, true)
    }
}
