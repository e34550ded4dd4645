import XCTest
import BizCore
@testable import BizLang

/// A Monte Carlo run keeps its totals by month and computes a segment's
/// samples when they are first read (issue 12 item 1): the lazily computed
/// numbers must be exactly those of the full, eager runs.
final class MonteCarloMemoryTests: XCTestCase {
    let model = """
        market { months: 12, currency: RUB, resolution: 50 }
        conversion = 3% to 8%
        segment smb { size: 5k, customers: 500, competitors: 3k, wtp: 80 RUB to 200 RUB, churn: 1%/month to 4%/month }
        segment corp { size: 1k, customers: 50, competitors: 500, wtp: 150 RUB to 400 RUB, churn: 1%/month }
        strategy calls { leads: 1k/month, conversion: conversion, pressure: 30%, cost_per_lead: 10 RUB }
        company c { price: 120 RUB, segments: [smb, corp], strategy: calls, fixed_costs: 30k RUB/month, cash: 200k RUB }
        run = simulate(c)
        """

    func testSegmentSamplesAreComputedOnReadAndEqualTheEagerRuns() throws {
        var settings = Settings()
        settings.samples = 50
        let rt = Interpreter(settings: settings)
        XCTAssertEqual(evalText(model, in: rt), "")
        guard case .object(let o)? = rt.value(of: "run"), let p = o.payload,
              case .object(let company)? = rt.value(of: "c") else { return XCTFail("no run") }
        XCTAssertTrue(p.isUncertain)
        XCTAssertTrue(p.segmentColumns.isEmpty, "no segment is simulated before it is read")
        // The eager reference: every sample's full run, segments included.
        var specs: [CompanySpec] = []
        var market = MarketSpec()
        for i in 0..<50 {
            var b = try SpecBuilder(rt: rt, company: company, span: .none, sample: i)
            specs.append(try b.company(company))
            market = try b.market(months: nil)
        }
        let eager = try rt.runBatch(specs, market: market, span: .none)
        XCTAssertEqual((0..<50).map { p.total("cash", run: $0) }, eager.map { $0.total.cash })
        guard case .record(let segments)? = o.fields["segments"], case .record(let corp)? = segments["corp"],
              case .series(let customers)? = corp["customers"] else { return XCTFail("no segment series") }
        XCTAssertTrue(p.segmentColumns.isEmpty, "reaching the series does not compute it")
        guard let samples = customers.samples else { return XCTFail("no samples") }
        XCTAssertEqual(Array(p.segmentColumns.keys), [1], "reading corp computes corp only")
        for m in [0, 6, 12] { XCTAssertEqual(samples[m], eager.map { $0.segments[1].customers[m] }, "month \(m)") }
        for i in [0, 31, 49] { XCTAssertEqual(samples.run(i), eager[i].segments[1].customers) }
        XCTAssertEqual(customers.values, (0...12).map { m in SampleSet(samples: eager.map { $0.segments[1].customers[m] }, dim: .count).quantile(0.5) })
        // Through the language: the same numbers as the eager runs' samples.
        let smbChurned = eager.map { $0.segments[0].churned[12] }
        XCTAssertEqual(evalText("x = run.segments.smb.churned[12]", in: rt), "")
        guard case .dist(let d)? = rt.value(of: "x") else { return XCTFail("no distribution") }
        XCTAssertEqual(d.samples, smbChurned)
        XCTAssertEqual(Set(p.segmentColumns.keys), [0, 1])
    }

    /// The samples' specs, built on every core (`sampleSpecs`), are those of
    /// a serial loop over the samples, in sample order.
    func testSpecsBuiltInParallelAreTheSerialOnes() throws {
        var settings = Settings()
        settings.samples = 500
        let rt = Interpreter(settings: settings)
        XCTAssertEqual(evalText(model + "\nrate USD = 60 RUB to 70 RUB\nstrategy dollars { leads: 1k/month, cost_per_lead: 0.2 USD }\ncompany d { price: 2 USD, segments: [smb], strategy: dollars }", in: rt), "")
        for name in ["c", "d"] {
            guard case .object(let company)? = rt.value(of: name) else { return XCTFail("no company") }
            var serial: [CompanySpec] = []
            var b = try SpecBuilder(rt: rt, company: company, span: .none, sample: nil)
            _ = try b.company(company)
            XCTAssertTrue(b.uncertain)
            for i in 0..<500 {
                var one = try SpecBuilder(rt: rt, company: company, span: .none, sample: i)
                serial.append(try one.company(company))
            }
            let parallel = try rt.sampleSpecs(b, company, count: 500, span: .none)
            XCTAssertEqual(parallel, serial, name)
            XCTAssertNotEqual(parallel[0], parallel[499], "the samples differ")
        }
    }

    /// A total series' medians are computed on first read of its values
    /// (issue 12 item 3: a what-if reads `run.cash.last`, one month's
    /// samples), and are each month's median of the runs.
    func testTotalMediansAreComputedOnFirstReadOfTheValues() throws {
        var settings = Settings()
        settings.samples = 40
        let rt = Interpreter(settings: settings)
        XCTAssertEqual(evalText(model, in: rt), "")
        guard case .object(let o)? = rt.value(of: "run"), let p = o.payload, let totals = p.totals,
              case .series(let cash)? = o.fields["cash"] else { return XCTFail("no run") }
        var made = 0
        let lazy = SeriesValue(samples: MonthSamples(columns: totals, name: "cash"), dim: cash.dim, name: "cash", isFlow: false) { s in
            made += 1
            return s.map { SampleSet(samples: $0, dim: .number).quantile(0.5) }
        }
        XCTAssertEqual(lazy.count, 13)
        XCTAssertEqual(lazy.samples?[12], (0..<40).map { p.total("cash", run: $0)[12] })
        XCTAssertEqual(made, 0, "count and samples need no medians")
        XCTAssertEqual(lazy.values, cash.values)
        XCTAssertEqual(lazy.values.count, 13)
        XCTAssertEqual(made, 1, "computed once")
        XCTAssertEqual(cash.values[12], SampleSet(samples: (0..<40).map { p.total("cash", run: $0)[12] }, dim: .number).quantile(0.5))
        XCTAssertEqual(evalText("run.cash.months", in: rt), "12")
        XCTAssertEqual(evalText("mean(run.cash.last - run.cash[12])", in: rt), "0 RUB")
    }
}

/// Too many samples for memory: a located error before the batch allocates,
/// naming the count asked for and one that fits.
final class MonteCarloLimitTests: XCTestCase {
    let model = """
        market { months: 1200 }
        x = 2%/month to 5%/month
        segment s { size: 1k, customers: 10, wtp: 100 RUB to 200 RUB, churn: x }
        company c { price: 150 RUB, segments: [s] }
        r = simulate(c)
        """

    func testTooManySamplesIsALocatedErrorWithACountThatFits() {
        var settings = Settings()
        settings.samples = 1_000_000
        let rt = Interpreter(settings: settings)
        let found = errors(model, in: rt)
        XCTAssertEqual(found.count, 1)
        let text = found.first?.render() ?? ""
        XCTAssertTrue(text.hasPrefix("<repl>:5:5: error: not enough memory for a Monte Carlo of 1,000,000 samples over 1,200 months: "), text)
        XCTAssertTrue(text.contains(" more would go over the memory budget of "), text)
        let perSample = MonteCarloMemory.bytesPerSample(months: 1200, segments: 1)
        XCTAssertEqual(perSample, 1201 * 21 * 8 + MemoryLayout<CompanySpec>.stride + 32 + MemoryLayout<SegmentSpec>.stride + 32)
        // The hint's count is code (no separators) and fits the limit.
        let hint = text.split(separator: "\n").last.map(String.init) ?? ""
        let words = hint.split(separator: " ")
        guard words.count > 2, let fits = Int(words[1]) else { return XCTFail(hint) }
        XCTAssertEqual(hint, "hint: \(fits) samples fit: use --samples \(fits) (in the REPL, :samples \(fits)), or raise the budget with --max-memory SIZE")
        XCTAssertLessThanOrEqual(fits * perSample, MemoryBudget.limit)
        XCTAssertGreaterThan(fits * 100 / 99 * perSample, (MemoryBudget.limit - (MemoryBudget.residentBytes ?? 0)) * 9 / 10, "close to the room left")
        XCTAssertNil(rt.value(of: "r"))
        let ru = found.first?.render(locale: .ru) ?? ""
        XCTAssertTrue(ru.contains("error: не хватит памяти на Монте-Карло из 1 000 000 выборок за 1 200 мес.: нужно ещё "), ru)
        XCTAssertTrue(ru.contains("hint: поместится \(fits) выборок: --samples \(fits) (в REPL — :samples \(fits)) или больший бюджет: --max-memory РАЗМЕР"), ru)
    }

    func testSuggestedCountsReadAsAPersonWouldTypeThem() {
        XCTAssertEqual(MonteCarloMemory.roundedDown(123_456), 120_000)
        XCTAssertEqual(MonteCarloMemory.roundedDown(99), 99)
        XCTAssertEqual(MonteCarloMemory.roundedDown(1_999), 1_900)
        XCTAssertEqual(MonteCarloMemory.roundedDown(0), 0)
    }
}
