/// `x.field`, `x[i]` and `x with {…}`.
extension Interpreter {
    func member(_ v: Value, _ name: String, _ span: SourceSpan) throws(BizError) -> Value {
        switch v {
        case .record(let r):
            if let f = r[name] { return f }
            throw noField(name, of: Message(RuntimeText.thisRecord), among: r.names, span)
        case .range(let r):
            switch name {
            case "lo": return .num(r.lo, r.dim)
            case "hi": return .num(r.hi, r.dim)
            case "mid": return .num((r.lo + r.hi) / 2, r.dim)
            case "width": return .num(r.hi - r.lo, r.dim)
            default: throw noField(name, of: Message(RuntimeText.aRange), among: ["lo", "hi", "mid", "width"], span)
            }
        case .series(let s):
            return try seriesMember(s, name, span)
        case .dist(let d):
            switch name {
            case "mean": return .num(d.mean, d.dim)
            case "sd": return .num(d.sd, d.dim)
            case "median": return .num(d.quantile(0.5), d.dim)
            case "p5": return .num(d.quantile(0.05), d.dim)
            case "p95": return .num(d.quantile(0.95), d.dim)
            default: throw noField(name, of: Message(RuntimeText.aDistribution), among: ["mean", "sd", "median", "p5", "p95"], span)
            }
        case .list(let xs):
            switch name {
            case "first": guard let x = xs.first else { throw BizError.at(span, Message(RuntimeText.listEmpty)) }; return x
            case "last": guard let x = xs.last else { throw BizError.at(span, Message(RuntimeText.listEmpty)) }; return x
            case "len", "count": return .number(Double(xs.count))
            default: throw noField(name, of: Message(RuntimeText.aList), among: ["first", "last", "len"], span)
            }
        case .object(let o):
            return try objectMember(o, name, span)
        case .str(let s) where name == "len":
            return .number(Double(s.count))
        default:
            throw BizError.at(span, Message(RuntimeText.noFields, v.typeText))
        }
    }

    /// `what` names the owner as «у {1} нет поля» needs it (genitive in Russian).
    func noField(_ name: String, of what: Message, among names: [String], _ span: SourceSpan) -> BizError {
        let hint = closest(to: name, among: names).map { Message(RuntimeText.didYouMeanName, $0) }
            ?? (names.isEmpty ? nil : Message(RuntimeText.theFields, names.joined(separator: ", ")))
        return BizError.at(span, Message(RuntimeText.noField, what, name), hint: hint)
    }

    /// An owner that is code (`segment smb`), the same in every language.
    func noField(_ name: String, of what: String, among names: [String], _ span: SourceSpan) -> BizError {
        noField(name, of: .verbatim(what), among: names, span)
    }

    func seriesMember(_ s: SeriesValue, _ name: String, _ span: SourceSpan) throws(BizError) -> Value {
        guard s.count > 0 else { throw BizError.at(span, Message(RuntimeText.seriesEmpty)) }
        // A Monte Carlo series: each summary is a distribution, taken run by
        // run (sample i of the sum is the sum of run i), so that
        // `prob(run.cash.last > 0 RUB)` works.
        if let samples = s.samples, let perSample = monteCarloSummary(samples, from: s.summaryStart, name) {
            return .dist(SampleSet(samples: perSample, dim: s.dim))
        }
        // A flow's summaries read months 1…N (MODEL.md "Series").
        let read = s.summaryValues
        switch name {
        case "first": return .num(read[read.startIndex], s.dim)
        case "last": return .num(s.values[s.values.count - 1], s.dim)
        case "sum", "total": return .num(read.reduce(0, +), s.dim)
        case "min": return .num(read.min() ?? 0, s.dim)
        case "max": return .num(read.max() ?? 0, s.dim)
        case "mean": return .num(read.reduce(0, +) / Double(read.count), s.dim)
        case "months": return .number(Double(s.count - 1))
        case "values": return .list(s.values.map { .num($0, s.dim) })
        default:
            throw noField(name, of: Message(RuntimeText.aSeries), among: ["first", "last", "sum", "min", "max", "mean", "months", "values"], span)
        }
    }

    /// first/last/sum/min/max/mean of every run of a Monte Carlo series
    /// over months `start`… (`samples[month][run]`); nil for other names.
    func monteCarloSummary(_ samples: MonthSamples, from start: Int, _ name: String) -> [Double]? {
        guard start < samples.count else { return nil }
        let months = samples.count - start
        /// Folds the months after `start` into month `start`'s samples, run by run.
        func fold(_ combine: (Double, Double) -> Double) -> [Double] {
            var acc = samples[start]
            for m in (start + 1)..<samples.count {
                let row = samples[m]
                for i in acc.indices where i < row.count { acc[i] = combine(acc[i], row[i]) }
            }
            return acc
        }
        switch name {
        case "first": return samples[start]
        case "last": return samples[samples.count - 1]
        case "sum", "total": return fold(+)
        case "min": return fold { Swift.min($0, $1) }
        case "max": return fold { Swift.max($0, $1) }
        case "mean": return fold(+).map { $0 / Double(months) }
        default: return nil
        }
    }

    func index(_ v: Value, _ i: Value, _ span: SourceSpan, _ indexSpan: SourceSpan) throws(BizError) -> Value {
        func position(_ count: Int) throws(BizError) -> Int {
            guard case .num(let x, let d) = i, d.isPlain || d == .duration else {
                throw BizError.at(indexSpan, Message(RuntimeText.indexWhole, i.typeText))
            }
            guard x == x.rounded(), x >= 0, x < Double(count) else {
                throw BizError.at(indexSpan, Message(RuntimeText.indexOutOfRange, Display(locale: .en).repr(i), String(count - 1)),
                                  hint: count == 0 ? Message(RuntimeText.itIsEmpty) : nil)
            }
            return Int(x)
        }
        switch v {
        case .list(let xs): return xs[try position(xs.count)]
        case .series(let s):
            let k = try position(s.count)
            if let samples = s.samples { return .dist(SampleSet(samples: samples[k], dim: s.dim)) }
            return .num(s.values[k], s.dim)
        case .str(let s):
            let chars = Array(s)
            return .str(String(chars[try position(chars.count)]))
        case .record(let r):
            guard case .str(let key) = i else { throw BizError.at(indexSpan, Message(RuntimeText.recordIndex)) }
            if let f = r[key] { return f }
            throw noField(key, of: Message(RuntimeText.thisRecord), among: r.names, indexSpan)
        default:
            throw BizError.at(span, Message(RuntimeText.cannotIndex, v.typeText))
        }
    }

    func with(_ base: Value, _ names: [String], _ values: [Value], _ spans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        switch base {
        case .record(var r):
            for (n, v) in zip(names, values) { r[n] = v }
            return .record(r)
        case .object(let o) where o.kind != .run:
            var fields = o.fields
            // `with {name: "product-first"}` renames the copy, so compare and
            // report labels tell the runs apart; every other key is a field.
            var newName = o.name
            for (i, (n, v)) in zip(names, values).enumerated() {
                guard n == "name" else { fields[n] = v; continue }
                guard case .str(let s) = v, !s.isEmpty else {
                    throw BizError.at(spans[i], Message(RuntimeText.objectName, o.kind.rawValue, v.typeText),
                                      hint: Message(RuntimeText.objectNameExample, "\(o.name) with {name: \"\(o.name)_2\"}"))
                }
                newName = s
            }
            let valueSpans = spans
            return try declare(o.kind.rawValue, newName, fields.names, fields.values,
                               fields.names.map { n in names.firstIndex(of: n).map { spans[$0] } ?? span },
                               fields.names.map { n in names.firstIndex(of: n).map { valueSpans[$0] } ?? span }, span)
        default:
            throw BizError.at(span, Message(RuntimeText.withCopies, base.typeText))
        }
    }
}
