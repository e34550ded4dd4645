import BizFormat

/// Month-by-month tables (issue 11 item 5): `table(run, months: 1..12)`
/// and `show run.customers, run.cash`. Months go down, one column per
/// series; a table wider than the terminal wraps its columns into blocks
/// that each repeat the month column.
extension Views {
    /// An uncertain series shows its median each month (its p5…p95 is in `show s`).
    func monthTable(_ columns: [(label: String, series: SeriesValue)], months: ClosedRange<Int>?) -> String {
        let count = columns.map(\.series.values.count).max() ?? 0
        guard count > 0 else { return renderTable(headers: [Message(ReportText.month).render(locale)], rows: []) }
        // Flows are 0 at month 0 by definition: by default the table starts where the series are read.
        let from = months?.lowerBound ?? columns.map(\.series.summaryStart).min() ?? 0
        let to = min(months?.upperBound ?? count - 1, count - 1)
        let rows = (from...max(from, to)).map { m -> [String] in
            // A flow's month 0 is empty: nothing has flowed yet (MODEL.md "Series").
            [String(m)] + columns.map { c in m < c.series.values.count && m >= c.series.summaryStart ? short(c.series.values[m], c.series.dim) : "" }
        }
        let headers = [Message(ReportText.month).render(locale)] + columns.map(\.label)
        return renderTable(headers: headers, rows: rows, alignments: Array(repeating: .right, count: headers.count), width: width)
    }
}

extension Interpreter {
    /// `show a, b`: series side by side; anything else is shown one after another.
    func seriesTable(_ values: [Value], labels: [String], spans: [SourceSpan]) throws(BizError) -> String {
        var columns: [(label: String, series: SeriesValue)] = []
        for (i, v) in values.enumerated() {
            guard case .series(let s) = v else {
                if columns.isEmpty && !values.contains(where: { if case .series = $0 { return true }; return false }) {
                    return values.map(richView).joined(separator: "\n\n")
                }
                throw BizError.at(spans[i], ReportText.showNeedsSeries, labels[i])
            }
            columns.append((labels[i], s))
        }
        return Views(locale: settings.locale).monthTable(columns, months: nil)
    }

    /// The series `table(run)` shows unless `series:` names others.
    static let monthTableDefault = ["customers", "new", "churned", "revenue", "profit", "cash"]

    func monthTable(_ c: BuiltinCall) throws(BizError) -> Value {
        let v = try c.required(0, "run")
        guard case .object(let o) = v, o.kind == .run, let p = o.payload else {
            throw BizError.at(c.spanOf(0), ReportText.tableNeedsRun, Message.verbatim(v.typeName))
        }
        var months: ClosedRange<Int>?
        if let m = c.arg(1, "months") {
            guard case .range(let r) = m, r.dim.isPlain || r.dim == .duration, r.lo == r.lo.rounded(), r.hi == r.hi.rounded(),
                  r.lo >= 0, r.hi >= r.lo, r.hi <= Double(p.months) else {
                throw BizError.at(c.spanOf(1), ReportText.tableMonths, p.months)
            }
            months = Int(r.lo)...Int(r.hi)
        }
        var names = Interpreter.monthTableDefault
        if let s = c.arg(2, "series") {
            guard case .list(let xs) = s, !xs.isEmpty else { throw BizError.at(c.spanOf(2), ReportText.tableSeriesList) }
            names = []
            for x in xs {
                guard case .str(let n) = x else { throw BizError.at(c.spanOf(2), ReportText.tableSeriesList) }
                names.append(n)
            }
        }
        var columns: [(label: String, series: SeriesValue)] = []
        for name in names {
            // `smb.customers`: a segment's series.
            let parts = name.split(separator: ".").map(String.init)
            var field = o.fields[parts[0]]
            if parts.count == 2, case .record(let segs)? = o.fields["segments"], case .record(let seg)? = segs[parts[0]] { field = seg[parts[1]] }
            guard case .series(let s)? = field else { throw BizError.at(c.spanOf(2), ReportText.tableUnknownSeries, name) }
            columns.append((name, s))
        }
        return .str(Views(locale: settings.locale).monthTable(columns, months: months))
    }
}
