import BizFormat

/// Rich views of series, runs and comparisons: compact tables with
/// sparklines, for the REPL, `show` and `compare`.
struct Views {
    let locale: OutputLocale
    var display: Display { Display(locale: locale) }

    /// Month columns for a series of `count` values: about 7 of them.
    func monthColumns(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let last = count - 1
        let step = max(1, Int((Double(last) / 6).rounded(.up)))
        var cols = Array(stride(from: 0, through: last, by: step))
        if cols.last != last { cols.append(last) }
        return cols
    }

    func short(_ x: Double, _ d: Dim) -> String {
        // Counts from the engine are fractional expectations: one decimal is plenty.
        let rounded = d.kind == .money ? (x * 100).rounded() / 100 : d.kind == .percent ? x : Display.countShown(x)
        return display.scalar(rounded, d)
    }

    func series(_ s: SeriesValue) -> String {
        let cols = monthColumns(s.values.count)
        var rows: [[String]] = []
        if let samples = s.samples {
            for (label, q) in [("p5", 0.05), ("p50", 0.5), ("p95", 0.95)] {
                rows.append([label] + cols.map { short(SampleSet(samples: samples[$0], dim: s.dim).quantile(q), s.dim) })
            }
        } else {
            rows.append([s.name.isEmpty ? "value" : s.name] + cols.map { short(s.values[$0], s.dim) })
        }
        let table = renderTable(headers: ["month"] + cols.map(String.init), rows: rows)
        return table + "\n" + sparkline(s.values, maxWidth: 60)
    }

    func run(_ o: ModelObject, _ p: RunPayload) -> String {
        let names = ["customers", "fit", "pushed", "rivals", "unclaimed", "share", "loyal", "revenue", "profit", "cash"]
        var rows: [[String]] = []
        for name in names {
            guard case .series(let s)? = o.fields[name], let first = s.values.first, let last = s.values.last else { continue }
            rows.append([name, short(first, s.dim), short(last, s.dim), short(s.values.min() ?? 0, s.dim), short(s.values.max() ?? 0, s.dim),
                         sparkline(s.values, maxWidth: 36)])
        }
        let title = "run of \(p.company.name), \(p.months) months" + (p.isUncertain ? ", \(p.runs.count) Monte Carlo samples (medians)" : "")
        return renderTable(title: title, headers: ["series", "start", "end", "min", "max", "trend"], rows: rows,
                           alignments: [.left, .right, .right, .right, .right, .left])
    }

    /// Key figures of several runs side by side, the difference of the last
    /// from the first, and month-by-month sparklines.
    func compare(_ runs: [RunPayload]) -> String {
        var names = runs.map(\.company.name)
        if Set(names).count < names.count {
            // Same company under other strategies: name them by strategy.
            let strategies = runs.map { p -> String in
                if case .object(let s)? = p.company.fields["strategy"] { return s.kind == .schedule ? "schedule" : s.name }
                return "no strategy"
            }
            names = Set(strategies).count == strategies.count ? zip(names, strategies).map { "\($0) (\($1))" }
                : names.enumerated().map { "\($1) #\($0 + 1)" }
        }
        func total(_ p: RunPayload, _ name: String) -> [Double] {
            let series = p.runs.map { $0.total[name] ?? [] }
            guard let first = series.first else { return [] }
            // Uncertain runs compare by their medians month by month.
            return first.indices.map { m in SampleSet(samples: series.map { m < $0.count ? $0[m] : 0 }, dim: .number).quantile(0.5) }
        }
        typealias Figure = (label: String, series: String, pick: ([Double]) -> Double, dim: (RunPayload) -> Dim)
        let money: (RunPayload) -> Dim = { .money($0.currency) }
        let figures: [Figure] = [
            ("customers at the end", "customers", { $0.last ?? 0 }, { _ in .number }),
            ("  fit", "fit", { $0.last ?? 0 }, { _ in .number }),
            ("  pushed", "pushed", { $0.last ?? 0 }, { _ in .number }),
            ("loyal at the end", "loyal", { $0.last ?? 0 }, { _ in .percent }),
            ("share at the end", "share", { $0.last ?? 0 }, { _ in .percent }),
            ("revenue, total", "revenue", { $0.reduce(0, +) }, money),
            ("profit, total", "profit", { $0.reduce(0, +) }, money),
            ("cash at the end", "cash", { $0.last ?? 0 }, money),
        ]
        var rows: [[String]] = []
        for f in figures {
            let values = runs.map { f.pick(total($0, f.series)) }
            var row = [f.label] + zip(values, runs).map { short($0, f.dim($1)) }
            if runs.count == 2 {
                let diff = values[1] - values[0]
                let text = short(diff, f.dim(runs[1]))
                row.append(diff > 0 ? "+" + text : text)
            }
            rows.append(row)
        }
        var headers = ["figure"] + names
        if runs.count == 2 { headers.append("difference") }
        var out = renderTable(headers: headers, rows: rows, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))
        out += "\n\n"
        let width = names.map(\.count).max() ?? 0
        for series in ["customers", "loyal", "cash"] {
            out += series + "\n"
            for (name, p) in zip(names, runs) {
                out += "  " + name + String(repeating: " ", count: width - name.count) + "  " + sparkline(total(p, series), maxWidth: 48) + "\n"
            }
        }
        return String(out.dropLast())
    }
}

extension Views {
    /// A stress result as a table: the total and each segment.
    func stress(_ r: Record) -> String? {
        guard r["stay"] != nil, case .record(let segments)? = r["segments"] else { return nil }
        let columns = ["stay", "stayers", "leavers", "revenue_before", "revenue_after", "revenue_change"]
        func row(_ name: String, _ rec: Record) -> [String] {
            [name] + columns.map { c in
                switch rec[c] {
                case .num(let x, let d)?: return short(x, d)
                case let v?: return display.repr(v)
                case nil: return ""
                }
            }
        }
        var rows = [row("total", r)]
        for (name, v) in zip(segments.names, segments.values) { if case .record(let seg) = v { rows.append(row(name, seg)) } }
        var title = "stress test"
        if case .num(let m, _)? = r["month"] { title += " at month \(formatPlain(m))" }
        if case .num(let p, let d)? = r["price"], case .num(let q, _)? = r["new_price"] { title += ": price \(short(p, d)) → \(short(q, d))" }
        return renderTable(title: title, headers: ["segment", "stay", "stayers", "leavers", "revenue before", "revenue after", "change"], rows: rows,
                           alignments: [.left] + Array(repeating: .right, count: 6))
    }
}

extension Interpreter {
    /// The REPL's and `show`'s view of a value: rich for series and runs.
    func richView(_ v: Value) -> String {
        let views = Views(locale: settings.locale)
        switch v {
        case .series(let s): return views.series(s)
        case .object(let o) where o.kind == .run:
            if let p = o.payload { return views.run(o, p) }
            return Display(locale: settings.locale).format(v)
        case .record(let r):
            return views.stress(r) ?? Display(locale: settings.locale).format(v)
        default: return Display(locale: settings.locale).format(v)
        }
    }
}
