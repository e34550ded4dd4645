import XCTest
@testable import BizLang

/// LANGUAGE.md v1.1 §5: what-ifs reach declaration fields, a note when the
/// target cannot read what a what-if changes, units never mixed silently,
/// signed changes in stress and steps. Simulated numbers are asserted as
/// relations (a what-if over a field equals simulating a `with` copy), so
/// that changes to the engine's numbers do not break them.
final class WhatIfFieldTests: XCTestCase {
    final class Printed: @unchecked Sendable { var text = "" }

    /// A session with `source` run, capturing stdout and stderr separately.
    func session(_ source: String) -> (Interpreter, out: Printed, err: Printed) {
        let rt = Interpreter()
        let out = Printed(), err = Printed()
        rt.output = { out.text += $0 }
        rt.errorOutput = { err.text += $0 }
        let result = evalText(source, in: rt)
        XCTAssertFalse(result.contains("error"), result)
        out.text = ""; err.text = ""
        return (rt, out, err)
    }

    /// A small company: every number the tests assert is derived from a
    /// `with` copy simulated alongside, not from the engine's own figures.
    let model = """
    market { months: 12 }
    segment smb { size: 10k, customers: 1k, wtp: 80 RUB to 180 RUB, churn: 2%/month }
    strategy active { leads: 1k/month, conversion: 5% }
    company us { price: 100 RUB, segments: [smb], strategy: active, fixed_costs: 10k RUB/month, cash: 100k RUB }
    price = 100 RUB
    run = simulate(us)
    """

    // MARK: note: EXPR does not depend on NAME

    func testGivenOnANameTheTargetDoesNotReadNotesItOnStderr() {
        let (rt, out, err) = session(model)
        let before = evalText("run.cash.last", in: rt)
        // The company's price is a literal: the cell `price` changes nothing.
        XCTAssertEqual(evalText("run.cash.last given price = 130 RUB", in: rt), before)
        XCTAssertEqual(err.text, """
        <repl>:1:21: note: run.cash.last does not depend on price
          |
        1 | run.cash.last given price = 130 RUB
          |                     ^^^^^

        """)
        XCTAssertEqual(out.text, "")
    }

    func testNoNoteWhenTheTargetReadsTheNameThroughTheGraph() {
        let (rt, _, err) = session("price = 100 RUB; fn revenue(n) = price * n; total = revenue(3); other = 1")
        XCTAssertEqual(evalText("total given price = 130 RUB", in: rt), "390 RUB")
        XCTAssertEqual(evalText("total given price = 130 RUB, other = 2", in: rt), "390 RUB")
        XCTAssertEqual(err.text.components(separatedBy: "note:").count - 1, 1, err.text)
        XCTAssertTrue(err.text.contains("note: total does not depend on other"), err.text)
    }

    func testNoNoteWhenTheTargetCallsAFunctionPassedIn() {
        // `g` may read any cell: the graph cannot tell, so no note.
        let (rt, _, err) = session("price = 1; fn apply(g) = g() given price = 5")
        XCTAssertEqual(evalText("apply(() => price * 2)", in: rt), "10")
        XCTAssertEqual(err.text, "")
    }

    func testTheNoteIsOncePerEvaluationNotOncePerLoopIteration() {
        let (rt, _, err) = session("a = 1; b = 2; s = 0")
        _ = evalText("for k in 1..3 { s = s + (b given a = k) }", in: rt)
        XCTAssertEqual(evalText("s", in: rt), "6")
        XCTAssertEqual(err.text.components(separatedBy: "note: b does not depend on a").count - 1, 1, err.text)
        _ = evalText("b given a = 5", in: rt)
        XCTAssertEqual(err.text.components(separatedBy: "note: b does not depend on a").count - 1, 2, "a new evaluation notes again")
    }

    func testSweepGoalAndMaximizeOverAnUnreadInputNoteIt() {
        let (rt, _, err) = session("a = 1; b = 2; y = b * 10")
        _ = evalText("sweep a over 1..2: y", in: rt)
        XCTAssertTrue(err.text.contains("note: y does not depend on a"), err.text)
        err.text = ""
        _ = evalText("sweep a over 1..2: y, b", in: rt)
        XCTAssertTrue(err.text.contains("note: none of y, b depends on a"), err.text)
        err.text = ""
        XCTAssertEqual(evalText("maximize y by a in 1..5", in: rt), "1")
        XCTAssertTrue(err.text.contains("note: y does not depend on a"), err.text)
        err.text = ""
        XCTAssertFalse(errors("goal y = 30 by a in 1..5", in: rt).isEmpty, "unreachable: y never moves")
        XCTAssertTrue(err.text.contains("note: y does not depend on a"), "the note comes before the search fails")
        err.text = ""
        _ = evalText("sweep b over 1..2: y", in: rt)
        XCTAssertEqual(err.text, "")
    }

    // MARK: fields of declarations

    func testGivenWithAFieldEqualsSimulatingAWithCopy() {
        let (rt, _, err) = session(model)
        XCTAssertEqual(evalText("""
        run.cash.last given smb.churn = 5%/month
        """, in: rt), evalText("simulate(us with {segments: [smb with {churn: 5%/month}]}).cash.last", in: rt))
        XCTAssertEqual(evalText("(run.cash.last given us.price = 130 RUB) == simulate(us with {price: 130 RUB}).cash.last", in: rt), "true")
        XCTAssertEqual(evalText("(run.cash.last given smb.churn = 5%/month) == run.cash.last", in: rt), "false", "the field moves the run")
        XCTAssertEqual(evalText("smb.churn", in: rt), "2%/month", "given never changes a cell")
        XCTAssertEqual(evalText("us.price", in: rt), "100 RUB")
        XCTAssertEqual(err.text, "")
    }

    func testAFieldOfADeclarationThatReadsACellStillFollowsIt() {
        let (rt, _, _) = session("base = 100 RUB; competitor rivals { price: base, value: 2 }; y = rivals.price * rivals.value")
        XCTAssertEqual(evalText("y given rivals.value = 3", in: rt), "300 RUB")
        XCTAssertEqual(evalText("y given base = 50 RUB, rivals.value = 3", in: rt), "150 RUB")
        XCTAssertEqual(evalText("y", in: rt), "200 RUB")
    }

    func testAFieldBindingIsCheckedLikeTheDeclaration() {
        let (rt, _, _) = session(model)
        let typo = errors("run.cash.last given smb.chrun = 3%/month", in: rt)
        XCTAssertEqual(typo.first?.message, "segment smb has no field 'chrun'")
        XCTAssertEqual(typo.first?.hints, ["did you mean 'churn'?"])
        XCTAssertEqual(errors("run.cash.last given smb.churn = 3", in: rt).first?.message,
                       "segment smb: 'churn' must be a percent rate (e.g. 2%/month), not number")
        XCTAssertEqual(errors("1 given price.x = 3", in: rt).first?.message,
                       "price is money (RUB), not a declaration; only a declaration's (or a record's) fields can be changed like this")
        XCTAssertEqual(errors("1 given nosuch.x = 3", in: rt).first?.message, "unknown name 'nosuch'")
    }

    func testAMisspeltFieldIsFoundWithoutRunning() {
        let rt = Interpreter()
        let d = rt.check(SourceFile(name: "m.biz", text: """
        segment smb { size: 10k, wtp: 80 RUB to 180 RUB }
        x = smb.size given smb.chrun = 2%/month
        t = sweep smb.sise over 1k..2k step 1k: x
        """))
        XCTAssertEqual(d.map(\.message), ["segment smb has no field 'chrun'", "segment smb has no field 'sise'"])
        XCTAssertEqual(d.first?.hints, ["did you mean 'churn'?"])
        XCTAssertEqual(d.first?.location, "m.biz:2:20")
    }

    func testARecordsFieldCanBeGivenToo() {
        let (rt, _, _) = session("deal = {price: 900 RUB, seats: 12}; total = deal.price * deal.seats")
        XCTAssertEqual(evalText("total given deal.seats = 20", in: rt), "18,000 RUB")
        XCTAssertEqual(errors("total given deal.seat = 20", in: rt).first?.message, "deal has no field 'seat'")
        XCTAssertEqual(evalText("goal total = 12000 RUB by deal.price in 500..2000 RUB", in: rt), "1,000 RUB")
        XCTAssertEqual(evalText("deal.price", in: rt), "900 RUB")
    }

    func testSweepOverAFieldNestsItInTheRecords() {
        let (rt, out, _) = session(model)
        XCTAssertEqual(evalText("t = sweep active.conversion over 2%..8% step 2%: run.cash.last; len(t)", in: rt), "4")
        XCTAssertEqual(evalText("t[1].active.conversion", in: rt), "4%")
        XCTAssertEqual(evalText("t[1][\"run.cash.last\"] == simulate(us with {strategy: active with {conversion: 4%}}).cash.last", in: rt), "true")
        XCTAssertTrue(out.text.hasPrefix("active.conversion"), out.text)
        XCTAssertEqual(evalText("active.conversion", in: rt), "5%")
    }

    func testGoalAndMaximizeOverAField() {
        let (rt, out, _) = session("competitor rivals { price: 100 RUB, value: 2 }; gap = rivals.price - 80 RUB; g = gap / 1 RUB; sq = g * g")
        XCTAssertEqual(evalText("goal gap = 0 by rivals.price in 50..150 RUB", in: rt), "80 RUB")
        XCTAssertEqual(out.text, "gap = 0 RUB at rivals.price = 80 RUB\n")
        XCTAssertEqual(evalText("minimize sq by rivals.price in 0..200 RUB", in: rt), "80 RUB")
        // A bare range takes the field's unit.
        XCTAssertEqual(evalText("goal gap = 0 by rivals.price in 50..150", in: rt), "80 RUB")
        XCTAssertEqual(evalText("rivals.price", in: rt), "100 RUB")
    }

    func testTornadoVariesTheOwnNumericFieldsOfDeclarations() {
        let (rt, _, _) = session("""
        market { months: 24, growth: 1%/month }
        base = 50 RUB
        competitor rivals { price: 100 RUB, value: 2, referrals: base / 100 RUB }
        fee = 10 RUB
        y = rivals.price * 3 + rivals.value * 10 RUB + fee + market.months * 0 RUB + base
        """)
        // rivals.price ±10 RUB moves y by ±30 RUB; rivals.value ±0.2 by ±2 RUB;
        // base ±5 RUB and fee ±1 RUB; market.growth is read (via market) but
        // moves nothing; months is never varied, nor referrals (it reads base).
        XCTAssertEqual(evalText("k = tornado y; k |> map(r => r.input)", in: rt),
                       "[\"rivals.price\", \"base\", \"rivals.value\", \"fee\", \"market.growth\"]")
        XCTAssertEqual(evalText("k[0]", in: rt), "{input: \"rivals.price\", low: 350 RUB, high: 410 RUB, swing: 60 RUB}")
        XCTAssertEqual(evalText("k[1].swing", in: rt), "10 RUB")
        XCTAssertEqual(evalText("k[2]", in: rt), "{input: \"rivals.value\", low: 378 RUB, high: 382 RUB, swing: 4 RUB}")
        XCTAssertEqual(evalText("k[4].swing", in: rt), "0 RUB")
        XCTAssertEqual(evalText("rivals.price", in: rt), "100 RUB", "tornado never changes a cell")
    }

    func testTornadoOfARunListsFieldsAndMatchesGiven() {
        let (rt, out, _) = session(model)
        XCTAssertEqual(evalText("k = tornado run.cash.last; names = k |> map(r => r.input); contains(names, \"smb.churn\") and contains(names, \"active.conversion\") and contains(names, \"us.price\")", in: rt), "true")
        XCTAssertEqual(evalText("contains(names, \"market.months\") or contains(names, \"price\")", in: rt), "false")
        XCTAssertEqual(evalText("""
        row = (k |> filter(r => r.input == "smb.churn"))[0]
        row.low == (run.cash.last given smb.churn = 1.8%/month) and row.high == (run.cash.last given smb.churn = 2.2%/month)
        """, in: rt), "true")
        XCTAssertTrue(out.text.contains("smb.churn"), out.text)
        // A field moved to where its declaration is invalid is left out, with the reason.
        let (tight, tightOut, _) = session("segment s { size: 1000, customers: 950, wtp: 80 RUB to 180 RUB }; company c { price: 100 RUB, segments: [s] }")
        XCTAssertEqual(evalText("k = tornado simulate(c, months: 3).customers.last; contains(k |> map(r => r.input), \"s.size\")", in: tight), "false")
        XCTAssertTrue(tightOut.text.contains("s.size left out: 900 is invalid (segment s: customers + competitors (950) exceed size (900))"), tightOut.text)
    }

    func testTornadoVariesAShareOfRevenueByItsShare() {
        let (rt, _, _) = session("""
        segment smb { size: 10k, customers: 1k, wtp: 80 RUB to 180 RUB, churn: 2%/month }
        strategy active { leads: 1k/month, conversion: 5%, invest: 10% of revenue }
        strategy low { leads: 1k/month, conversion: 5%, invest: 9% of revenue }
        strategy high { leads: 1k/month, conversion: 5%, invest: 11% of revenue }
        company us { price: 100 RUB, segments: [smb], strategy: active, cash: 100k RUB }
        """)
        XCTAssertEqual(evalText("""
        k = tornado simulate(us, months: 12).cash.last
        row = (k |> filter(r => r.input == "active.invest"))[0]
        row.low == simulate(us with {strategy: low}, months: 12).cash.last and row.high == simulate(us with {strategy: high}, months: 12).cash.last
        """, in: rt), "true")
    }

    // MARK: units in sweep and goal

    func testABareStepForARangeWithAUnitIsAnError() {
        let (rt, _, _) = session("price = 100 RUB; profit = (price - 40 RUB) * 300")
        let d = errors("sweep price over 80..160 RUB step 10: profit", in: rt)
        XCTAssertEqual(d.first?.message, "the step 10 has no unit but the values are money (RUB)")
        XCTAssertEqual(d.first?.hints, ["write step 10 RUB"])
        XCTAssertEqual(errors("c = 5%; sweep c over 2%..8% step 0.5: c", in: rt).first?.hints, ["write step 0.5%"])
        // A bare range takes the cell's unit, and so may its step.
        XCTAssertEqual(evalText("len(sweep price over 80..160 step 10: profit)", in: rt), "9")
    }

    func testGoalBareZeroTakesTheTargetsUnitOtherBareNumbersAreErrors() {
        let (rt, _, _) = session("price = 100 RUB; profit = (price - 40 RUB) * 300 - 21k RUB; wait = price / 10 RUB * 1 month")
        XCTAssertEqual(evalText("goal profit = 0 by price in 50..300 RUB", in: rt), "110 RUB")
        XCTAssertEqual(evalText("goal profit = 3000 RUB by price in 50..300 RUB", in: rt), "120 RUB")
        let d = errors("goal profit = 3000 by price in 50..300 RUB", in: rt)
        XCTAssertEqual(d.first?.message, "the goal 3000 has no unit but profit is money (RUB)")
        XCTAssertEqual(d.first?.hints, ["write the goal in that unit: 3000 RUB"])
        XCTAssertEqual(errors("goal wait = 12 by price in 50..300 RUB", in: rt).first?.hints, ["write the goal in that unit: 12 months"])
        XCTAssertEqual(evalText("goal wait = 12 months by price in 50..300 RUB", in: rt), "120 RUB")
    }

    // MARK: signed changes

    func testStressPriceNeedsASignForAPercent() {
        let (rt, _, _) = session(model + "\nvat = 20%")
        let d = errors("stress(us, price: 20%)", in: rt)
        XCTAssertEqual(d.first?.message, "stress: price: 20% has no sign; a change in price is written with one")
        XCTAssertEqual(d.first?.hints, ["write price: +20% (or -20%), or a new price like 130 RUB"])
        XCTAssertEqual(errors("stress(us, price: vat)", in: rt).first?.message, "stress: price: 20% has no sign; a change in price is written with one")
        XCTAssertEqual(evalText("stress(us, price: +vat) == stress(us, price: +20%)", in: rt), "true")
        XCTAssertEqual(evalText("stress(us, price: -vat).new_price", in: rt), "80 RUB")
        XCTAssertEqual(evalText("stress(us, price: +10 RUB).new_price", in: rt), "110 RUB")
        XCTAssertEqual(evalText("stress(us, price: +10 RUB) == stress(us, price: +10%)", in: rt), "true")
        XCTAssertEqual(evalText("stress(us, price: 130 RUB).new_price", in: rt), "130 RUB")
    }

    func testStressByZeroPercentHasNoFloatNoise() {
        let (rt, _, _) = session(model)
        XCTAssertEqual(evalText("s = stress(us, price: +0%); s.revenue_change", in: rt), "0%")
        XCTAssertEqual(evalText("[s.stay, s.leavers, s.revenue_after == s.revenue_before]", in: rt), "[100%, 0, true]")
    }

    func testScheduleStepsSignedNamesAreRelativeUnsignedPercentsAreErrors() {
        let (rt, _, _) = session(model + "\nvat = 20%")
        XCTAssertEqual(evalText("""
        simulate(us with {price: 100 RUB until month 6 then +vat}).cash.last == simulate(us with {price: 100 RUB until month 6 then 120 RUB}).cash.last
        """, in: rt), "true")
        let d = errors("us with {price: 100 RUB until month 6 then 20%}", in: rt)
        XCTAssertEqual(d.first?.message, "company us: the price step 20% has no sign; a change is written with one")
        XCTAssertEqual(d.first?.hints, ["write then +20% (or then -20%), or a new price like then 130 RUB"])
        XCTAssertEqual(errors("us with {price: 100 RUB until month 6 then vat}", in: rt).first?.hints.first, "write then +20% (or then -20%), or a new price like then 130 RUB")
    }

    // MARK: the session is unchanged

    func testAFailedLineWithAFieldWhatIfChangesNothing() {
        let (rt, _, _) = session(model)
        let cash = evalText("run.cash.last", in: rt)
        XCTAssertFalse(errors("fresh = 1; x = run.cash.last given smb.churn = 200%/month", in: rt).isEmpty)
        XCTAssertEqual(errors("fresh", in: rt).first?.message, "unknown name 'fresh'")
        XCTAssertEqual(evalText("smb.churn", in: rt), "2%/month")
        _ = evalText("sweep smb.churn over [1%/month, 3%/month]: run.cash.last", in: rt)
        _ = evalText("tornado run.cash.last", in: rt)
        XCTAssertEqual(evalText("smb.churn", in: rt), "2%/month")
        XCTAssertEqual(evalText("run.cash.last", in: rt), cash)
    }
}
