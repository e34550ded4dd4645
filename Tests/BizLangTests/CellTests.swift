import XCTest
@testable import BizLang

/// LANGUAGE.md §5: cells recompute, `given` leaves the session unchanged,
/// cycles are named, a failed entry changes nothing.
final class CellTests: XCTestCase {
    func testRedefiningACellUpdatesItsDependents() {
        let rt = Interpreter()
        _ = evalText("price = 100 RUB; revenue = price * 300", in: rt)
        _ = evalText("price = 120 RUB", in: rt)
        XCTAssertEqual(evalText("revenue", in: rt), "36,000 RUB")
    }

    func testGivenLeavesTheSessionUnchanged() {
        let rt = Interpreter()
        _ = evalText("price = 100 RUB; units = 10; revenue = price * units", in: rt)
        XCTAssertEqual(evalText("revenue given price = 130 RUB, units = 2", in: rt), "260 RUB")
        XCTAssertEqual(evalText("revenue", in: rt), "1,000 RUB")
        XCTAssertEqual(evalText("price", in: rt), "100 RUB")
    }

    func testGivenReachesThroughFunctions() {
        let rt = Interpreter()
        _ = evalText("rate_ = 10%; fn fee(x) = x * rate_; total = fee(1000)", in: rt)
        XCTAssertEqual(evalText("total given rate_ = 20%", in: rt), "200")
        XCTAssertEqual(evalText("total", in: rt), "100")
    }

    func testCycleIsReportedWithItsPath() {
        let rt = Interpreter()
        _ = evalText("a = 1; b = a + 1", in: rt)
        let d = errors("a = b + 1", in: rt)
        XCTAssertEqual(d.first?.message, "cycle: a → b → a")
        XCTAssertEqual(evalText("a", in: rt), "1")
    }

    func testSelfReferenceUsesThePreviousValue() {
        let rt = Interpreter()
        _ = evalText("n = 1", in: rt)
        _ = evalText("n = n + 1", in: rt)
        _ = evalText("n = n + 1", in: rt)
        XCTAssertEqual(evalText("n", in: rt), "3")
    }

    func testAFailedEntryChangesNothing() {
        let rt = Interpreter()
        _ = evalText("x = 1; y = x * 2", in: rt)
        XCTAssertFalse(errors("x = 5; z = 1; y = x / 0", in: rt).isEmpty)
        XCTAssertEqual(evalText("x", in: rt), "1")
        XCTAssertEqual(evalText("y", in: rt), "2")
        XCTAssertTrue(errors("z", in: rt).first?.message.contains("unknown name") == true)
    }

    func testARedefinitionThatBreaksADependentIsRolledBack() {
        let rt = Interpreter()
        _ = evalText("price = 100 RUB; revenue = price * 3", in: rt)
        XCTAssertFalse(errors("price = \"free\"", in: rt).isEmpty)
        XCTAssertEqual(evalText("revenue", in: rt), "300 RUB")
    }

    func testUnknownNameSuggestsAClosedOne() {
        let rt = Interpreter()
        _ = evalText("revenue = 5", in: rt)
        let d = errors("revenu * 2", in: rt)
        XCTAssertEqual(d.first?.message, "unknown name 'revenu'")
        XCTAssertEqual(d.first?.hints, ["did you mean 'revenue'?"])
    }

    func testLoopAssigningACellMakesItAPlainValue() {
        let rt = Interpreter()
        _ = evalText("total = 0; doubled = total * 2", in: rt)
        _ = evalText("for k in [1, 2, 3] { total = total + k }", in: rt)
        XCTAssertEqual(evalText("total", in: rt), "6")
        XCTAssertEqual(evalText("doubled", in: rt), "12")
    }

    func testUnderscoreHoldsTheLastResult() {
        let rt = Interpreter()
        _ = evalText("6 * 7", in: rt)
        XCTAssertEqual(evalText("_ + 1", in: rt), "43")
    }
}

/// LANGUAGE.md v1.1 §5: a cell that feeds `rate USD = usd` can be redefined.
final class RateCellTests: XCTestCase {
    func testRedefiningTheCellOfARateMovesTheRateAndItsConversions() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("usd = 70 RUB; rate USD = usd; fee = 2 USD in RUB; fee", in: rt), "140 RUB")
        XCTAssertEqual(evalText("usd = 80 RUB", in: rt), "", "was: cycle: usd → rate USD → usd")
        XCTAssertEqual(evalText("[1 USD in RUB, fee]", in: rt), "[80 RUB, 160 RUB]")
        // A formula for the cell may still convert by other rates.
        XCTAssertEqual(evalText("rate EUR = 100 RUB; usd = 0.9 EUR in RUB; fee", in: rt), "180 RUB")
    }

    func testARealCycleThroughARateIsStillNamed() {
        let rt = Interpreter()
        _ = evalText("usd = 70 RUB; rate USD = usd; b = 1 USD in RUB", in: rt)
        XCTAssertEqual(errors("usd = b", in: rt).first?.message, "cycle: usd → b → rate USD → usd")
        XCTAssertEqual(evalText("1 USD in RUB", in: rt), "70 RUB", "the failed line changed nothing")
    }
}
