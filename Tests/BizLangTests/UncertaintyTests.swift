import XCTest
import BizCore
@testable import BizLang

/// LANGUAGE.md §6 and MODEL.md "Uncertain inputs": distributions, their
/// streams, uncertain exchange rates and Monte Carlo simulation, checked
/// against values computed independently.
final class UncertaintyTests: XCTestCase {
    func session(samples: Int = 1000, seed: UInt64 = 42) -> Interpreter {
        var s = Settings()
        s.samples = samples
        s.seed = seed
        return Interpreter(settings: s)
    }

    func samples(_ name: String, in rt: Interpreter) -> [Double] {
        guard case .dist(let d)? = rt.value(of: name) else { XCTFail("\(name) is not a distribution"); return [] }
        return d.samples
    }

    // MARK: a to b

    func testIntervalHasTheLognormalsMedianAndMean() {
        // 5 to 10: σ = ln 2 / (2·1.6448536), median √50 = 7.0711, mean e^(μ+σ²/2) = 7.2298.
        let rt = session(samples: 100_000)
        _ = evalText("x = 5 to 10", in: rt)
        let xs = samples("x", in: rt).sorted()
        let n = Double(xs.count)
        let sigma = log(2.0) / (2 * 1.6448536269514722)
        let median = 50.0.squareRoot(), mean = median * exp(sigma * sigma / 2)
        let sd = mean * (exp(sigma * sigma) - 1).squareRoot()
        XCTAssertEqual(median, 7.0711, accuracy: 0.0001)
        XCTAssertEqual(mean, 7.2298, accuracy: 0.0001)
        // Four standard errors: of the mean sd/√n; of the median 1/(2·f(m)·√n).
        let density = 1 / (median * sigma * (2 * Double.pi).squareRoot())
        XCTAssertEqual(xs.reduce(0, +) / n, mean, accuracy: 4 * sd / n.squareRoot())
        XCTAssertEqual(xs[xs.count / 2], median, accuracy: 4 / (2 * density * n.squareRoot()))
        XCTAssertEqual(evalText("p(x, 5%)", in: rt), evalText("p(x, 5%)", in: rt))
        XCTAssertEqual(Double(evalText("round(p(x, 5%), 2)", in: rt)) ?? 0, 5, accuracy: 0.02)
    }

    func testIntervalNeedsPositiveEnds() {
        let d = errors("x = 0 to 10")
        XCTAssertEqual(d.first?.message, "'a to b' is a lognormal and needs both ends above 0")
        XCTAssertTrue(d.first?.hints.first?.contains("normal(mean, sd)") == true)
        XCTAssertTrue(d.first?.hints.first?.contains("uniform(lo, hi)") == true)
    }

    func testUnitsCarry() {
        let rt = session()
        XCTAssertTrue(evalText("90 RUB to 140 RUB", in: rt).hasPrefix("mean 11"))
        XCTAssertTrue(evalText("90 RUB to 140 RUB", in: rt).contains("RUB"))
        XCTAssertTrue(evalText("2% to 6%", in: rt).contains("%, 90% CI"))
        let rate = String(evalText("2%/month to 6%/month", in: rt).split(separator: "\n")[0])
        XCTAssertTrue(rate.hasPrefix("mean 3.") && rate.contains("%/month, 90% CI ") && rate.hasSuffix("%/month"), rate)
        XCTAssertEqual(evalText("type(mean(2%/month to 6%/month))", in: rt), evalText("type(4%/month)", in: rt))
    }

    func testDisplayShowsMeanIntervalAndAHistogram() {
        let text = evalText("x = 90 to 140; x")
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("mean 11") && lines[0].contains(", 90% CI "), text)
        XCTAssertTrue((10...24).contains(lines[1].count), text)
    }

    // MARK: correlation and streams

    func testSampleWiseArithmeticKeepsCorrelation() {
        let rt = session()
        _ = evalText("x = 5 to 10; y = x - x; z = 2 * x - x", in: rt)
        XCTAssertTrue(samples("y", in: rt).allSatisfy { $0 == 0 })
        XCTAssertEqual(samples("z", in: rt), samples("x", in: rt))
        XCTAssertEqual(evalText("prob(x - x == 0)", in: rt), "100%")
        XCTAssertEqual(evalText("prob(x > x)", in: rt), "0%")
        rt.errorOutput = { _ in }
        _ = evalText("expect x - x == 0", in: rt)
        XCTAssertEqual(rt.expectPassed, 1)
        XCTAssertEqual(rt.expectFailed, 0)
    }

    func testEachCellDrawsFromItsOwnStreamWhateverTheOrder() {
        let one = session(), two = session()
        _ = evalText("a = 5 to 10; b = 5 to 10", in: one)
        _ = evalText("b = 5 to 10; a = 5 to 10", in: two)
        XCTAssertEqual(samples("a", in: one), samples("a", in: two))
        XCTAssertEqual(samples("b", in: one), samples("b", in: two))
        XCTAssertNotEqual(samples("a", in: one), samples("b", in: one), "two cells, two streams")
        // The position in the formula names the stream too.
        _ = evalText("c = (5 to 10) - (5 to 10)", in: one)
        XCTAssertFalse(samples("c", in: one).allSatisfy { $0 == 0 })
    }

    func testTheSeedChoosesTheSamples() {
        let a = session(seed: 42), b = session(seed: 42), c = session(seed: 43)
        for rt in [a, b, c] { _ = evalText("x = normal(100, 15)", in: rt) }
        XCTAssertEqual(samples("x", in: a), samples("x", in: b))
        XCTAssertNotEqual(samples("x", in: a), samples("x", in: c))
    }

    // MARK: uncertain exchange rates

    func testConvertingByAnUncertainRateGivesADistribution() {
        let rt = session()
        _ = evalText("rate USD = 60 RUB to 70 RUB; x = 100 USD in RUB; r = 100 USD + 500 RUB", in: rt)
        let xs = samples("x", in: rt).sorted()
        XCTAssertEqual(xs[50], 6000, accuracy: 60)      // p5 of 100 × (60 to 70)
        XCTAssertEqual(xs[950], 7000, accuracy: 70)     // p95
        // Sample i of every conversion uses the rate's sample i.
        _ = evalText("d = (100 USD in RUB) - x", in: rt)
        XCTAssertTrue(samples("d", in: rt).allSatisfy { $0 == 0 })
        // 500 RUB in USD is 500 / rate, sample by sample.
        let r = samples("r", in: rt), x = samples("x", in: rt)
        for i in 0..<10 { XCTAssertEqual(r[i], 100 + 500 / (x[i] / 100), accuracy: 1e-9) }
        XCTAssertTrue(evalText("prob(100 USD > 6500 RUB)", in: rt).hasSuffix("%"))
        XCTAssertEqual(rt.value(of: "rate USD").map { if case .dist = $0 { true } else { false } }, true)
    }

    func testARateMustStayPositive() {
        let d = errors("rate USD = normal(1 RUB, 5 RUB)")
        XCTAssertTrue(d.first?.message.contains("must be positive") == true, "\(d)")
    }

    // MARK: Monte Carlo

    /// A one-segment company with costs in dollars and an uncertain dollar.
    let dollarCosts = """
    rate USD = 60 RUB to 70 RUB
    market { months: 12, currency: RUB, resolution: 50 }
    segment s { size: 2k, customers: 500, wtp: 100 RUB to 300 RUB, churn: 2%/month }
    company c { price: 150 RUB, segments: [s], fixed_costs: 1k USD/month, unit_cost: 0.5 USD, cash: 100k RUB }
    run = simulate(c)
    """

    func testAnUncertainRateMakesSimulateRunMonteCarlo() {
        let rt = session(samples: 100)
        XCTAssertEqual(evalText(dollarCosts, in: rt), "")
        guard case .object(let o)? = rt.value(of: "run"), let p = o.payload else { return XCTFail("no run") }
        XCTAssertEqual(p.sampleCount, 100)
        // Cash after month 1 is 100k + revenue − (1k USD + 0.5 USD · customers) · rate, per sample.
        let rates = samples("rate USD", in: rt)
        for i in [0, 17, 99] {
            let customers = p.total("customers", run: i)[1]
            let revenue = p.total("revenue", run: i)[1]
            let expected = 100_000 + revenue - (1000 + 0.5 * customers) * rates[i]
            XCTAssertEqual(p.total("cash", run: i)[1], expected, accuracy: 1e-6)
        }
    }

    func testMonteCarloSeriesGiveDistributions() {
        let rt = session(samples: 100)
        _ = evalText(dollarCosts, in: rt)
        XCTAssertTrue(evalText("run.cash.last", in: rt).hasPrefix("mean "))
        XCTAssertTrue(evalText("run.cash[6]", in: rt).hasPrefix("mean "))
        let p = evalText("prob(run.cash.last > 0 RUB)", in: rt)
        XCTAssertTrue(p.hasSuffix("%"), p)
        // sum and last per run: the last month's cash is the start plus every month's profit.
        _ = evalText("gap = run.cash.last - run.profit.sum - 100k RUB", in: rt)
        XCTAssertTrue(samples("gap", in: rt).allSatisfy { abs($0) < 1e-6 })
        XCTAssertEqual(evalText("prob(run.cash.min <= run.cash.first)", in: rt), "100%")
        XCTAssertEqual(evalText("prob(sum(run.profit) == run.profit.sum)", in: rt), "100%", "functions and fields agree")
        XCTAssertEqual(evalText("prob(max(run.cash) == run.cash.max)", in: rt), "100%")
        let view = evalText("run.cash", in: rt)
        XCTAssertTrue(view.contains("p5") && view.contains("p50") && view.contains("p95"), view)
    }

    func testStressAndCompareAcceptUncertainRuns() {
        let rt = session(samples: 50)
        _ = evalText(dollarCosts, in: rt)
        // Costs are uncertain, prices are not: every sample keeps the same
        // share, so the distribution prints as its one value.
        XCTAssertEqual(evalText("type(stress(run, price: +20%).stay)", in: rt), "distribution of percent")
        XCTAssertEqual(evalText("type(stress(c, price: +20%).revenue_after)", in: rt), "distribution of money (RUB)")
        let table = evalText("compare(run, simulate(c with {price: 170 RUB}))", in: rt)
        XCTAssertTrue(table.contains("cash at the end"), table)
    }

    func testMonteCarloDoesNotDependOnTheThreadCount() {
        // The batch runs in parallel; the same specs run one at a time (one
        // thread) must give exactly the same series, in the same order.
        let rt = session(samples: 40)
        _ = evalText(dollarCosts, in: rt)
        guard case .object(let o)? = rt.value(of: "run"), let p = o.payload,
              case .object(let company)? = rt.value(of: "c") else { return XCTFail("no run") }
        do {
            var specs: [CompanySpec] = []
            var market = MarketSpec()
            for i in 0..<40 {
                var b = try SpecBuilder(rt: rt, company: company, span: .none, sample: i)
                specs.append(try b.company(company))
                market = try b.market(months: nil)
                let alone = try rt.runBatch([specs[i]], market: market, span: .none)
                XCTAssertEqual(alone.first?.total["cash"], p.total("cash", run: i), "sample \(i)")
            }
            for threads in [1, 3, 8] {
                let runs = try BizCore.simulateBatch(specs, market: market, threads: threads)
                XCTAssertEqual(runs.map { $0.total["cash"] ?? [] }, (0..<40).map { p.total("cash", run: $0) }, "\(threads) threads")
            }
        } catch { XCTFail("\(error)") }
        let again = session(samples: 40)
        _ = evalText(dollarCosts, in: again)
        XCTAssertEqual(evalText("samples(run.cash.last)", in: rt), evalText("samples(run.cash.last)", in: again))
    }

    func testAnUncertainConversionRunsMonteCarloAndGoalCanUseIt() {
        let rt = session(samples: 30)
        _ = evalText("""
        conversion = 3% to 8%
        market { months: 6, currency: RUB, resolution: 20 }
        segment s { size: 10k, wtp: 100 RUB to 300 RUB }
        strategy calls { leads: 1k/month, conversion: conversion, cost_per_lead: 5 RUB }
        company c { price: 150 RUB, segments: [s], strategy: calls }
        run = simulate(c)
        """, in: rt)
        XCTAssertTrue(evalText("run.customers.last", in: rt).hasPrefix("mean "))
        // More conversion, more customers: the expected count at month 6 rises with it.
        XCTAssertEqual(evalText("mean(run.customers.last given conversion = 10%) > mean(run.customers.last)", in: rt), "true")
    }

    // MARK: the bin engine and the WTP distribution

    func testALognormalWTPKeepsTheShareTheCDFPredicts() {
        // wtp 50 to 200: ln w ~ N(ln 100, σ), σ = ln 4 / (2·1.6448536).
        // Customers who pay 100 and stay at 120: (1 − F(120)) / (1 − F(100)).
        let sigma = log(4.0) / (2 * 1.6448536269514722)
        let f120 = 0.5 * erfc(-log(1.2) / sigma / 2.0.squareRoot())
        let exact = (1 - f120) / 0.5
        XCTAssertEqual(exact, 0.6653, accuracy: 0.0001)
        // The bin engine at resolution 200: every customer fits at 100 (half
        // the segment can afford it, and there are fewer customers than that).
        let rt = session()
        _ = evalText("""
        market { months: 1, currency: RUB, resolution: 200 }
        segment s { size: 10k, customers: 4k, wtp: 50 RUB to 200 RUB }
        company c { price: 100 RUB, segments: [s] }
        """, in: rt)
        _ = evalText("stay = stress(c, to: 120 RUB).stay", in: rt)
        guard case .num(let stay, .percent)? = rt.value(of: "stay") else { return XCTFail("stay is not a percent") }
        XCTAssertEqual(stay, exact, accuracy: 0.01)
    }

    // MARK: reproducible output

    func testTheSameSeedPrintsTheSameAndAnotherSeedDoesNot() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/uncertainty.biz")
        let text = try String(contentsOf: url, encoding: .utf8)
        func run(seed: UInt64) throws -> String {
            let rt = session(samples: 30, seed: seed)
            final class Out: @unchecked Sendable { var text = "" }
            let out = Out()
            rt.output = { out.text += $0 }
            rt.errorOutput = { _ in }
            try rt.run(SourceFile(name: "uncertainty.biz", text: text))
            return out.text
        }
        let a = try run(seed: 42), b = try run(seed: 42), c = try run(seed: 7)
        XCTAssertFalse(a.isEmpty)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
    }
}

/// SampleSet's selection-based quantile agrees with sorting.
final class SampleSetTests: XCTestCase {
    func testQuantileMatchesTheSortedDefinition() {
        var rng = SystemRandomNumberGenerator()
        for n in [1, 2, 3, 10, 101, 1000] {
            let xs = (0..<n).map { _ in Double(Int.random(in: 0..<20, using: &rng)) + Double.random(in: 0..<1, using: &rng) * 0.5 }
            let sorted = xs.sorted()
            for q in [0, 0.05, 0.25, 0.5, 0.9, 0.95, 1] {
                let pos = q * Double(n - 1)
                let i = Int(pos), frac = pos - Double(i)
                let expected = i + 1 < n ? sorted[i] * (1 - frac) + sorted[i + 1] * frac : sorted[i]
                XCTAssertEqual(SampleSet(samples: xs, dim: .number).quantile(q), expected, "n \(n), q \(q)")
            }
        }
        XCTAssertEqual(SampleSet(samples: Array(repeating: 7, count: 1000), dim: .number).quantile(0.5), 7)
    }
}
