import BizCore
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// What a `simulate` call produced, kept on the Run value: the engine's
/// runs (one, or one per Monte Carlo sample) and the currency they are in.
final class RunPayload: @unchecked Sendable {
    let company: ModelObject
    let runs: [Run]
    let currency: Currency
    var isUncertain: Bool { runs.count > 1 }
    var months: Int { runs.first?.months ?? 0 }

    init(company: ModelObject, runs: [Run], currency: Currency) {
        self.company = company
        self.runs = runs
        self.currency = currency
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
        var runs: [Run]
        if builder.uncertain {
            let n = builder.sampleCount
            // Every run's series, and the run value's per-month sample sets
            // (a second copy), before any of it is built.
            try reserve(count: n, stride: 2 * Run.estimatedBytes(months: market.months, segments: spec.segments.count), .samples, span)
            var specs: [CompanySpec] = []
            specs.reserveCapacity(n)
            for i in 0..<n {
                try tick(span)
                var b = try SpecBuilder(rt: self, company: company, span: span, sample: i)
                specs.append(try b.company(company))
            }
            runs = try runBatch(specs, market: market, span: span)
        } else {
            do { runs = [try BizCore.simulate(spec, market: market)] } catch { throw coreError(error, span) }
        }
        return .object(runObject(RunPayload(company: company, runs: runs, currency: builder.currency)))
    }

    /// Simulations in parallel over the cores (BizCore.simulateBatch);
    /// results in sample order, so the output is the same whatever the
    /// thread count.
    func runBatch(_ specs: [CompanySpec], market: MarketSpec, span: SourceSpan) throws(BizError) -> [Run] {
        try withProgress(span, .samples, total: specs.count) { () throws(BizError) in
            do { return try BizCore.simulateBatch(specs, market: market, monitor: batchMonitor) }
            catch is BatchStopped { throw batchStopped(span) }
            catch { throw coreError(error, span) }
        }
    }

    /// A Run value: every series in total, per segment under `segments`.
    func runObject(_ p: RunPayload) -> ModelObject {
        func set(_ pick: (Run) -> SeriesSet?) -> Record {
            var r = Record()
            guard let first = p.runs.first, let template = pick(first) else { return r }
            // Each run's series set, picked once rather than once per series
            // name (picking copies it: ~15% of a 1,000-sample run before).
            let picked = p.isUncertain ? p.runs.map(pick) : []
            for name in template.availableNames {
                let dim = seriesDim(name, currency: p.currency)
                if p.isUncertain {
                    let perSample = picked.map { $0?[name] ?? [] }
                    let months = template[name]?.count ?? 0
                    var samples: [[Double]] = []
                    samples.reserveCapacity(months)
                    for m in 0..<months { samples.append(perSample.map { m < $0.count ? $0[m] : 0 }) }
                    let medians = samples.map { SampleSet(samples: $0, dim: dim).quantile(0.5) }
                    r[name] = .series(SeriesValue(medians, dim: dim, name: name, samples: samples, isFlow: flowSeriesNames.contains(name)))
                } else {
                    r[name] = .series(SeriesValue(template[name] ?? [], dim: dim, name: name, isFlow: flowSeriesNames.contains(name)))
                }
            }
            return r
        }
        var fields = set { $0.total }
        var segments = Record()
        for name in p.runs.first?.segmentNames ?? [] {
            segments[name] = .record(set { $0.segment(named: name) })
        }
        fields["segments"] = .record(segments)
        fields["months"] = .number(Double(p.months))
        fields["company"] = .object(p.company)
        return ModelObject(kind: .run, name: p.company.name, fields: fields, payload: p)
    }
}

