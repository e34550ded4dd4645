import XCTest
@testable import BizLang

/// LANGUAGE.md §5 what-ifs: sweep, goal, maximize, minimize, tornado.
/// Every test checks real values, and that no tool changes a cell.
final class WhatIfTests: XCTestCase {
    /// What a session printed (tables, answer lines).
    final class Printed: @unchecked Sendable { var text = "" }

    func session(_ source: String) -> (Interpreter, Printed) {
        let rt = Interpreter()
        let printed = Printed()
        rt.output = { printed.text += $0 }
        let result = evalText(source, in: rt)
        XCTAssertFalse(result.contains("error"), result)
        printed.text = ""
        return (rt, printed)
    }

    /// profit = (price − 40) · (1000 − 5·price) − 10k: a parabola in price,
    /// peak at 120 RUB (22,000 RUB), zero at 60 ± √2000·… (see testGoal…).
    let demand = """
    price = 100 RUB
    units = 20
    customers = 1000 - 5 * (price / 1 RUB)
    unit_cost = 40 RUB
    fixed = 10k RUB
    profit = (price - unit_cost) * customers - fixed
    """

    // MARK: sweep

    func testSweepReturnsRecordsWithTheRightValues() {
        let (rt, printed) = session(demand)
        XCTAssertEqual(evalText("t = sweep price over 80..160 RUB step 10 RUB: profit, customers; len(t)", in: rt), "9")
        XCTAssertEqual(evalText("t[1].price", in: rt), "90 RUB")
        XCTAssertEqual(evalText("t[1].profit", in: rt), "17,500 RUB")      // (90 − 40)·550 − 10k
        XCTAssertEqual(evalText("t[1].customers", in: rt), "550")
        XCTAssertEqual(evalText("t[8].price", in: rt), "160 RUB")          // the high end is included
        XCTAssertEqual(evalText("t[4].profit", in: rt), "22,000 RUB")
        let lines = printed.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 9)
        XCTAssertTrue(lines[0].contains("price") && lines[0].contains("profit") && lines[0].contains("customers"))
        XCTAssertTrue(lines[2].contains("80 RUB") && lines[2].contains("14,000 RUB") && lines[2].contains("600"))
        XCTAssertEqual(evalText("price", in: rt), "100 RUB", "sweep never changes a cell")
        XCTAssertEqual(evalText("profit", in: rt), "20,000 RUB")
    }

    func testTwoWaySweepWithOneOutputIsAGrid() {
        let (rt, printed) = session("a = 1; b = 1; s = a * 10 + b")
        XCTAssertEqual(evalText("t = sweep a over 1..3, b over [5, 6]: s; len(t)", in: rt), "6")
        XCTAssertEqual(evalText("t[1]", in: rt), "{a: 1, b: 6, s: 16}")     // the first axis changes slowest
        XCTAssertEqual(evalText("t[5].s", in: rt), "36")
        let lines = printed.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "s")
        XCTAssertTrue(lines[1].hasPrefix("a \\ b"), lines[1])
        XCTAssertEqual(lines.count, 3 + 3)
        XCTAssertTrue(lines[5].hasSuffix("35  36"), lines[5])
    }

    func testAxesJoinedByAndWithSteps() {
        let (rt, _) = session(demand)
        XCTAssertEqual(evalText("t = sweep price over 80..160 RUB step 40 RUB and units over [10, 20]: profit, customers; len(t)", in: rt), "6")
        XCTAssertEqual(evalText("t[2]", in: rt), "{price: 120 RUB, units: 10, profit: 22,000 RUB, customers: 400}")
    }

    func testSweepListValuesTakeTheCellsUnit() {
        let (rt, _) = session(demand)
        XCTAssertEqual(evalText("(sweep price over [100, 120]: profit)[1].profit", in: rt), "22,000 RUB")
    }

    func testSweepStepThatMissesTheEndStopsBelowIt() {
        let (rt, _) = session("x = 0; y = x * 2")
        XCTAssertEqual(evalText("len(sweep x over 0..1 step 0.3: y)", in: rt), "4")
        XCTAssertEqual(evalText("(sweep x over 0..1 step 0.1: y)[10].x", in: rt), "1")
    }

    func testSweepErrors() {
        let (rt, _) = session(demand)
        XCTAssertEqual(errors("sweep price over 80..160 RUB step 0 RUB: profit", in: rt).first?.message, "the step must be above 0")
        XCTAssertEqual(errors("sweep price over [1, 2] step 1: profit", in: rt).first?.message, "'step' goes with a range, not a list")
        XCTAssertTrue(errors("sweep nosuch over 1..2: profit", in: rt).first?.message.contains("unknown name") == true)
        XCTAssertTrue(errors("sweep price over 1..2 months: profit", in: rt).first?.message.contains("price is money (RUB)") == true)
    }

    // MARK: goal

    func testGoalSeekOnALinearCellHitsTheAnalyticAnswer() {
        let (rt, printed) = session("price = 100 RUB; profit = (price - 40 RUB) * 300 - 21k RUB")
        XCTAssertEqual(evalText("goal profit = 0 by price in 50..300 RUB", in: rt), "110 RUB")
        XCTAssertEqual(printed.text, "profit = 0 RUB at price = 110 RUB\n")
        // A root that is no round number: 40 + 20000/300.
        XCTAssertEqual(evalText("g = goal profit = -1k RUB by price in 50..300 RUB; g == 40 RUB + 20000 RUB / 300", in: rt), "true")
        XCTAssertEqual(evalText("price", in: rt), "100 RUB")
    }

    func testGoalTakesTheLowestCrossingAndMentionsTheOthers() {
        let (rt, printed) = session(demand)
        // (p − 40)(1000 − 5p) = 10k  ⇔  p² − 240p + 10000 = 0  ⇔  p = 120 ∓ √4400.
        let low = 120 - 4400.0.squareRoot(), high = 120 + 4400.0.squareRoot()
        XCTAssertEqual(evalText("g = goal profit = 0 by price in 50..300 RUB; g / 1 RUB", in: rt), Display(locale: .en).scalar(low, .number))
        XCTAssertEqual(evalText("abs_err = (g / 1 RUB - \(low)); abs_err < 1e-9 and abs_err > -1e-9", in: rt), "true")
        XCTAssertTrue(printed.text.contains("also at price = \(Display(locale: .en).scalar(high, .money(Currency(code: "RUB") ?? Currency(packed: 0))))"), printed.text)
    }

    func testGoalOnAStepReportsTheJump() {
        let (rt, printed) = session("price = 100 RUB; level = round(price / 10 RUB)")
        XCTAssertEqual(evalText("goal level = 5.5 by price in 10..100 RUB", in: rt), "55 RUB")
        XCTAssertTrue(printed.text.contains("passes 5.5 at price = 55 RUB, jumping from 5 to 6"), printed.text)
    }

    func testAnUnreachableGoalSaysSoWithTheClosestValue() {
        let (rt, _) = session(demand)
        let d = errors("goal profit = 10M RUB by price in 50..300 RUB", in: rt)
        XCTAssertEqual(d.first?.message,
                       "profit never reaches 10,000,000 RUB for price in 50..300 RUB; the closest it gets is 22,000 RUB, at price = 120 RUB")
    }

    func testGoalTargetsMayBeExpressionsButTheChangingCellMustBeACell() {
        let (rt, _) = session(demand)
        // (p − 40) − 10k/(1000 − 5p) = 50  ⇔  p² − 290p + 20000 = 0.
        let root = (290 - 4100.0.squareRoot()) / 2
        XCTAssertEqual(evalText("g = goal profit / customers = 50 RUB by price in 60..190 RUB; g / 1 RUB ≈ \(root) within 1e-9", in: rt), "true")
        // At 200 RUB there are no customers: the scan steps around that
        // point (SearchHoleTests) and finds the same root.
        XCTAssertEqual(evalText("g2 = goal profit / customers = 50 RUB by price in 60..200 RUB; g2 == g", in: rt), "true")
        XCTAssertTrue(errors("goal profit = 0 by sum in 1..2", in: rt).first?.message.contains("builtin") == true)
        XCTAssertTrue(errors("fn f(q) = goal profit = 0 by q in 1..2 RUB", in: rt).first?.message.contains("local variable") == true)
        XCTAssertTrue(errors("goal profit = 3 months by price in 50..300 RUB", in: rt).first?.message.contains("the goal is duration") == true)
    }

    // MARK: maximize, minimize

    func testMaximizeFindsThePeakOfAConcaveFunctionOfPrice() {
        let (rt, printed) = session(demand)
        XCTAssertEqual(evalText("maximize profit by price in 50..300 RUB", in: rt), "120 RUB")
        XCTAssertEqual(printed.text, "max profit = 22,000 RUB at price = 120 RUB\n")
        // Not symmetric: (p − 40)(200 − p)² peaks at p = 280/3.
        _ = evalText("volume = (200 RUB - price) / 1 RUB; margin = price - 40 RUB; gain = margin * volume * volume", in: rt)
        XCTAssertEqual(evalText("m = maximize gain by price in 40..200 RUB; m / 1 RUB ≈ \(280.0 / 3) within 0.000001", in: rt), "true")
        XCTAssertEqual(evalText("price", in: rt), "100 RUB")
    }

    func testMinimizeAndTheEndOfTheRange() {
        let (rt, printed) = session(demand)
        XCTAssertEqual(evalText("minimize profit by price in 50..300 RUB", in: rt), "300 RUB")
        XCTAssertTrue(printed.text.contains("an end of the range"), printed.text)
        _ = evalText("gap = (price - 77 RUB) / 1 RUB; sq = gap * gap", in: rt)
        XCTAssertEqual(evalText("minimize sq by price in 0..1000 RUB", in: rt), "77 RUB")
    }

    func testMaximizeFindsANarrowPeakBetweenGridPoints() {
        // A spike 0.5 RUB wide at 123.4 RUB: between grid points 2.5 RUB apart,
        // but it raises its grid neighbour above the rest.
        let (rt, _) = session("price = 100 RUB; d = (price - 123.4 RUB) / 1 RUB; spike = if d * d < 1 then 10 - d * d else 0")
        XCTAssertEqual(evalText("m = maximize spike by price in 50..300 RUB; m / 1 RUB ≈ 123.4 within 0.000001", in: rt), "true")
    }

    // MARK: tornado

    func testTornadoRanksAPlantedDominantInputFirst() {
        let (rt, printed) = session("a = 1; b = 1; c = 1; mid = 10 * c + b; y = 100 * a + mid")
        XCTAssertEqual(evalText("k = tornado y; len(k)", in: rt), "3")
        XCTAssertEqual(evalText("k[0]", in: rt), "{input: \"a\", low: 101, high: 121, swing: 20}")
        XCTAssertEqual(evalText("k[1].input", in: rt), "c")
        XCTAssertEqual(evalText("k[2]", in: rt), "{input: \"b\", low: 110.9, high: 111.1, swing: 0.2}")
        XCTAssertTrue(printed.text.hasPrefix("tornado: y ±10% (base 111)\n"), printed.text)
        XCTAssertTrue(printed.text.contains("│"))
        XCTAssertEqual(evalText("[a, b, c, y]", in: rt), "[1, 1, 1, 111]")
    }

    func testTornadoFindsInputsThroughTheDependencyGraph() {
        let (rt, _) = session("""
        price = 100 RUB; units = 50; unit_cost = 30 RUB; fixed = 1k RUB
        fn cost(n) = fixed + unit_cost * n
        revenue = price * units
        profit = revenue - cost(units)
        """)
        XCTAssertEqual(evalText("k = tornado profit by 20%; k |> map(r => r.input)", in: rt),
                       "[\"price\", \"units\", \"unit_cost\", \"fixed\"]")
        // profit = 50·price − 30·50 − 1000 = 2,500 RUB; price ±20 RUB moves it ±1,000.
        XCTAssertEqual(evalText("k[0]", in: rt), "{input: \"price\", low: 1,500 RUB, high: 3,500 RUB, swing: 2,000 RUB}")
        // units: profit = 70·units − 1000, ±10 units → 1,800 .. 3,200.
        XCTAssertEqual(evalText("k[1]", in: rt), "{input: \"units\", low: 1,800 RUB, high: 3,200 RUB, swing: 1,400 RUB}")
        XCTAssertEqual(evalText("k[2].swing", in: rt), "600 RUB")
        XCTAssertEqual(evalText("k[3].swing", in: rt), "400 RUB")
    }

    func testTornadoVariesAnExchangeRateThatMatters() {
        let (rt, _) = session("rate USD = 60 RUB; cost = 10 USD; total = cost in RUB")
        XCTAssertEqual(evalText("(tornado total)[0]", in: rt), "{input: \"rate USD\", low: 540 RUB, high: 660 RUB, swing: 120 RUB}")
        XCTAssertEqual(evalText("100 USD in RUB", in: rt), "6,000 RUB", "the rate is back after the tornado")
    }

    func testTornadoSwingMustBeAPercent() {
        let (rt, _) = session(demand)
        XCTAssertTrue(errors("tornado profit by 150%", in: rt).first?.message.contains("below 100%") == true)
    }

    // MARK: reports

    func testAWhatIfInACellPrintsWhenMadeNotOnEveryRecompute() {
        let (rt, printed) = session(demand)
        _ = evalText("best = maximize profit by price in 50..300 RUB", in: rt)
        XCTAssertEqual(printed.text, "max profit = 22,000 RUB at price = 120 RUB\n")
        printed.text = ""
        XCTAssertEqual(evalText("unit_cost = 60 RUB; best", in: rt), "130 RUB")
        XCTAssertEqual(printed.text, "")
    }

    func testAScriptDoesNotEchoAWhatIfsValueAfterItsReport() throws {
        let rt = Interpreter()
        let printed = Printed()
        rt.output = { printed.text += $0 }
        try rt.run(SourceFile(name: "t.biz", text: "price = 100 RUB\nprofit = (price - 40 RUB) * 300 - 21k RUB\ngoal profit = 0 by price in 50..300 RUB\n"))
        XCTAssertEqual(printed.text, "profit = 0 RUB at price = 110 RUB\n")
    }

    func testAGivenInsideARecomputedCellIsNotACycle() {
        // The recompute of `g` recomputes `profit` inside `given`; undoing
        // that must leave profit to be recomputed, not "computing".
        let (rt, _) = session(demand)
        _ = evalText("g = profit given price = 120 RUB", in: rt)
        XCTAssertEqual(evalText("unit_cost = 60 RUB; [g, profit]", in: rt), "[14,000 RUB, 10,000 RUB]")
    }

    // MARK: search algorithms

    func testRootAndMinimiserOnKnownFunctions() throws {
        let r = try Search.root({ (x) throws(BizError) in x * x * x - 2 }, 0, -2, 2, 6)
        XCTAssertEqual(r.x, 2.0.squareRoot() * pow(2, 1.0 / 3) / 2.0.squareRoot(), accuracy: 1e-13)
        let m = try Search.minimize({ (x) throws(BizError) in abs(x - 0.3) }, 0, 1, x0: 0.5, f0: 0.2)
        XCTAssertEqual(m.x, 0.3, accuracy: 1e-8)
        XCTAssertEqual(Search.grid(50, 300).count, Search.gridPoints)
        XCTAssertEqual(Search.grid(50, 300).last, 300)
    }
}
