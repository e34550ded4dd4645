import BizCore
#if canImport(Glibc)
import Glibc
#endif

/// What a `simulate` call produced, kept on the Run value.
///
/// A Monte Carlo run keeps what users read (issue 12 item 1): the total
/// series' samples, month by month (`totals`, 8 bytes per series, month and
/// sample), the inputs of every sample (`specs`, to re-simulate) and sample
/// 0 in full (`first`, for `explain` and reports). Per-segment samples are
/// computed when a segment's series is first read, by running the batch
/// again from the same specs: the engine is deterministic and each sample's
/// run depends only on its own inputs, so they are the very numbers an eager
/// batch would have stored (SampleColumnsTests checks that).
final class RunPayload: @unchecked Sendable {
    let company: ModelObject
    let currency: Currency
    let market: MarketSpec
    /// Sample 0's run (the only run of a certain model), with its segments.
    let first: Run
    /// Every sample's inputs; one for a certain model.
    let specs: [CompanySpec]
    /// The total series of every sample; nil for a certain model.
    let totals: SampleColumns?
    /// Per-segment columns already computed, by segment index.
    private(set) var segmentColumns: [Int: SampleColumns] = [:]

    var isUncertain: Bool { totals != nil }
    var months: Int { first.months }
    var sampleCount: Int { totals?.count ?? 1 }

    init(company: ModelObject, currency: Currency, market: MarketSpec, first: Run, specs: [CompanySpec], totals: SampleColumns?) {
        self.company = company
        self.currency = currency
        self.market = market
        self.first = first
        self.specs = specs
        self.totals = totals
    }

    /// Run `i`'s total series `name` (the only run's when certain).
    func total(_ name: String, run i: Int) -> [Double] {
        totals?.series(name, run: i) ?? first.total[name] ?? []
    }

    /// The samples of segment `k`'s series, simulated on first use. Nil if
    /// re-running fails (it ran once before, so only memory can make it).
    func segment(_ k: Int) -> SampleColumns? {
        if let c = segmentColumns[k] { return c }
        guard let c = try? simulateBatchColumns(specs, market: market, months: months, segment: k) else { return nil }
        segmentColumns[k] = c
        return c
    }
}

/// The engine's flow series: what happened during a month, 0 at month 0.
let flowSeriesNames: Set<String> = ["new", "new_sales", "new_reach", "new_referrals", "churned", "lost_to_rivals", "revenue", "costs", "profit"]

/// The unit each engine series is in. Counts of customers (MODEL.md's
/// expected values, so fractional) carry the count tag: read from the run
/// they print with one decimal, like the run's tables (§8).
func seriesDim(_ name: String, currency: Currency) -> Dim {
    switch name {
    case "revenue", "costs", "profit", "cash", "price": return .money(currency)
    case "share", "loyal": return .percent
    case "value", "rival_value": return .number
    default: return .count
    }
}

extension Interpreter {
    /// Builds the specs and runs the engine; once per sample when an input is
    /// uncertain (every input's sample i together).
    func simulate(_ company: ModelObject, months: Int?, span: SourceSpan) throws(BizError) -> Value {
        var builder = try SpecBuilder(rt: self, company: company, span: span, sample: nil)
        let spec = try builder.company(company)
        let market = try builder.market(months: months)
        let payload: RunPayload
        if builder.uncertain {
            let n = min(builder.sampleCount, sampleLimit ?? .max)
            monteCarloRuns += 1
            monteCarloSamples += n
            try checkMonteCarloMemory(samples: n, months: market.months, segments: spec.segments.count, span: span)
            for _ in 0..<n { try tick(span) }   // a step per sample, as the limits count them
            let specs = try sampleSpecs(builder, company, count: n, span: span)
            let totals = try runColumns(specs, market: market, span: span)
            let first: Run
            do { first = try BizCore.simulate(specs[0], market: market) } catch { throw coreError(error, span) }
            payload = RunPayload(company: company, currency: builder.currency, market: market, first: first, specs: specs, totals: totals)
        } else {
            let run: Run
            do { run = try BizCore.simulate(spec, market: market) } catch { throw coreError(error, span) }
            payload = RunPayload(company: company, currency: builder.currency, market: market, first: run, specs: [spec], totals: nil)
        }
        return .object(runObject(payload))
    }

    /// Every sample's spec, built on every core: a what-if over an
    /// uncertain model rebuilds them for each evaluation, and one core
    /// building them was its longest serial step. Each worker copies the
    /// builder (with the exchange-rate routes it found) and only reads the
    /// session; the first failing sample's error wins, as in a serial loop.
    /// Ctrl-C stops the workers within 64 samples; the stop is then reported
    /// at `span`, like any other.
    func sampleSpecs(_ builder: SpecBuilder, _ company: ModelObject, count n: Int, span: SourceSpan) throws(BizError) -> [CompanySpec] {
        let shared = SharedSpecBuilder(builder: builder, company: company)
        var specs: [CompanySpec] = []
        specs.reserveCapacity(n)
        for part in parallelChunks(count: n, minimum: 128, { shared.specs($0) }) { specs.append(contentsOf: try part.get()) }
        if specs.count < n {   // stopped: the stop's own error, else "interrupted"
            try tick(span)
            throw BizError.at(span, Message(RuntimeText.interrupted))
        }
        return specs
    }

    /// The total series of every sample, simulated in parallel over the
    /// cores (BizCore.simulateBatchColumns); in sample order, so the output
    /// is the same whatever the thread count.
    func runColumns(_ specs: [CompanySpec], market: MarketSpec, span: SourceSpan) throws(BizError) -> SampleColumns {
        try withProgress(span, .samples, total: specs.count) { () throws(BizError) in
            do { return try BizCore.simulateBatchColumns(specs, market: market, monitor: batchMonitor) }
            catch is BatchStopped { throw batchStopped(span) }
            catch { throw coreError(error, span) }
        }
    }

    /// Full runs of every sample, in parallel (what-ifs and tests that need
    /// each run's segments at once).
    func runBatch(_ specs: [CompanySpec], market: MarketSpec, span: SourceSpan) throws(BizError) -> [Run] {
        try withProgress(span, .samples, total: specs.count) { () throws(BizError) in
            do { return try BizCore.simulateBatch(specs, market: market, monitor: batchMonitor) }
            catch is BatchStopped { throw batchStopped(span) }
            catch { throw coreError(error, span) }
        }
    }

    /// A Run value: every series in total, per segment under `segments`.
    func runObject(_ p: RunPayload) -> ModelObject {
        func series(_ name: String, _ values: [Double], _ samples: MonthSamples?) -> SeriesValue {
            SeriesValue(values, dim: seriesDim(name, currency: p.currency), name: name, samples: samples,
                        isFlow: flowSeriesNames.contains(name))
        }
        /// Each month's median of a Monte Carlo series.
        @Sendable func medians(_ samples: MonthSamples, _ dim: Dim) -> [Double] {
            samples.map { SampleSet(samples: $0, dim: dim).quantile(0.5) }
        }
        var fields = Record()
        let names = p.first.total.availableNames
        if let totals = p.totals {
            // Each month's median of a total series is computed when its
            // values are first read: a what-if over an uncertain model
            // mostly reads one month's samples (`run.cash.last`).
            for name in names {
                let dim = seriesDim(name, currency: p.currency)
                fields[name] = .series(SeriesValue(samples: MonthSamples(columns: totals, name: name), dim: dim, name: name,
                                                   isFlow: flowSeriesNames.contains(name), medians: { medians($0, dim) }))
            }
        } else {
            for name in names { fields[name] = .series(series(name, p.first.total[name] ?? [], nil)) }
        }
        var segments = Record()
        for (k, set) in p.first.segments.enumerated() {
            var r = Record()
            for name in set.availableNames {
                let dim = seriesDim(name, currency: p.currency)
                if p.isUncertain {
                    r[name] = .series(SeriesValue(dim: dim, name: name, isFlow: flowSeriesNames.contains(name)) {
                        guard let columns = p.segment(k) else { return ([], nil) }
                        let samples = MonthSamples(columns: columns, name: name)
                        return (medians(samples, dim), samples)
                    })
                } else {
                    r[name] = .series(series(name, set[name] ?? [], nil))
                }
            }
            segments[set.name] = .record(r)
        }
        fields["segments"] = .record(segments)
        fields["months"] = .number(Double(p.months))
        fields["company"] = .object(p.company)
        return ModelObject(kind: .run, name: p.company.name, fields: fields, payload: p)
    }
}

/// What the workers of `sampleSpecs` share. They only read it: each builds
/// with its own copy of the builder.
private final class SharedSpecBuilder: @unchecked Sendable {
    let builder: SpecBuilder
    let company: ModelObject
    init(builder: SpecBuilder, company: ModelObject) { self.builder = builder; self.company = company }

    func specs(_ samples: Range<Int>) -> Result<[CompanySpec], BizError> {
        var b = builder
        var out: [CompanySpec] = []
        out.reserveCapacity(samples.count)
        do throws(BizError) {
            for i in samples {
                // Stopped: the caller reports it (the specs come back short).
                if i & 63 == 0 && Interrupt.requested { break }
                b.sample = i
                out.append(try b.company(company))
            }
        } catch { return .failure(error) }
        return .success(out)
    }
}
