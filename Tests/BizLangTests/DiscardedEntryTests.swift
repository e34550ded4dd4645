import XCTest
@testable import BizLang

/// `evaluateAndDiscard`, the fuzzer's `session` mode (docs/FUZZING.md): an
/// input runs as one REPL entry and is undone whatever it did, with the
/// step count started afresh.
final class DiscardedEntryTests: XCTestCase {
    func testAnEntryIsUndoneWhetherItSucceedsOrFails() throws {
        var settings = Settings()
        settings.maxSteps = 1_000
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        _ = try rt.evaluateEntry(SourceFile(name: "a", text: "x = 1\nrate USD = 80 RUB"))
        try rt.evaluateAndDiscard(SourceFile(name: "b", text: "x = 2\ny = 3\nrate USD = 90 RUB\nrate EUR = 100 RUB"))
        XCTAssertThrowsError(try rt.evaluateAndDiscard(SourceFile(name: "c", text: "x = 5\nz = 1 / 0")))
        XCTAssertEqual(rt.value(of: "x").map(rt.display), "1")
        XCTAssertNil(rt.value(of: "y"))
        XCTAssertNil(rt.value(of: "z"))
        XCTAssertEqual(rt.visibleCells().map(\.name), ["margin", "markup_price", "grow", "x"], "the prelude and x")
        _ = try rt.evaluateEntry(SourceFile(name: "d", text: "u = 10 USD in RUB"))
        XCTAssertEqual(rt.value(of: "u").map(rt.display), "800 RUB")
        // 5 inputs of 600 loop steps each: each starts from 0 steps.
        for _ in 0..<5 {
            try rt.evaluateAndDiscard(SourceFile(name: "e", text: "t = 0\nfor i in 1..600 { t = t + i }"))
        }
    }
}
