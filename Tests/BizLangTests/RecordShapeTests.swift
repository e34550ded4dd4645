import XCTest
@testable import BizLang

/// Records share their field names in shapes (RecordShape.swift), field
/// reads remember an index per site and `with` writes values by index: none
/// of it may change what records mean — equality, `with`, field order,
/// printing and errors are those of plain name/value lists.
final class RecordShapeTests: XCTestCase {
    func run(_ text: String) -> (output: [String], failures: [String]) {
        let rt = Interpreter()
        var out: [String] = []
        var messages: [String] = []
        rt.output = { out.append($0) }
        rt.errorOutput = { messages.append($0) }
        do { try rt.run(SourceFile(name: "t", text: text)) } catch { messages += error.items.map(\.message) }
        return (out, messages)
    }

    func testEqualityIgnoresFieldOrderAndShape() {
        XCTAssertEqual(run("""
            a = {x: 1, y: 2 USD}
            expect a == {x: 1, y: 2 USD}
            expect a == {y: 2 USD, x: 1}
            expect a != {x: 1, y: 3 USD}
            expect a != {x: 1}
            expect a != {x: 1, y: 2 USD, z: 0}
            expect a == ({x: 0} with {y: 2 USD, x: 1})
            expect a with {y: 5 USD} != a
            """).failures, [])
    }

    func testWithKeepsOrderAddsFieldsAtTheEndAndCopies() {
        let r = run("""
            base = {name: "", qty: 0, price: 12.5}
            fn make(n) = base with {qty: n, region: "north", name: "item-{n}"}
            a = make(1)
            b = make(2)
            print(a)
            print(b)
            print(base)
            print(keys(b))
            c = b with {qty: 7}
            print(b.qty, c.qty, len(c))
            """)
        XCTAssertEqual(r.failures, [])
        XCTAssertEqual(r.output, [
            "{name: \"item-1\", qty: 1, price: 12.5, region: \"north\"}\n",
            "{name: \"item-2\", qty: 2, price: 12.5, region: \"north\"}\n",
            "{name: \"\", qty: 0, price: 12.5}\n",
            "[\"name\", \"qty\", \"price\", \"region\"]\n",
            "2 7 4\n",
        ])
    }

    /// One read site and one `with` site see records of different shapes
    /// in turn: each gives the field of the record it is given.
    func testSitesSeeManyShapes() {
        let r = run("""
            fn qty(r) = r.qty
            fn bump(r) = r with {qty: r.qty + 1}
            rs = [{qty: 1}, {a: 0, qty: 2}, {qty: 3, b: 0}, {qty: 4}, {a: 0, qty: 5}]
            print(map(rs, qty))
            print(map(rs, bump))
            print(map(rs, r => r.qty * 10))
            """)
        XCTAssertEqual(r.failures, [])
        XCTAssertEqual(r.output, [
            "[1, 2, 3, 4, 5]\n",
            "[{qty: 2}, {a: 0, qty: 3}, {qty: 4, b: 0}, {qty: 5}, {a: 0, qty: 6}]\n",
            "[10, 20, 30, 40, 50]\n",
        ])
        XCTAssertEqual(run("fn qty(r) = r.qty\nqty({qty: 1})\nqty({q: 2})").failures, ["this record has no field 'qty'"])
        XCTAssertEqual(run("{a: 1}.b").failures, ["this record has no field 'b'"])
    }

    /// Records from different literals with the same names share one shape.
    func testSameNamesShareAShape() throws {
        let rt = Interpreter()
        rt.output = { _ in }
        try rt.run(SourceFile(name: "t", text: "a = {x: 1, y: 2}\nb = {x: 3, y: 4}\nc = {y: 1, x: 2}"))
        guard case .record(let a)? = rt.value(of: "a"), case .record(let b)? = rt.value(of: "b"),
              case .record(let c)? = rt.value(of: "c") else { return XCTFail("records expected") }
        XCTAssertTrue(a.shape === b.shape)
        XCTAssertFalse(a.shape === c.shape)
        XCTAssertEqual(c.names, ["y", "x"])
    }
}
