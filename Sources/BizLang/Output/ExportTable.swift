import BizFormat

/// One table of an export, before it becomes a CSV file or a workbook sheet:
/// named columns with their unit, rows of typed cells. CSV and XLSX read the
/// same tables, so both show the same columns and numbers.
struct ExportTable {
    struct Column {
        var name: String
        /// The unit every number in the column has; nil when the column has
        /// no numbers or numbers in different units (then each cell says its own).
        var unit: Dim?

        /// `revenue (RUB)`, `churn (%/month)`, `customers`.
        var header: String {
            guard let unit, let text = unitText(unit) else { return name }
            return "\(name) (\(text))"
        }
    }

    enum Cell {
        case number(Double, Dim)
        case text(String)
        case bool(Bool)
        case empty
    }

    /// The sheet's name before Excel's rules are applied (XLSXSheetNames).
    var name: String
    var columns: [Column]
    var rows: [[Cell]]
}

/// How a unit reads in a header: `RUB`, `RUB/month`, `%`, `%/month`,
/// `per month`, `months`; nil for a plain number.
func unitText(_ d: Dim) -> String? {
    let per = d.per.map { "/" + $0.word }
    switch d.kind {
    case .number: return d.per.map { "per " + $0.word }
    case .percent: return "%" + (per ?? "")
    case .money: return (d.currency?.code ?? "?") + (per ?? "")
    case .duration: return "months" + (per ?? "")
    }
}

/// Turns exported values into tables (LANGUAGE-NOTES "Exports").
struct ExportTables {
    /// Text of values that are not numbers (a distribution inside a record…).
    let display: Display

    /// The tables of one value, named after `label` (the exported expression):
    /// a run gives its totals by month and one table per segment
    /// (`label.segment`); anything else one table.
    func tables(_ v: Value, label: String, span: SourceSpan) throws(BizError) -> [ExportTable] {
        if case .object(let o) = v.unboxed, o.kind == .run {
            let (totals, segments) = runTables(o, label: label)
            return [totals] + segments.map(\.table)
        }
        return [try table(v, label: label, span: span)]
    }

    /// One table of one value: a run's segments become columns beside its
    /// totals (`smb.customers`), as a CSV file needs.
    func flat(_ v: Value, label: String, span: SourceSpan) throws(BizError) -> ExportTable {
        guard case .object(let o) = v.unboxed, o.kind == .run else { return try table(v, label: label, span: span) }
        let (totals, segments) = runTables(o, label: label)
        var merged = totals
        for (name, segment) in segments {
            merged.columns += segment.columns.dropFirst().map { c in
                var c = c
                c.name = name + "." + c.name
                return c
            }
            for i in merged.rows.indices where i < segment.rows.count { merged.rows[i] += segment.rows[i].dropFirst() }
        }
        return merged
    }

    /// Month by month: a column per series, month 0 first. A Monte Carlo
    /// run's series are its medians (what `show` draws).
    private func runTables(_ o: ModelObject, label: String) -> (ExportTable, [(name: String, table: ExportTable)]) {
        func monthly(_ r: Record, name: String) -> ExportTable {
            let series = zip(r.names, r.values).compactMap { n, v -> (String, SeriesValue)? in
                if case .series(let s) = v.unboxed { return (n, s) } else { return nil }
            }
            let months = series.map(\.1.values.count).max() ?? 0
            var columns = [ExportTable.Column(name: "month", unit: nil)]
            columns += series.map { n, s in
                ExportTable.Column(name: n, unit: s.dim.isPlain ? nil : s.dim)
            }
            let rows = (0..<months).map { m -> [ExportTable.Cell] in
                [.number(Double(m), .number)] + series.map { _, s in m < s.values.count ? .number(s.values[m], s.dim) : .empty }
            }
            return ExportTable(name: name, columns: columns, rows: rows)
        }
        let totals = monthly(o.fields, name: label)
        var segments: [(name: String, table: ExportTable)] = []
        if case .record(let r)? = o.fields["segments"]?.unboxed {
            for (n, v) in zip(r.names, r.values) {
                if case .record(let seg) = v.unboxed { segments.append((n, monthly(seg, name: label + "." + n))) }
            }
        }
        return (totals, segments)
    }

    private func table(_ v: Value, label: String, span: SourceSpan) throws(BizError) -> ExportTable {
        switch v.unboxed {
        case .series(let s):
            return typed(name: label, names: ["month", s.name.isEmpty ? "value" : s.name],
                         rows: s.values.enumerated().map { [.number(Double($0.offset), .number), .number($0.element, s.dim)] })
        case .list(let items):
            var names: [String] = []
            for case .record(let r) in items.map(\.unboxed) { for n in r.names where !names.contains(n) { names.append(n) } }
            if names.isEmpty { return typed(name: label, names: ["value"], rows: items.map { [cell($0)] }) }
            let rows = items.map { item -> [ExportTable.Cell] in
                guard case .record(let r) = item.unboxed else { return [cell(item)] + Array(repeating: .empty, count: names.count - 1) }
                return names.map { r[$0].map(cell) ?? .empty }
            }
            return typed(name: label, names: names, rows: rows)
        case .record(let r):
            // Values of different units, one per row: the unit gets a column
            // so that a CSV number still says what it is.
            let rows = zip(r.names, r.values).map { n, x -> [ExportTable.Cell] in
                let c = cell(x)
                var unit = ""
                if case .number(_, let d) = c { unit = unitText(d) ?? "" }
                return [.text(n), c, .text(unit)]
            }
            return typed(name: label, names: ["field", "value", "unit"], rows: rows)
        case .dist(let d):
            return typed(name: label, names: ["sample"], rows: d.samples.map { [.number($0, d.dim)] })
        case .num, .str, .bool:
            // One value (`export run, profit_year to …`): a column named after it.
            return typed(name: label, names: [label], rows: [[cell(v)]])
        default:
            throw BizError.at(span, Message(OutputText.exportWhat, v.typeText))
        }
    }

    /// Columns whose numbers all share one unit carry it in the header.
    private func typed(name: String, names: [String], rows: [[ExportTable.Cell]]) -> ExportTable {
        let columns = names.indices.map { i -> ExportTable.Column in
            var dims: Set<Dim> = []
            for row in rows where i < row.count { if case .number(_, let d) = row[i] { dims.insert(Dim(d.kind, currency: d.currency, per: d.per)) } }
            return ExportTable.Column(name: names[i], unit: dims.count == 1 ? dims.first : nil)
        }
        return ExportTable(name: name, columns: columns, rows: rows)
    }

    private func cell(_ v: Value) -> ExportTable.Cell {
        switch v.unboxed {
        case .num(let x, let d): return .number(x, d)
        case .str(let s): return .text(s)
        case .bool(let b): return .bool(b)
        case .object(let o): return .text(o.name)
        case .nothing: return .empty
        default: return .text(display.repr(v))
        }
    }
}
