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

    /// A record's values live in one storage object (Values/Record.swift):
    /// a copy shares it until one of the two is changed, which then gets
    /// its own; adding and removing fields keep the order.
    func testStorageIsCopiedBeforeItIsChanged() {
        let a = Record([("x", .number(1)), ("y", .str("s"))])
        var b = a
        b["x"] = .number(2)
        XCTAssertEqual(a["x"]?.number, 1)
        XCTAssertEqual(b["x"]?.number, 2)
        XCTAssertTrue(a.shape === b.shape)
        b["z"] = .bool(true)
        XCTAssertEqual(b.names, ["x", "y", "z"])
        XCTAssertEqual(a.names, ["x", "y"])
        b["x"] = nil
        XCTAssertEqual(b.names, ["y", "z"])
        XCTAssertEqual(b.count, 2)
        if case .str(let t)? = b["y"] { XCTAssertEqual(t, "s") } else { XCTFail("y kept") }
        XCTAssertEqual(Record().count, 0)
        XCTAssertEqual(Record().values.count, 0)
    }

    /// Literals of one to five computed values (each count has its own
    /// code), a failing field, and records holding lists and records.
    func testLiteralsOfComputedValues() {
        let r = run("""
            fn make(i) = [{a: i + 1}, {a: i + 1, b: "x{i}"}, {a: i, b: [i], c: {d: i}},
                          {a: i, b: i * 2, c: i * 3, d: i * 4}, {a: 1, b: 2, c: 3, d: 4, e: i}]
            print(make(1))
            print(make(2)[2].c.d)
            """)
        XCTAssertEqual(r.failures, [])
        XCTAssertEqual(r.output, [
            "[{a: 2}, {a: 2, b: \"x1\"}, {a: 1, b: [1], c: {d: 1}}, {a: 1, b: 2, c: 3, d: 4}, {a: 1, b: 2, c: 3, d: 4, e: 1}]\n",
            "2\n",
        ])
        XCTAssertEqual(run("fn f(i) = {a: i, b: i, c: 1 / (i - i)}\nf(1)").failures.count, 1)
    }

    /// `rows = rows + [item]` where the item is made first and the list then
    /// taken out of its slot: an item that holds the list itself sees it as
    /// it was, and a shared list is left as it was.
    func testAppendingAnItemThatHoldsTheList() {
        let r = run("""
            fn build() {
              rows = []
              kept = rows
              m = 1
              while m <= 3 {
                rows = rows + [{m: m, before: rows}]
                m = m + 1
              }
              [kept, rows[2].before, len(rows)]
            }
            print(build())
            """)
        XCTAssertEqual(r.failures, [])
        XCTAssertEqual(r.output, ["[[], [{m: 1, before: []}, {m: 2, before: [{m: 1, before: []}]}], 3]\n"])
    }
}
