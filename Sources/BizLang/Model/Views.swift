import BizFormat

/// Rich views of series, runs and comparisons: compact tables with
/// sparklines, for the REPL, `show` and `compare`.
struct Views {
    let locale: OutputLocale
    /// Columns the terminal has: wide tables wrap or shrink to fit.
    var width: Int = currentOutputWidth
    var display: Display { Display(locale: locale) }

    func say(_ k: ViewText, _ args: any MessageArgumentConvertible...) -> String {
        Message(k, arguments: args.map(\.messageArgument)).render(locale)
    }

    /// Month columns for a series of `count` values from month `first`: about 7 of them.
    func monthColumns(_ count: Int, from first: Int = 0) -> [Int] {
        guard count > first else { return [] }
        let last = count - 1
        let step = max(1, Int((Double(last - first) / 6).rounded(.up)))
        var cols = Array(stride(from: first, through: last, by: step))
        if cols.last != last { cols.append(last) }
        return cols
    }

    func short(_ x: Double, _ d: Dim) -> String {
        // Counts from the engine are fractional expectations: one decimal is plenty.
        let rounded = d.kind == .money ? (x * 100).rounded() / 100 : d.kind == .percent ? x : Display.countShown(x)
        return display.scalar(rounded, d)
    }

    func series(_ s: SeriesValue) -> String {
        // A flow is 0 at month 0 by definition: its table and sparkline start at month 1.
        let cols = monthColumns(s.values.count, from: s.summaryStart)
        var rows: [[String]] = []
        if let samples = s.samples {
            for (label, q) in [("p5", 0.05), ("p50", 0.5), ("p95", 0.95)] {
                rows.append([label] + cols.map { short(SampleSet(samples: samples[$0], dim: s.dim).quantile(q), s.dim) })
            }
        } else {
            rows.append([s.name.isEmpty ? say(.value) : s.name] + cols.map { short(s.values[$0], s.dim) })
        }
        let table = renderTable(headers: [say(.month)] + cols.map(String.init), rows: rows)
        return table + "\n" + sparkline(Array(s.summaryValues), maxWidth: 60)
    }

    func run(_ o: ModelObject, _ p: RunPayload) -> String {
        let names = ["customers", "fit", "pushed", "rivals", "unclaimed", "share", "loyal", "revenue", "profit", "cash"]
        var rows: [[String]] = []
        var trends: [[Double]] = []
        func collect(bareMoney: Bool) {
            rows = []
            trends = []
            for name in names {
                guard case .series(let s)? = o.fields[name], let row = summaryRow(s, bareMoney: bareMoney) else { continue }
                // Too wide with a currency in every cell: it moves to the row's name (`cash, RUB`).
                let label = bareMoney && s.dim.kind == .money ? name + ", " + currencyLabel(s.dim.currency?.code ?? "", locale: locale) : name
                rows.append([label] + row)
                trends.append(Array(s.summaryValues))
            }
        }
        collect(bareMoney: false)
        var figures = renderTable(headers: [say(.series), say(.start), say(.end), say(.min), say(.max)], rows: rows)
        if widestLine(figures) + 10 > width {
            collect(bareMoney: true)
            figures = renderTable(headers: [say(.series), say(.start), say(.end), say(.min), say(.max)], rows: rows)
        }
        // The trend takes what the figures leave of the terminal's width (8 to 36 columns).
        let trendWidth = max(8, min(36, width - widestLine(figures) - 2))
        for i in rows.indices { rows[i].append(sparkline(trends[i], maxWidth: trendWidth)) }
        let head = say(.runTitle, p.company.name, p.months) + (p.isUncertain ? say(.runSamples, p.sampleCount) : "")
        let title = displayWidth(head + "; " + flowNote(p.months)) <= width ? head + "; " + flowNote(p.months) : head + "\n" + flowNote(p.months)
        let table = renderTable(headers: [say(.series), say(.start), say(.end), say(.min), say(.max), say(.trend)], rows: rows,
                                alignments: [.left, .right, .right, .right, .right, .left])
        return title + "\n" + table
    }

    /// Column labels for runs: the company's name; where two runs share one,
    /// with the strategy (`us (active_sales)`); where that is shared too,
    /// numbered (`us #2`). `with {name: …}` gives a run its own name.
    static func labels(_ names: [String], strategies: [String]) -> [String] {
        var labels = names
        for (i, name) in names.enumerated() where names.filter({ $0 == name }).count > 1 {
            labels[i] = "\(name) (\(strategies[i]))"
        }
        for (i, label) in labels.enumerated() where labels.filter({ $0 == label }).count > 1 {
            labels[i] = "\(names[i]) #\(i + 1)"
        }
        return labels
    }

    /// A series' start, end, min and max; a flow's from month 1.
    /// With `bareMoney`, money reads without its currency (the caller names it once).
    func summaryRow(_ s: SeriesValue, bareMoney: Bool = false) -> [String]? {
        let read = s.summaryValues
        guard let first = read.first, let last = read.last, let lo = read.min(), let hi = read.max() else { return nil }
        func cell(_ x: Double) -> String { bareMoney && s.dim.kind == .money ? formatMoney(x, currency: "", locale: locale) : short(x, s.dim) }
        return [cell(first), cell(last), cell(lo), cell(hi)]
    }

    /// The run summary's note on flows (MODEL.md "Series").
    func flowNote(_ months: Int) -> String {
        say(.flowNote, String(months))
    }

    /// Key figures of several runs side by side, each run's difference from
    /// the first, and month-by-month sparklines, each figure's on one scale
    /// across the runs (the same value draws the same block).
    func compare(_ runs: [RunPayload]) -> String {
        let (names, headers, rows) = compareTable(runs)
        var out = renderTable(headers: headers, rows: rows, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))
        if runs.count > 2 { out += "\n" + say(.differenceFrom, names[0]) }
        out += "\n\n"
        let width = names.map(\.count).max() ?? 0
        for series in ["customers", "loyal", "cash"] {
            out += series + "\n"
            let lines = runs.map { Views.median($0, series) }
            let all = lines.flatMap { $0 }.filter(\.isFinite)
            let scale = all.min().flatMap { lo in all.max().map { lo...$0 } }
            for (name, values) in zip(names, lines) {
                out += "  " + name + String(repeating: " ", count: width - name.count) + "  " + sparkline(values, maxWidth: 48, scale: scale) + "\n"
            }
        }
        return String(out.dropLast())
    }

    /// A total series of a run, month by month; an uncertain run's medians.
    static func median(_ p: RunPayload, _ name: String) -> [Double] {
        guard let totals = p.totals else { return p.first.total[name] ?? [] }
        return MonthSamples(columns: totals, name: name).map { SampleSet(samples: $0, dim: .number).quantile(0.5) }
    }

    /// The runs' labels and the key-figures table of `compare` (also the report's comparison).
    func compareTable(_ runs: [RunPayload]) -> (names: [String], headers: [String], rows: [[String]]) {
        let names = Views.labels(runs.map(\.company.name), strategies: runs.map { p -> String in
            if case .object(let s)? = p.company.fields["strategy"] { return s.kind == .schedule ? say(.schedule) : s.name }
            return say(.noStrategy)
        })
        // Uncertain runs compare by their medians month by month.
        func total(_ p: RunPayload, _ name: String) -> [Double] { Views.median(p, name) }
        typealias Figure = (label: String, series: String, pick: ([Double]) -> Double, dim: (RunPayload) -> Dim)
        let money: (RunPayload) -> Dim = { .money($0.currency) }
        let figures: [Figure] = [
            (say(.customersAtEnd), "customers", { $0.last ?? 0 }, { _ in .number }),
            (say(.fitAtEnd), "fit", { $0.last ?? 0 }, { _ in .number }),
            (say(.pushedAtEnd), "pushed", { $0.last ?? 0 }, { _ in .number }),
            (say(.loyalAtEnd), "loyal", { $0.last ?? 0 }, { _ in .percent }),
            (say(.shareAtEnd), "share", { $0.last ?? 0 }, { _ in .percent }),
            (say(.revenueTotal), "revenue", { $0.reduce(0, +) }, money),
            (say(.profitTotal), "profit", { $0.reduce(0, +) }, money),
            (say(.cashAtEnd), "cash", { $0.last ?? 0 }, money),
        ]
        var rows: [[String]] = []
        for f in figures {
            let values = runs.map { f.pick(total($0, f.series)) }
            var row = [f.label] + zip(values, runs).map { short($0, f.dim($1)) }
            for i in runs.indices.dropFirst() {
                // Equal figures differ by float noise at most: show 0, not +5.6e-15%.
                let raw = values[i] - values[0]
                let diff = Swift.abs(raw) <= 1e-9 * max(Swift.abs(values[i]), Swift.abs(values[0])) ? 0 : raw
                let text = short(diff, f.dim(runs[i]))
                row.append(diff > 0 ? "+" + text : text)
            }
            rows.append(row)
        }
        var headers = [say(.figure)] + names
        if runs.count == 2 { headers.append(say(.difference)) }
        else { headers += names.dropFirst().map { "Δ " + $0 } }
        return (names, headers, rows)
    }
}

extension Views {
    /// A stress result as a table: the total and each segment, with each
    /// segment's own new price (to the band top, each segment has its own:
    /// MODEL.md's max(band top, P)). A Monte Carlo result shows each
    /// figure's mean, in the same columns, and says so in the title.
    func stress(_ r: Record) -> String? {
        guard r["stay"] != nil, case .record(let segments)? = r["segments"] else { return nil }
        var samples: Int?
        /// A figure as a number: itself, or a distribution's mean.
        func figure(_ v: Value?) -> (Double, Dim)? {
            switch v {
            case .num(let x, let d)?: return (x, d)
            case .dist(let s)?: samples = s.samples.count; return (s.mean, s.dim)
            default: return nil
            }
        }
        let columns = ["stay", "stayers", "leavers", "revenue_before", "revenue_after", "revenue_change"]
        func row(_ name: String, _ rec: Record, newPrice: String) -> [String] {
            [name, newPrice] + columns.map { c in figure(rec[c]).map { short($0.0, $0.1) } ?? (rec[c].map(display.repr) ?? "") }
        }
        var segmentRows: [[String]] = []
        var newPrices: [String] = []
        for (name, v) in zip(segments.names, segments.values) {
            guard case .record(let seg) = v else { continue }
            let price = figure(seg["new_price"]).map { short($0.0, $0.1) } ?? ""
            newPrices.append(price)
            segmentRows.append(row(name, seg, newPrice: price))
        }
        // One new price for all segments reads in the title; otherwise each
        // segment's is in its row, and the total has none (a stayer-weighted
        // mean of them is a price nobody pays).
        let common = Set(newPrices).count == 1 ? newPrices.first : nil
        let rows = [row(say(.total), r, newPrice: common ?? "")] + segmentRows
        var title = say(.stressTest)
        if case .num(let m, _)? = r["month"] { title += say(.atMonth, formatPlain(m)) }
        if let (p, d) = figure(r["price"]) { title += say(.priceChange, short(p, d), common ?? say(.perSegment)) }
        if let samples { title += say(.stressSamples, samples) }
        return renderTable(title: title, headers: [say(.segment), say(.newPrice), say(.stay), say(.stayers), say(.leavers), say(.revenueBefore), say(.revenueAfter), say(.change)],
                           rows: rows, alignments: [.left] + Array(repeating: .right, count: 7))
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
