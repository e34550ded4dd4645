import XCTest
@testable import BizLang

/// The interpreter's fast paths (plain-number arithmetic on locals and
/// literals, positional calls of closures, in-place appends) must give the
/// same results and errors as the general paths they bypass.
final class FastPathTests: XCTestCase {
    func failures(_ text: String, maxSteps: Int? = nil) -> [String] { Self.failures(text, maxSteps: maxSteps) }

    static func failures(_ text: String, maxSteps: Int? = nil) -> [String] {
        var settings = Settings()
        settings.maxSteps = maxSteps
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        var messages: [String] = []
        rt.errorOutput = { messages.append($0) }
        do { try rt.run(SourceFile(name: "t", text: text)) } catch { messages += error.items.map(\.message) }
        return messages
    }

    /// `<=` and `>=` compare to 12 significant digits like `==`, on every path
    /// (the old fast path said `0.1 + 0.2 <= 0.3` was false).
    func testComparisonsAgreeWithEquality() {
        XCTAssertEqual(failures("""
            expect 0.1 + 0.2 <= 0.3
            expect 0.3 >= 0.1 + 0.2
            x = 0.1 + 0.2
            expect x <= 0.3
            fn f(a, b) = [a <= b, b >= a, a < b, a > b, a == b]
            expect f(0.1 + 0.2, 0.3) == [true, true, false, true, true]   # as the general path: < and > are exact
            fn g(a) = [a <= 0.3, 0.3 >= a]
            expect g(0.1 + 0.2) == [true, true]
            """), [])
    }

    func testArithmeticErrorsAreTheSameOnLocals() {
        XCTAssertEqual(failures("fn f(a) = a / 0\nf(1)"), ["division by zero"])
        XCTAssertEqual(failures("fn f(a, b) = a * b\nf(1e200, 1e200)"), ["the result is too large"])
        XCTAssertEqual(failures("fn f(a) = a + 1\nf(5 RUB)").first?.contains("RUB") ?? false, true)
        XCTAssertEqual(failures("fn f(a) = a - 20%\nexpect f(1000) == 800\nfn g(a, b) = a + b\nexpect g(20%, 5%) == 25%"), [])
    }

    func testCallsKeepArgumentsDefaultsAndCaptures() {
        XCTAssertEqual(failures("""
            fn add(a, b = 2) = a + b
            expect add(1) == 3
            expect add(1, 5) == 6
            expect add(1, b: 7) == 8
            fn adder(n) = x => x + n
            plus3 = adder(3)
            expect plus3(4) == 7
            fn early(x) {
              if x > 0 { return "positive" }
              "other"
            }
            expect early(1) == "positive"
            expect early(-1) == "other"
            fn three(a, b, c) = a * 100 + b * 10 + c
            expect three(1, 2, 3) == 123
            """), [])
        XCTAssertEqual(failures("fn f(a) = a\nf(1, 2)"), ["f takes 1 argument, not 2"])
        XCTAssertEqual(failures("fn f(a, b) = a\nf(1)"), ["f needs the argument 'b'"])
    }

    /// Closures called by `map`, `filter` and `reduce` take the fast call
    /// when they can, the general one (defaults, captures, the stdlib's
    /// errors at the caller) otherwise.
    func testCallsFromBuiltins() {
        XCTAssertEqual(failures("""
            fn scale(xs, k) = map(xs, x => x * k)
            expect scale([1, 2], 3) == [3, 6]
            expect map([1, 2], (x, y = 10) => x + y) == [11, 12]
            expect filter([1, 2, 3], x => x != 2) == [1, 3]
            expect reduce([1, 2, 3], 0 USD, (s, x) => s + x * 1 USD) == 6 USD
            fn twice(x) = 2 * x
            expect map([1, 2], twice) == [2, 4]
            expect map([100, 200], x => margin(x, 50)) == [0.5, 0.75]
            """), [])
        XCTAssertEqual(failures("map([1], (a, b) => a)"), ["lambda needs the argument 'b'"])
        XCTAssertEqual(failures("reduce([1], 0, x => x)"), ["lambda takes 1 argument, not 2"])
        XCTAssertEqual(failures("map([1], margin)"), ["margin needs the argument 'cost'"])
        XCTAssertEqual(failures("filter([1], x => 1)").count, 1)
        XCTAssertEqual(failures("map(range(10000), x => x)", maxSteps: 1_000), ["evaluation took more than 1000 steps"])
    }

    /// `mod` on two scalars skips the BuiltinCall; every case gives what
    /// the builtin's body gives.
    func testModShortcut() {
        XCTAssertEqual(failures("""
            fn m(a, b) = mod(a, b)
            expect m(7, 3) == 1
            expect m(-7, 3) == 2
            expect m(7.5, 2) == 1.5
            expect m(6, 3) == 0
            expect m(7, -3) == 1
            expect m(1e17, 7) == mod(1e17 + 0, 7)
            expect m(50%, 1) == 0.5
            """), [])
        XCTAssertEqual(failures("fn m(a, b) = mod(a, b)\nm(1, 0)"), failures("mod(1, 0)"))
        XCTAssertEqual(failures("fn m(a, b) = mod(a, b)\nm(1 USD, 2)"), failures("mod(1 USD, 2)"))
        XCTAssertEqual(failures("mod(1, 0)").count, 1)
        XCTAssertEqual(failures("mod(1 USD, 2)").count, 1)
        XCTAssertEqual(failures("fn m(a, b) = mod(a, b)\nmap(range(10000), i => m(i, 7))", maxSteps: 1_000), ["evaluation took more than 1000 steps"])
    }

    /// `modulo`'s integer lane gives what the floating remainder gives,
    /// at the edges of that lane too (2^53, fractions, signs, infinities).
    func testModuloAgreesWithTheFloatingRemainder() {
        let values: [Double] = [0, 1, 2, 3, 7, 7.5, 0.1, 1e15, 0x1p53 - 1, 0x1p53, 0x1p53 + 2, 1e17, -7, -0.5, .infinity, -.infinity, .nan]
        for a in values {
            for b in values where b != 0 {
                let r = a.truncatingRemainder(dividingBy: b)
                let expected = r < 0 ? r + Swift.abs(b) : r
                let got = modulo(a, b)
                XCTAssertTrue(got == expected || got.isNaN && expected.isNaN, "mod(\(a), \(b)) = \(got), not \(expected)")
            }
        }
    }

    /// Blocks of any length run every statement in order and give the last
    /// one's value (compiled four at a time, CompileStmt.compileSequence).
    func testBlocksOfEveryLength() {
        for n in 1...9 {
            let body = (1...n).map { k in k == 1 ? "  x1 = 1" : "  x\(k) = x\(k - 1) + \(k)" }.joined(separator: "\n")
            XCTAssertEqual(failures("fn f() {\n\(body)\n  [x\(n), len([\((1...n).map { "x\($0)" }.joined(separator: ", "))])]\n}\nexpect f() == [\(n * (n + 1) / 2), \(n)]"), [], "\(n) statements")
        }
        XCTAssertEqual(failures("fn f() {\n  a = 1\n  b = 2\n  c = 3\n  d = 4\n  e = a + b + c + d\n  e * 2\n}\nexpect f() == 20"), [])
    }

    func testFastCallsCountStepsAndDepth() {
        XCTAssertEqual(failures("fn f(n) = f(n + 1)\nf(0)", maxSteps: 1_000), ["evaluation took more than 1000 steps"])
        XCTAssertEqual(failures("fn f(n) = f(n + 1)\nf(0)").first?.hasPrefix("recursion is too deep") ?? false, true)
    }

    /// A cell holding the function being called may be reassigned during
    /// the call; the call goes on with the closure it started with.
    func testCalleeCellReassignedDuringTheCall() {
        XCTAssertEqual(failures("""
            g = 0
            fn f(x) {
              g = 1
              f = 5
              x + 1
            }
            expect f(1) == 2
            expect f == 5
            """), [])
    }

    /// `x = x + expr` on a scalar local with any right side (a field, a
    /// call): the slot is read before the right side, as the general path
    /// reads it, and units, typed percents and errors are the general path's.
    func testScalarAppendOfAnyRightSide() {
        XCTAssertEqual(failures("""
            fn f() {
              total = 0 USD
              for row in [{a: 1 USD}, {a: 2.5 USD}] { total = total + row.a }
              n = 100
              n = n + 5% * 2
              p = 100
              p = p + (5%)
              s = 1
              s = s + {
                s = 10
                2
              }
              c = 1
              c = c + [1, 2]
              [total, n, p, s, c]
            }
            expect f() == [3.5 USD, 100.1, 105, 3, [2, 3]]
            """), [])
        XCTAssertEqual(failures("fn f() {\n  x = 1\n  x = x + \"a\"\n  x\n}\nf()"), ["cannot use '+' on number and string"])
        XCTAssertEqual(failures("fn f(r) {\n  x = 1 USD\n  x = x + r.a\n  x\n}\nf({a: 1 EUR})").first?.contains("EUR") ?? false, true)
    }

    /// `total = total + row.field` with `row` a local reads the field in
    /// place; every case the fast lane leaves gives the general result.
    func testAccumulatingAFieldOfALocal() {
        XCTAssertEqual(failures("""
            fn f(rows) {
              total = 0 USD
              n = 100
              for row in rows {
                total = total + row.amount
                n = n + row.share
              }
              [total, n]
            }
            expect f([{amount: 1 USD, share: 5%}, {share: 1, amount: 2.5 USD}]) == [3.5 USD, 101.05]
            fn g(r) {
              keep = () => r
              x = 1
              x = x + r.a
              y = [1]
              y = y + r.b
              [x, y, keep().a]
            }
            expect g({a: 2, b: [3]}) == [3, [1, 3], 2]
            """), [])
        XCTAssertEqual(failures("fn f(r) {\n  x = 1\n  x = x + r.b\n  x\n}\nf({a: 1})"), ["this record has no field 'b'"])
        XCTAssertEqual(failures("fn f(r) {\n  x = 1\n  x = x + r.b\n  x\n}\nf(5)"), failures("5.b"))
        XCTAssertEqual(failures("fn f(r) {\n  x = 1 USD\n  x = x + r.a\n  x\n}\nf({a: 1 EUR})"), failures("1 USD + 1 EUR"))
    }

    /// `for x in call(…)` moves the items of the list the call returns
    /// (CompileStmt.compileFor): a list that someone else still holds is
    /// left as it was, a `return` from inside the loop and an error in it
    /// leave nothing behind, and other sequences loop as before.
    func testLoopsOverTheValueOfACall() {
        XCTAssertEqual(failures("""
            xs = [{a: 1}, {a: 2}, {a: 3}]
            fn get() = xs
            fn sum() {
              total = 0
              for r in get() { total = total + r.a }
              total
            }
            expect sum() == 6
            expect xs == [{a: 1}, {a: 2}, {a: 3}]
            fn fresh(n) = map(range(n), i => {a: i})
            fn firstOver(k) {
              for r in fresh(10) {
                if r.a > k then { return r }
              }
              {a: -1}
            }
            expect firstOver(4) == {a: 5}
            expect firstOver(20) == {a: -1}
            fn keepAll() {
              kept = []
              for r in fresh(3) { kept = kept + [r] }
              kept
            }
            expect keepAll() == [{a: 0}, {a: 1}, {a: 2}]
            fn lo(n) = 1..n
            fn count() {
              k = 0
              for i in lo(4) { k = k + i }
              k
            }
            expect count() == 10
            """), [])
        XCTAssertEqual(failures("fn get() = [1, \"a\"]\nfn f() {\n  t = 0\n  for x in get() { t = t + x }\n  t\n}\nf()"),
                       ["cannot use '+' on number and string"])
        XCTAssertEqual(failures("fn get() = 5\nfn f() {\n  for x in get() { x }\n}\nf()"), failures("for x in 5 { x }"))
    }

    func testAppendsAndFieldReadsOnLocals() {
        XCTAssertEqual(failures("""
            fn f() {
              xs = [1]
              g = () => xs
              xs = xs + [2]
              ys = []
              ys = ys + [{ ys = [9]; 1 }]
              r = {a: 1}
              [g(), ys, r.a, xs + [3]]
            }
            expect f() == [[1, 2], [1], 1, [1, 2, 3]]
            fn h(r) = r.b
            """), [])
        XCTAssertEqual(failures("fn h(r) = r.b\nh({a: 1})"), ["this record has no field 'b'"])
        // A number and a list combine element-wise (LANGUAGE.md v1.1 §4).
        XCTAssertEqual(failures("fn h(xs) { xs = xs + [1]; xs }\nexpect h(5) == [6]"), [])
        XCTAssertEqual(failures("fn h(xs) { xs = xs + [1]; xs }\nh(true)"), ["cannot use '+' on bool and list"])
    }

    /// `x = a op b` on three locals (CompileSlotStore.swift) stores what the
    /// unfused store stores: plain numbers, units, counts, a captured
    /// target or operand (a box), a target that held a list, and the
    /// general path's errors and values for every other pair.
    func testFusedStoresOnLocals() {
        XCTAssertEqual(failures("""
            fn f(a, b) {
              s = a + b
              d = a - b
              m = a * b
              q = a / b
              [s, d, m, q]
            }
            expect f(6, 3) == [9, 3, 18, 2]
            fn g(pay, r) {
              balance = pay * 10
              interest = balance * r
              paid = pay - interest
              balance = balance - paid
              [interest, paid, balance]
            }
            expect g(100 USD, 0.01) == [10 USD, 90 USD, 910 USD]
            expect g(100 USD, 1%) == [10 USD, 90 USD, 910 USD]
            fn share(a, p) {
              x = a * p
              y = p * a
              z = p + p
              [x, y, z]
            }
            expect share(200 USD, 10%) == [20 USD, 20 USD, 20%]
            fn listed(a, b) {
              x = [1, 2]
              x = a + b
              x
            }
            expect listed(1, 2) == 3
            fn mixed(a, b) {
              x = a + b
              x
            }
            expect mixed([1, 2], 1) == [2, 3]
            expect mixed("a", "b") == "ab"
            fn boxed(a, b) {
              x = 0
              get = () => x
              x = a * b
              y = get()
              a = a + b
              [x, y, a]
            }
            expect boxed(2, 3) == [6, 6, 5]
            fn captured(a, b) {
              inc = () => { a = a + 1; a }
              inc()
              c = a + b
              c
            }
            expect captured(1, 10) == 12
            """), [])
        XCTAssertEqual(failures("fn f(a, b) {\n  x = a / b\n  x\n}\nf(1, 0)"), ["division by zero"])
        XCTAssertEqual(failures("fn f(a, b) {\n  x = a + b\n  x\n}\nf(1 USD, 1 RUB)"), failures("1 USD + 1 RUB"))
        XCTAssertEqual(failures("fn f(a, b) {\n  x = a * b\n  x\n}\nf(1e200, 1e200)"), ["the result is too large"])
        XCTAssertEqual(failures("fn f(a, b) {\n  x = a - b\n  x\n}\nf(1, true)"), failures("1 - true"))
    }

    /// A record literal of locals only is read from the slots: the same
    /// record, captured variables included.
    func testRecordLiteralsOfLocals() {
        XCTAssertEqual(failures("""
            fn f(m, interest) {
              paid = interest * 2
              get = () => paid
              r = {month: m, interest: interest, paid: paid}
              [r, r.paid, get(), {only: m}]
            }
            expect f(3, 5 USD) == [{month: 3, interest: 5 USD, paid: 10 USD}, 10 USD, 10 USD, {only: 3}]
            """), [])
    }

    /// The conditions of `while` and `if` (CompileNumeric.compileCondition):
    /// every shape of operands, units, 12-digit `<=`, and the errors of a
    /// condition that is not true or false, as the general path gives them.
    func testConditionsOnEveryShape() {
        XCTAssertEqual(failures("""
            fn count(n) {
              i = 0
              k = 0
              while i < n { i = i + 1; k = k + 1 }
              while 0 < i { i = i - 1 }
              while i * 2 <= 10 { i = i + 1 }
              while i + 0 >= i - 3 + k * 0 and i < 100 { i = i + 10 }
              [i, k]
            }
            expect count(5) == [106, 5]
            fn pay(total, limit) {
              while total < limit { total = total + 10 USD }
              total
            }
            expect pay(0 USD, 35 USD) == 40 USD
            fn small(p) = if p < 0.05 then "small" else "big"
            expect [small(3%), small(7%), small(0.01)] == ["small", "big", "small"]
            fn over(p) = if 0.05 <= p then "over" else "under"
            expect [over(5%), over(4.9%)] == ["over", "under"]
            fn le(x) = if x <= 0.3 then "le" else "gt"
            expect le(0.1 + 0.2) == "le"
            expect le(0.31) == "gt"
            fn ge(a, b) = if a >= b then 1 else 2
            expect ge(0.3, 0.1 + 0.2) == 1
            expect ge(3%, 0.05) == 2
            fn noElse(x) = if 2 > x then "small"
            expect noElse(1) == "small"
            expect str(noElse(3)) == "nothing"
            """), [])
        XCTAssertEqual(failures("fn f(a, b) = if a < b then 1 else 2\nf(1 USD, 2 months)"), failures("1 USD < 2 months"))
        XCTAssertEqual(failures("fn f(a) {\n  while a < 3 { a = a + 1 }\n  a\n}\nf(1 RUB)"), failures("1 RUB < 3"))
        XCTAssertEqual(failures("fn f(n) = if n then 1 else 2\nf(1)"), ["the condition must be true or false, not number"])
        XCTAssertEqual(failures("fn f(n) {\n  while n + 1 { n = 0 }\n  n\n}\nf(1)"), ["the condition must be true or false, not number"])
        XCTAssertEqual(failures("fn f(n) {\n  while n < 10 { n = n }\n  n\n}\nf(1)", maxSteps: 500), ["evaluation took more than 500 steps"])
    }
}

/// Scalars with units on the fast path (ScalarFastPath.swift) give what
/// the general path gives, errors included.
final class UnitFastPathTests: XCTestCase {
    func failures(_ text: String) -> [String] { FastPathTests.failures(text) }

    func testSameUnitArithmeticAndComparisons() {
        XCTAssertEqual(failures("""
            fn f(a, b) = [a + b, a - b, a * 2, 2 * a, a / 2, a / b, a < b, a <= b, a > b, a >= b, a == b, a != b]
            expect f(10 USD, 4 USD) == [14 USD, 6 USD, 20 USD, 20 USD, 5 USD, 2.5, false, false, true, true, false, true]
            expect f(3%, 1%) == [4%, 2%, 6%, 6%, 1.5%, 3, false, false, true, true, false, true]
            expect f(6 months, 3 months) == [9 months, 3 months, 12 months, 12 months, 3 months, 2, false, false, true, true, false, true]
            expect f(2k USD/month, 1k USD/month) == [3k USD/month, 1k USD/month, 4k USD/month, 4k USD/month, 1k USD/month, 2, false, false, true, true, false, true]
            fn g(a, p) = [a * p, p * a, a / p]
            expect g(200 USD, 10%) == [20 USD, 20 USD, 2000 USD]
            fn h(x) = [x - 20%, x + 10%]
            expect h(1000) == [800, 1100]
            expect h(1000 USD) == [800 USD, 1100 USD]
            fn cmp(a, b) = a <= b
            expect cmp(0.1 USD + 0.2 USD, 0.3 USD)
            expect cmp(5%, 0.05)
            """), [])
    }

    func testUnitErrorsAreTheSame() {
        XCTAssertEqual(failures("fn f(a, b) = a + b\nf(1 USD, 1 RUB)").first?.contains("RUB") ?? false, true)
        XCTAssertEqual(failures("fn f(a, b) = a / b\nf(1 USD, 0 USD)"), ["division by zero"])
        XCTAssertEqual(failures("fn f(a, b) = a < b\nf(1 USD, 2 months)").isEmpty, false)
        XCTAssertEqual(failures("fn f(a, b) = a * b\nf(1 USD, 2 USD)").isEmpty, false)
        XCTAssertEqual(failures("fn f(a, b) = a * b\nf(1e200 USD, 1e200)"), ["the result is too large"])
        // `forever` only compares, on every path.
        let forever = "strategy s { pushed_tenure: forever }\nt = s.pushed_tenure\n"
        XCTAssertEqual(failures(forever + "fn f(a, b) = a / b\nf(5 months, t)"), ["forever is a duration that only compares"])
        XCTAssertEqual(failures(forever + "fn f(a, b) = a - b\nf(t, 5 months)"), ["forever is a duration that only compares"])
        XCTAssertEqual(failures(forever + "fn f(a, b) = a < b\nexpect f(5 months, t)\nexpect not f(t, t)"), [])
    }
}
