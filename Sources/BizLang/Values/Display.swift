import BizFormat
#if canImport(Glibc)
import Glibc
#endif

/// How values print (LANGUAGE.md §8).
struct Display {
    let locale: OutputLocale

    func scalar(_ x: Double, _ d: Dim) -> String {
        let body: String
        switch d.kind {
        case .number where d.isCount: body = formatNumber(Display.countShown(x), locale: locale)
        case .number: body = formatNumber(x, locale: locale)
        case .percent: body = formatPercent(x, locale: locale)
        case .money: body = formatMoney(x, currency: d.currency?.code ?? "?", locale: locale)
        // `pushed_tenure: forever` (MODEL.md): a duration that only compares.
        case .duration where x == .infinity: body = locale == .ru ? "бессрочно" : "forever"
        case .duration: body = duration(x)
        }
        guard let per = d.per else { return body }
        return body + "/" + periodWord(per)
    }

    func duration(_ months: Double) -> String { formatDuration(months: months, locale: locale) }

    func periodWord(_ p: Period) -> String { BizFormat.periodWord(p.word, locale: locale) }

    /// A value as the REPL echoes it; strings without quotes at the top.
    func format(_ v: Value) -> String {
        switch v {
        case .str(let s): return s
        case .dist(let d) where !d.isBool && d.samples.contains(where: { $0 != d.samples.first }):
            return distSummary(d) + "\n" + histogramLine(samples: d.samples, bins: 24)
        default: return repr(v)
        }
    }

    /// A value inside a list or record: strings quoted.
    func repr(_ v: Value) -> String {
        var w = Writer()
        write(v, depth: 0, into: &w)
        return w.out
    }

    /// The longest text `repr` (so `str`, `print` of a list, the REPL's
    /// echo, a value in an export) makes of one value, in UTF-8 bytes; longer
    /// is cut with "…". Values can share structure (`xs = [xs, xs]` sixty
    /// times is 2^60 items), so the cut is what keeps printing linear in
    /// what is printed.
    static let maxLength = 100_000

    /// The text being built, and whether it was cut.
    private struct Writer {
        var out = ""
        var cut = false

        /// False (after marking the cut once) when the text is full.
        mutating func room() -> Bool {
            if cut { return false }
            if out.utf8.count < Display.maxLength { return true }
            out += "…"
            cut = true
            return false
        }

        mutating func append(_ text: String) {
            guard room() else { return }
            let left = Display.maxLength - out.utf8.count
            if text.utf8.count <= left { out += text; return }
            // Cut on a character boundary.
            var end = text.startIndex, used = 0
            for c in text {
                let n = c.utf8.count
                if used + n > left { break }
                used += n
                end = text.index(after: end)
            }
            out += text[..<end]
            out += "…"
            cut = true
        }
    }

    /// Deeply nested lists and records print their first levels only.
    private func write(_ v: Value, depth: Int, into w: inout Writer) {
        guard w.room() else { return }
        if depth > 40 { w.append("…"); return }
        // In ru a decimal comma would be ambiguous: items are separated by "; ".
        let sep = locale == .ru ? "; " : ", "
        switch v {
        case .list(let items):
            w.append("[")
            for (k, x) in items.prefix(200).enumerated() {
                if k > 0 { w.append(sep) }
                write(x, depth: depth + 1, into: &w)
                if w.cut { break }
            }
            if items.count > 200 { w.append("\(sep)… (\(items.count) items)") }
            w.out += "]"
        case .record(let r):
            w.out += "{"
            for (k, (n, x)) in zip(r.names, r.values).enumerated() {
                if k > 0 { w.append(sep) }
                w.append("\(n): ")
                write(x, depth: depth + 1, into: &w)
                if w.cut { break }
            }
            w.out += "}"
        case .box(let b): write(b.value, depth: depth + 1, into: &w)
        default: w.append(leaf(v))
        }
    }

    /// A value that holds no other values.
    private func leaf(_ v: Value) -> String {
        switch v {
        case .num(let x, let d): return scalar(x, d)
        case .bool(let b): return b ? "true" : "false"
        case .str(let s): return "\"" + s.replacing("\"", with: "\\\"") + "\""
        case .range(let r):
            return rangeText(r)
        case .function(let f): return "<fn \(f.code.name)(\(f.code.params.map(\.name).joined(separator: ", ")))>"
        case .builtin(let b): return "<builtin \(b.name)(\(b.params.joined(separator: ", ")))>"
        case .dist(let d): return formText(d) ?? distSummary(d)
        case .series(let s): return seriesSummary(s)
        case .object(let o): return objectSummary(o)
        case .nothing: return "nothing"
        case .list, .record, .box: return repr(v)
        }
    }

    func rangeText(_ r: RangeValue) -> String {
        // One unit at the end: 80..120 RUB.
        let hi = scalar(r.hi, r.dim)
        let lo = scalar(r.lo, r.dim)
        if r.dim.kind == .money, let code = r.dim.currency?.code, r.dim.per == nil {
            let suffix = locale == .ru && code == "RUB" ? " ₽" : " " + code
            if lo.hasSuffix(suffix) { return String(lo.dropLast(suffix.count)) + ".." + hi }
        }
        return lo + ".." + hi
    }

    func distSummary(_ d: SampleSet) -> String {
        if d.isBool { return "probability " + formatPercent(d.mean, locale: locale) }
        // No spread left (x - x): just the value.
        if let first = d.samples.first, d.samples.allSatisfy({ $0 == first }) { return scalar(first, d.dim) }
        let lo = d.quantile(0.05), hi = d.quantile(0.95)
        return "mean \(scalar(roundSignificant(d.mean), d.dim)), 90% CI \(rangeText(RangeValue(lo: roundSignificant(lo), hi: roundSignificant(hi), dim: d.dim)))"
    }

    /// A distribution inside a record or object prints as it was written,
    /// when it has a closed form: `80 RUB to 180 RUB`, `normal(100, 15)`.
    func formText(_ d: SampleSet) -> String? {
        guard let form = d.form else { return nil }
        func q(_ x: Double) -> String { scalar(roundSignificant(x, digits: 6), d.dim) }
        switch form {
        case .lognormal:
            return "\(q(form.quantile(0.05))) to \(q(form.quantile(0.95)))"
        case .normal(let m, let sd): return "normal(\(q(m)), \(q(sd)))"
        case .uniform(let lo, let hi): return "uniform(\(q(lo)), \(q(hi)))"
        case .triangular(let lo, let mode, let hi): return "triangular(\(q(lo)), \(q(mode)), \(q(hi)))"
        case .beta(let a, let b): return "beta(\(formatNumber(a, locale: locale)), \(formatNumber(b, locale: locale)))"
        case .empirical: return nil
        }
    }

    /// A count from a run as the run's tables show it: one decimal (the
    /// engine's counts are expected values, so fractional).
    static func countShown(_ x: Double) -> Double {
        x.magnitude < 1e14 ? (x * 10).rounded() / 10 : x
    }

    /// Summaries of samples show 4 significant digits: more would be noise.
    func roundSignificant(_ x: Double, digits: Int = 4) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let magnitude = Int((log10(Swift.abs(x))).rounded(.down))
        let scale = pow(10, Double(digits - 1 - magnitude))
        return (x * scale).rounded() / scale
    }

    func seriesSummary(_ s: SeriesValue) -> String {
        let read = s.summaryValues
        guard let first = read.first, let last = read.last else { return "series (empty)" }
        return "series \(s.name.isEmpty ? "" : s.name + " ")months \(s.summaryStart)…\(s.values.count - 1): \(scalar(first, s.dim)) → \(scalar(last, s.dim))"
    }

    func objectSummary(_ o: ModelObject) -> String {
        if o.kind == .schedule, let initial = o.fields["initial"], case .list(let steps)? = o.fields["steps"] {
            var text = repr(initial)
            for case .record(let step) in steps {
                guard let m = step["month"], let v = step["value"] else { continue }
                let signed = step["relative"].map { if case .bool(true) = $0 { true } else { false } } ?? false
                var value = repr(v)
                if signed, !value.hasPrefix("-") { value = "+" + value }
                text += " until month \(repr(m)) then \(value)"
            }
            return text
        }
        if o.kind == .band, let r = o.fields["range"] { return "band \(o.name) = \(repr(r))" }
        if o.kind != .run, o.kind != .schedule {
            return "\(declarationLabel(o.kind.rawValue, o.name)) {" + zip(o.fields.names, o.fields.values).map { n, v in
                if case .object(let inner) = v, inner.kind != .schedule { return "\(n): \(inner.name)" }
                if case .list(let xs) = v { return "\(n): [" + xs.map { x in if case .object(let i) = x { i.name } else { repr(x) } }.joined(separator: ", ") + "]" }
                if case .record(let r) = v, let share = r["of_revenue"] { return "\(n): \(repr(share)) of revenue" }
                return "\(n): \(repr(v))"
            }.joined(separator: ", ") + "}"
        }
        let fields = zip(o.fields.names, o.fields.values).map { "\($0): \(repr($1))" }
        if o.kind == .run { return "run of \(o.name)" }
        return "\(o.kind.rawValue) \(o.name) {\(fields.joined(separator: ", "))}"
    }
}
