import XCTest
@testable import BizLang

final class ParserTests: XCTestCase {
    func parse(_ text: String) -> (stmts: [Stmt], errors: [String]) {
        var p = Parser(file: SourceFile(name: "t", text: text))
        let s = p.parseProgram()
        return (s, p.diagnostics.map(\.message))
    }

    func testSeveralIndependentErrorsAreAllReported() {
        let (stmts, errors) = parse("a = 1 * / 2\nb = 3\nc = [1 2]\nd = 4 +\n")
        XCTAssertEqual(errors, ["expected an expression, found '/'", "expected ']' or ',', found a number",
                                "expected an expression, found the end of the input"])
        XCTAssertEqual(stmts.count, 1, "the good statement between the broken ones is kept")
    }

    func testContinuationAfterOperatorAndInsideBrackets() {
        let (stmts, errors) = parse("x = 1 +\n  2\ny = [1,\n 2]\nz = f(1,\n 2)")
        XCTAssertEqual(errors, [])
        XCTAssertEqual(stmts.count, 3)
    }

    func testElseOnTheNextLine() {
        let (stmts, errors) = parse("x = if true {\n 1\n}\nelse {\n 2\n}\ny = 3")
        XCTAssertEqual(errors, [])
        XCTAssertEqual(stmts.count, 2)
    }

    func testLambdaForms() {
        let (stmts, errors) = parse("f = x => x * 2\ng = (a, b = 2) => a + b\nh = fn(a) = a")
        XCTAssertEqual(errors, [])
        XCTAssertEqual(stmts.count, 3)
    }

    func testGivenBindingsEndAtACommaNotFollowedByNameEquals() {
        let (stmts, errors) = parse("expect x given a = 1, b = 2, \"msg\"")
        XCTAssertEqual(errors, [])
        guard case .expect(let cond, let msg) = stmts[0].kind, case .given(_, let bindings) = cond.kind else { return XCTFail() }
        XCTAssertEqual(bindings.map(\.name), ["a", "b"])
        XCTAssertNotNil(msg)
    }

    func testDeclarationsAndSchedules() {
        let src = """
        segment smb {
          size: 20k, customers: 1.5k
          churn: 2%/month
        }
        company us { price: 110 RUB until month 6 then +10%, segments: [smb] }
        band economy = 80..120 RUB
        rate USD = 63.30 RUB
        """
        let (stmts, errors) = parse(src)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(stmts.count, 4)
        guard case .assign(_, _, let v) = stmts[1].kind, case .declaration(_, _, let fields) = v.kind,
              case .schedule(_, let steps) = fields[0].value.kind else { return XCTFail() }
        XCTAssertTrue(steps[0].signed)
    }

    func testWhatIfForms() {
        let (stmts, errors) = parse("""
        t = sweep price over 80..160 RUB step 10 RUB: profit, customers
        g = goal profit = 0 by price in 50..300 RUB
        m = maximize profit by price in 50..300 RUB
        k = tornado profit by 20%
        """)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(stmts.count, 4)
    }

    func testDeepNestingIsAnErrorNotAStackOverflow() {
        let (_, errors) = parse(String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000))
        XCTAssertTrue(errors.contains { $0.contains("nested too deeply") }, "\(errors.prefix(2))")
    }

    func testToBeforeAStringIsADestination() {
        let (stmts, errors) = parse("plot run.customers to \"c.svg\"")
        XCTAssertEqual(errors, [])
        guard case .plot(_, let dest, _) = stmts[0].kind else { return XCTFail() }
        XCTAssertNotNil(dest)
    }

    /// Issue 11: `show a, b`, `report a, b to …`, `plot … title: "…"`.
    func testSeveralValuesForShowReportAndAPlotTitle() {
        let (stmts, errors) = parse("show a.customers, b.customers\nreport a, b to \"r.html\"\nplot t, title: \"Profit\" to \"t.svg\"\nplot t to \"t.svg\", title: \"P\"")
        XCTAssertEqual(errors, [])
        guard stmts.count == 4, case .show(let shown) = stmts[0].kind, case .report(let runs, _) = stmts[1].kind,
              case .plot(let items, let dest, let title) = stmts[2].kind, case .plot(_, let dest2, let title2) = stmts[3].kind else { return XCTFail() }
        XCTAssertEqual(shown.count, 2)
        XCTAssertEqual(runs.count, 2)
        XCTAssertEqual(items.count, 1)
        XCTAssertNotNil(dest); XCTAssertNotNil(title); XCTAssertNotNil(dest2); XCTAssertNotNil(title2)
    }
}
