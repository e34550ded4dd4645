import XCTest
@testable import BizLang
import BizFormat

/// MODEL.md v1.1 "Series" and issue 8 item 6: flows are 0 at month 0 by
/// definition, so their summaries, tables and charts read months 1…N, while
/// indexing and `len` keep month 0; `compare` draws one figure on one scale
/// across runs and shows differences from the first run; `with {name: …}`
/// renames a copy.
final class SeriesViewTests: XCTestCase {
    let base = """
    segment smb { size: 1000, customers: 500, wtp: uniform(0 RUB, 200 RUB), churn: 40%/year }
    company co { price: 100 RUB, segments: [smb] }
    run = simulate(co, months: 12)
    """

    func session() -> Interpreter {
        let rt = Interpreter()
        let out = evalText(base, in: rt)
        XCTAssertFalse(out.contains("error"), out)
        return rt
    }

    func testFlowSummariesReadMonthsOneToN() {
        let rt = session()
        // 500 customers lose 1 − 0.6^(1/12) = 4.1676% a month: 20.84 in month 1, 13.05 in month 12
        XCTAssertEqual(evalText("run.churned[0]", in: rt), "0")
        XCTAssertEqual(evalText("round(run.churned.first, 4)", in: rt), "20.8377")
        XCTAssertEqual(evalText("round(run.churned.min, 4)", in: rt), "13.0464")
        XCTAssertEqual(evalText("round(min(run.churned), 4)", in: rt), "13.0464")
        XCTAssertEqual(evalText("run.churned.max == run.churned[1]", in: rt), "true")
        // the mean is over the 12 months that happened: 200 left in total
        XCTAssertEqual(evalText("sum(run.churned)", in: rt), "200")
        XCTAssertEqual(evalText("mean(run.churned) == 200 / 12", in: rt), "true")
        XCTAssertEqual(evalText("run.churned.mean == 200 / 12", in: rt), "true")
        XCTAssertEqual(evalText("len(run.churned)", in: rt), "13")
        XCTAssertEqual(evalText("run.revenue.min", in: rt), "30,000 RUB")
        // arithmetic on flows keeps them flows; stocks still read month 0
        XCTAssertEqual(evalText("(run.churned * 2).min == 2 * run.churned[12]", in: rt), "true")
        XCTAssertEqual(evalText("run.customers.first", in: rt), "500")
        XCTAssertEqual(evalText("run.customers.max", in: rt), "500")
    }

    func testFlowTablesAndSummaryHeaderSaySo() {
        let rt = session()
        let churned = rt.richView(rt.cachedValue(of: "run").map { v in (try? rt.member(v, "churned", SourceSpan.none)) ?? v } ?? .nothing)
        XCTAssertTrue(churned.hasPrefix("month       1     3     5     7     9    11  12\n"), churned)
        XCTAssertTrue(churned.hasSuffix("\n█▇▆▆▅▄▄▃▃▂▂▁"), churned)
        let runView = rt.richView(rt.cachedValue(of: "run") ?? .nothing)
        XCTAssertTrue(runView.hasPrefix("run of co, 12 months; flows (revenue, profit) read months 1…12\n"), runView)
        // At 80 columns the trend gets the 10 columns the figures leave (issue 11: the summary fits 80).
        XCTAssertTrue(runView.contains("revenue    47,916.23 RUB      30,000 RUB  30,000 RUB   47,916.23 RUB  █▇▆▆▅▄▃▂▂▁\n"), runView)
        XCTAssertLessThanOrEqual(widestLine(runView), 80)
        XCTAssertEqual(Display(locale: .en).format(try XCTUnwrap(rt.cachedValue(of: "run").flatMap { try? rt.member($0, "revenue", .none) })),
                       "series revenue months 1…12: 47,916.23 RUB → 30,000 RUB")
    }

    func testCompareDrawsOneScaleAndDiffersFromTheFirst() {
        let rt = session()
        let text = evalText("""
        stronger = co with {name: "stronger", price: 80 RUB}
        weaker = co with {name: "weaker", price: 120 RUB}
        compare(run, simulate(stronger, months: 12), simulate(weaker, months: 12))
        """, in: rt)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "figure                            co        stronger          weaker      Δ stronger        Δ weaker", text)
        XCTAssertTrue(lines.contains("customers at the end             300             300             240               0             -60"), text)
        XCTAssertTrue(lines.contains("share at the end                 30%             30%             24%              0%             -6%"), text)
        XCTAssertTrue(lines.contains("Δ: the difference from co"), text)
        // the same 500 starting customers draw the same block in every run
        guard let at = lines.firstIndex(of: "customers") else { return XCTFail(text) }
        let firstBlocks = lines[(at + 1)...(at + 3)].map { $0.split(separator: " ").last?.first }
        XCTAssertEqual(Set(firstBlocks).count, 1, text)
        // loyalty is constant in each run (80%, 86.67%, 70%): on one scale
        // each sits at its own level, not all at the bottom
        guard let loyal = lines.firstIndex(of: "loyal") else { return XCTFail(text) }
        XCTAssertEqual(Array(lines[(loyal + 1)...(loyal + 3)]),
                       ["  co        ▆▆▆▆▆▆▆▆▆▆▆▆▆", "  stronger  █████████████", "  weaker    ▁▄▄▄▄▄▄▄▄▄▄▄▄"], text)
    }

    func testWithNameRenamesTheCopy() {
        let rt = session()
        XCTAssertEqual(evalText("(co with {name: \"product-first\"}).name", in: rt), "product-first")
        XCTAssertEqual(evalText("co.name", in: rt), "co")
        XCTAssertEqual(errors("co with {name: 5}", in: rt).first?.message, "a company's name is a non-empty string, not number")
    }

    let twoBands = """
    band lo = 80..120 RUB
    band hi = 120..220 RUB
    segment a { size: 1000, customers: 300, band: lo, wtp: uniform(50 RUB, 250 RUB) }
    segment b { size: 1000, customers: 300, band: hi, wtp: uniform(50 RUB, 250 RUB) }
    company c { price: 100 RUB, segments: [a, b] }
    """

    /// To the band top each segment has its own price; the table shows it
    /// per segment instead of a stayer-weighted mean nobody pays.
    func testStressTableShowsEachSegmentsNewPrice() {
        let rt = Interpreter()
        XCTAssertEqual(evalText(twoBands, in: rt), "")
        XCTAssertEqual(evalText("stress(c)", in: rt), """
        stress test at month 0: price 100 RUB → per segment
        segment  new price    stay  stayers  leavers  revenue before  revenue after  change
        ───────  ─────────  ──────  ───────  ───────  ──────────────  ─────────────  ──────
        total               53.33%      320      280      60,000 RUB     44,400 RUB    -26%
        a          120 RUB  86.67%      260       40      30,000 RUB     31,200 RUB      4%
        b          220 RUB     20%       60      240      30,000 RUB     13,200 RUB    -56%
        """)
        let raised = evalText("stress(c, price: +10%)", in: rt)
        XCTAssertTrue(raised.hasPrefix("stress test at month 0: price 100 RUB → 110 RUB\n"), raised)
        XCTAssertTrue(raised.contains("\ntotal      110 RUB  93.33%"), raised)
    }

    /// An uncertain run's stress table keeps its title and columns, with
    /// each figure's mean.
    func testUncertainStressTableKeepsItsFormat() {
        var settings = Settings()
        settings.samples = 20
        let rt = Interpreter(settings: settings)
        XCTAssertEqual(evalText(twoBands + "\nconv = 2% to 4%\nstrategy st { leads: 100/month, conversion: conv }", in: rt), "")
        let text = evalText("stress(simulate(c with {strategy: st}, months: 3), at: 3)", in: rt)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "stress test at month 3: price 100 RUB → per segment (means of 20 Monte Carlo samples)", text)
        XCTAssertEqual(lines.dropFirst().first, "segment  new price    stay  stayers  leavers  revenue before  revenue after  change", text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("a          120 RUB  86.67%  ") }, text)
        XCTAssertFalse(text.contains("90% CI"), text)
    }

    /// `plot` of a percent series labels its axis in percents, and a flow's
    /// chart starts at month 1 (its scale ignores month 0's 0).
    func testPlotLabelsPercentsAndStartsFlowsAtMonthOne() {
        let rt = session()
        var printed = ""
        rt.output = { printed += $0 }
        XCTAssertEqual(evalText("plot run.share", in: rt), "")
        XCTAssertTrue(printed.hasPrefix("50% ┤**"), printed)
        XCTAssertTrue(printed.contains("\n30% ┤"), printed)
        printed = ""
        XCTAssertEqual(evalText("plot run.revenue", in: rt), "")
        let rows = printed.components(separatedBy: "\n")
        // the lowest label is near month 12's 30,000 RUB, not month 0's 0
        XCTAssertFalse(rows.contains { $0.hasPrefix("     0 ┤") || $0.hasPrefix("0 ┤") }, printed)
        XCTAssertTrue(rows.contains { $0.hasPrefix("30,000 ┤") }, printed)
        // the line starts in month 1's column, leaving month 0 empty
        XCTAssertEqual(rows[1], "       │     *", printed)
    }
}
