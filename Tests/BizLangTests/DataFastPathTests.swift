import XCTest
@testable import BizLang
import BizFormat

/// The fast paths for data — interpolation of strings and scalars, the
/// one-argument builtin shortcut (`len`), counting characters — give the
/// same text, values, errors and step counts as the general paths.
final class DataFastPathTests: XCTestCase {
    func failures(_ text: String, maxSteps: Int? = nil) -> [String] { FastPathTests.failures(text, maxSteps: maxSteps) }

    func outputs(_ text: String, locale: OutputLocale = .en) -> [String] {
        var settings = Settings()
        settings.locale = locale
        let rt = Interpreter(settings: settings)
        var out: [String] = []
        rt.output = { out.append($0) }
        rt.errorOutput = { out.append("error: " + $0) }
        do { try rt.run(SourceFile(name: "t", text: text)) } catch { out += error.items.map { "error: " + $0.message } }
        return out
    }

    /// Each kind of value interpolates as `str` gives it (the general path).
    func testInterpolationAgreesWithStr() {
        let values = ["1234567", "-1234567", "0.1 + 0.2", "12.5", "1e20", "-0.0", "12.5 USD", "-1234.5 USD", "1000 RUB",
                      "0.004 USD", "20%", "5 RUB/month", "18 months", "\"text\"", "[1, 2.5 USD, \"a\"]",
                      "{a: 1, b: \"x\"}", "true", "if false { 1 }", "1..3", "1 / 3", "1e15 + 1", "len"]
        for locale in [OutputLocale.en, .ru] {
            for v in values {
                XCTAssertEqual(outputs("x = \(v)\nprint(\"<{x}>\" == \"<\" + str(x) + \">\")", locale: locale), ["true\n"], "\(v) in \(locale)")
            }
        }
        XCTAssertEqual(outputs("n = 1234567\nprint(\"item-{n}: {n * 0.5 USD} or {n * 2%}\")"),
                       ["item-1,234,567: 617,283.50 USD or 24,691.34\n"])
        XCTAssertEqual(outputs("n = 1234567\nprint(\"item-{n}: {n * 0.5 RUB}\")", locale: .ru), ["item-1 234 567: 617 283,50 ₽\n"])
    }

    /// A literal keeps its buffer between uses: a recursive use, an error
    /// half-way and a long result leave the next uses right.
    func testInterpolationBufferIsNotShared() {
        XCTAssertEqual(failures("""
            fn g(n) = if n > 0 { "<{n}{g(n - 1)}|{n}>" } else { "" }
            expect g(3) == "<3<2<1|1>|2>|3>"
            fn h(x) = "a{1 / x}b{x}"
            expect h(1) == "a1b1"
            r = h(0)
            expect h(4) == "a0.25b4"
            """), ["division by zero"])
        XCTAssertEqual(failures("""
            fn h(x) = "a{x}b{x}"
            s = "0123456789"
            for i in range(14) { s = s + s }
            expect len(h(s)) == 2 * len(s) + 2
            expect h(1) == "a1b1"
            expect h("é") == "aébé"
            expect h(12.5 USD) == "a12.50 USDb12.50 USD"
            """), [])
        XCTAssertEqual(failures("fn h(x) = \"a{1 / x}b\"\nh(0)"), ["division by zero"])
        // Long literals (a loop rather than a chain of closures), both sides of the limit.
        for n in [31, 32, 33, 200] {
            let literal = "\"" + (0..<n).map { "<{x + \($0)}>" }.joined() + "!\""
            let expected = "\"" + (0..<n).map { "<\($0)>" }.joined() + "!\""
            XCTAssertEqual(failures("fn f(x) = \(literal)\nexpect f(0) == \(expected)"), [], "\(n) pieces")
        }
    }

    /// `with` of one, two and more fields (CompileWith.swift): field order,
    /// values, the base left alone, evaluation order and errors.
    func testWithOfEveryWidth() {
        XCTAssertEqual(failures("""
            base = {a: 1, b: 2, c: 3}
            expect keys(base with {b: 5}) == ["a", "b", "c"]
            expect (base with {b: 5}) == {a: 1, b: 5, c: 3}
            expect keys(base with {d: 4}) == ["a", "b", "c", "d"]
            expect keys(base with {d: 4, b: 0}) == ["a", "b", "c", "d"]
            expect (base with {d: 4, b: 0}) == {a: 1, b: 0, c: 3, d: 4}
            expect keys(base with {e: 1, d: 2}) == ["a", "b", "c", "e", "d"]
            expect (base with {c: 7, a: 8}) == {a: 8, b: 2, c: 7}
            expect keys(base with {c: 7, a: 8, f: 9}) == ["a", "b", "c", "f"]
            expect (base with {c: 7, a: 8, f: 9, b: 0}) == {a: 8, b: 0, c: 7, f: 9}
            expect base == {a: 1, b: 2, c: 3}
            expect str(base with {b: "x", z: [1, 2]}) == str({a: 1, b: "x", c: 3, z: [1, 2]})
            expect str(base with {z: 1}) != str({z: 1, a: 1, b: 2, c: 3})
            fn grow(r) = r with {n: len(r), last: r}
            expect keys(grow(grow({}))) == ["n", "last"]
            expect grow(grow({})).last == {n: 0, last: {}}
            xs = map(range(3), i => base with {a: i})
            expect map(xs, r => r.a) == [0, 1, 2]
            """), [])
        XCTAssertEqual(outputs("r = {a: 1} with {b: print(\"one\"), c: print(\"two\")}\nprint(keys(r))"),
                       ["one\n", "two\n", "[\"a\", \"b\", \"c\"]\n"])
        XCTAssertEqual(failures("x = 5 with {a: 1}"), ["'with' copies a record or a model object, not number"])
        XCTAssertEqual(failures("x = [1] with {a: 1, b: 2}").count, 1)
        XCTAssertEqual(failures("x = {a: 1} with {b: 1 / 0}"), ["division by zero"])
        XCTAssertEqual(failures("x = {a: 1} with {a: 2, b: 1 / 0}"), ["division by zero"])
    }

    /// `map`, `filter` and `reduce` take the callee's code out once
    /// (ItemCall): closures that take other arguments, builtins and named
    /// functions still go through `apply`, with its results and errors.
    func testItemCallsOfEveryKind() {
        XCTAssertEqual(failures("""
            expect reduce([3, 1, 2], 0, max) == 3
            expect map(["ab", "c"], len) == [2, 1]
            fn big(o) = o.qty > 1
            expect len(filter([{qty: 1}, {qty: 2}, {qty: 3}], big)) == 2
            k = 10
            expect map([1, 2], x => x + k) == [11, 12]
            expect reduce([1, 2, 3], [], (acc, x) => acc + [x * 2]) == [2, 4, 6]
            expect reduce([], 7, (a, x) => a + x) == 7
            """), [])
        XCTAssertEqual(failures("reduce([1, 2], 0, (a, x) => a / (x - 2))"), ["division by zero"])
        XCTAssertEqual(failures("filter([1, 2], x => if x > 1 { \"yes\" } else { true })").count, 1)
        XCTAssertEqual(failures("reduce(range(10000), 0, (a, x) => a + x)", maxSteps: 1_000), ["evaluation took more than 1000 steps"])
    }

    /// `len` through its shortcut and through the general call (the same
    /// builtin held in a cell): the same values, the same errors.
    func testLenShortcutAgreesWithTheGeneralCall() {
        XCTAssertEqual(failures("""
            f = len
            for x in ["", "abc", "naïve", "a\\nb", [1, 2, 3], [], {a: 1, b: 2}] {
              expect len(x) == f(x)
            }
            expect len("item-1,234") == 10
            expect len("привет") == 6
            expect len({a: 1} with {b: 2, c: 3}) == 3
            """), [])
        XCTAssertEqual(failures("len(5)"), failures("f = len\nf(5)"))
        XCTAssertEqual(failures("len(5)").count, 1)
        XCTAssertEqual(failures("len()"), failures("f = len\nf()"))
        XCTAssertEqual(failures("len([1], [2])"), failures("f = len\nf([1], [2])"))
        XCTAssertEqual(failures("map(range(10000), i => len(\"ab\"))", maxSteps: 1_000), ["evaluation took more than 1000 steps"])
    }

    /// Characters counted from ASCII bytes are the grapheme clusters that
    /// `String.count` finds; anything else takes `String.count`.
    func testCharacterCountIsStringCount() {
        let samples = ["", "a", "abc", "item-1,234", "a\r\nb", "\r\n", "\r", "\n\r", "tab\there", "naïve", "nai\u{308}ve",
                       "🇷🇺🇺🇸", "👩‍👩‍👧", "привет", "e\u{301}", String(repeating: "x", count: 1000) + "\r\n",
                       String(repeating: "long ascii text ", count: 100)]
        for s in samples { XCTAssertEqual(characterCount(s), s.count, s.debugDescription) }
        for b in 0..<128 {
            let s = "a" + String(UnicodeScalar(UInt8(b))) + "b\n"
            XCTAssertEqual(characterCount(s), s.count, "byte \(b)")
        }
    }
}
