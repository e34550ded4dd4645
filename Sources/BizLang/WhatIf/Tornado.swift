import BizFormat

/// `tornado TARGET [by 20%]` — one-at-a-time sensitivity (docs/WHATIF.md).
/// The inputs are the numeric cells TARGET depends on, transitively through
/// the dependency graph, that are not computed from other cells, and the
/// numeric fields of the declarations it depends on (`smb.churn`). Each is
/// moved down and up by the swing (relatively: 5% becomes 4.5% and 5.5%)
/// with everything else as it is; the inputs are ranked by how far the
/// target moves.
struct TornadoRequest {
    let target: Code
    let label: String
    /// The cells the target expression reads itself.
    let directCells: [Int]
    /// The cell when the target is one (`tornado profit`): not an input.
    let targetCell: Int?
    let swing: Value?
    let swingSpan: SourceSpan
    let span: SourceSpan
    let report: Bool
}

extension Interpreter {
    func tornado(_ r: TornadoRequest, frame: UnsafeMutablePointer<Value>) throws(BizError) -> Value {
        let swing = try tornadoSwing(r)
        let (base, unit) = try whatIfNumber(try r.target(frame), label: r.label, span: r.span)
        struct Row { let cell: WhatIfCell; let low: Double; let high: Double; var swing: Double { abs(high - low) } }
        var rows: [Row] = []
        var skipped: [String] = []
        let inputs = tornadoInputs(r.directCells, excluding: r.targetCell, span: r.span)
        var evaluated = 0
        try withProgress(r.span, .evaluations, total: 2 * inputs.count) { () throws(BizError) in
        inputs: for (cell, value) in inputs {
            let moved = [1 - swing, 1 + swing].map { clamped(scaled(value, by: $0), for: cell) }
            // A field moved to where its declaration is invalid (a segment's
            // size below its customers) is left out, and the table says why.
            if cell.field != nil {
                for m in moved {
                    do throws(BizError) { _ = try withField(try readCell(cell.index, cell.span), cell, m) } catch {
                        if case .failure(let d) = error { skipped.append(localized(Message(WhatIfText.tornadoLeftOut, cell.name, shown(m), d.text))) }
                        continue inputs
                    }
                }
            }
            var ends: [Double] = []
            for m in moved {
                progressed(evaluated)
                evaluated += 1
                let v = try probe([cell], [m], r.target, frame: frame, span: r.span)
                let (y, d) = try whatIfNumber(v, label: r.label, span: r.span)
                ends.append(try inUnit(y, d, of: unit, label: r.label, span: r.span))
            }
            let row = Row(cell: cell, low: ends[0], high: ends[1])
            // Every formula depends on every exchange rate; one that does
            // not move the target is noise here.
            if row.cell.name.hasPrefix("rate "), row.swing == 0 { continue }
            rows.append(row)
        }
        }
        // Stable: equal swings keep definition order.
        let ranked = rows.enumerated().sorted { a, b in
            a.element.swing > b.element.swing || (a.element.swing == b.element.swing && a.offset < b.offset)
        }.map(\.element)

        let pct = shown(swing, .percent)
        let scale = ranked.map { max(abs($0.low - base), abs($0.high - base)) }.max() ?? 0
        // No float noise in the answers (§8): 5.6e-17 next to targets of 0.3 is 0.
        let magnitude = ranked.reduce(abs(base)) { max($0, abs($1.low), abs($1.high)) }
        func clean(_ y: Double) -> Double { FloatNoise.snapped(y, scale: magnitude) }
        let table = renderTable(
            title: localized(Message(WhatIfText.tornadoTitle, r.label, pct, shown(clean(base), unit))),
            headers: [localized(Message(WhatIfText.tornadoInput)), "−\(pct)", "+\(pct)", localized(Message(WhatIfText.tornadoSwing)), ""],
            rows: ranked.map { row in
                [row.cell.name, shown(clean(row.low), unit), shown(clean(row.high), unit), shown(clean(row.swing), unit),
                 tornadoBar(low: row.low - base, high: row.high - base, scale: scale, halfWidth: 12)]
            },
            alignments: [.left, .right, .right, .right, .left])
        let text = ranked.isEmpty ? localized(Message(WhatIfText.tornadoNoInputs, r.label)) : table
        whatIfOutput(([text] + skipped).joined(separator: "\n"), report: r.report)
        return .list(ranked.map { row in
            .record(Record([("input", .str(row.cell.name)), ("low", .num(clean(row.low), unit)), ("high", .num(clean(row.high), unit)),
                            ("swing", .num(clean(row.swing), unit))]))
        })
    }

    private func tornadoSwing(_ r: TornadoRequest) throws(BizError) -> Double {
        guard let v = r.swing else { return 0.1 }
        guard case .num(let x, let d) = v, d == .percent || d.isPlain, x > 0, x < 1 else {
            throw BizError.at(r.swingSpan, Message(WhatIfText.swingRange, shown(v)))
        }
        return x
    }

    /// Input cells reachable from `direct`, in definition order: cells with
    /// no formula or whose formula reads no other cell (exchange-rate cells,
    /// which every formula reads, do not count), holding a non-zero number,
    /// quantity or distribution. Exchange rates themselves are inputs too.
    func tornadoInputs(_ direct: [Int], excluding target: Int?, span: SourceSpan) -> [(WhatIfCell, Value)] {
        let rateSet = Set(rateCells)
        var seen = Set<Int>()
        var stack = direct
        var found: [Int] = []
        while let c = stack.popLast() {
            guard seen.insert(c).inserted, c < cells.count, cells.defined[c] else { continue }
            let deps = cells.formulas[c]?.deps ?? []
            stack.append(contentsOf: deps)
            guard deps.allSatisfy(rateSet.contains) else { continue }
            if c == target || (cells.hidden[c] && !rateSet.contains(c)) { continue }
            found.append(c)
        }
        // Declarations reached on the way: their own numeric fields.
        let declarations = seen.filter { $0 < cells.count && cells.formulas[$0]?.ownFields != nil && $0 != target }
        var out: [(WhatIfCell, Value)] = []
        for c in Set(found).union(declarations).sorted() {
            guard let v = try? readCell(c, span) else { continue }
            if let fields = cells.formulas[c]?.ownFields, case .object(let o) = v {
                for field in fields where !Interpreter.tornadoSkips.contains(field) {
                    // `invest: 3% of revenue` is varied by its share.
                    guard let fv = o.fields[field], isTornadoNumber(fv) || isTornadoNumber(shareOfRevenue(fv)) else { continue }
                    out.append((WhatIfCell(index: c, name: "\(cells.names[c]).\(field)", field: field, span: span), fv))
                }
                continue
            }
            guard isTornadoNumber(v) else { continue }
            out.append((WhatIfCell(index: c, name: cells.names[c], span: span), v))
        }
        return out
    }

    /// The share in `invest: p of revenue` (stored as `{of_revenue: p}`), else nothing.
    private func shareOfRevenue(_ v: Value) -> Value {
        if case .record(let r) = v, r.names == ["of_revenue"], let share = r["of_revenue"] { return share }
        return .nothing
    }

    /// Fields that are settings of the simulation, not business inputs.
    static let tornadoSkips: Set<String> = ["months", "resolution", "currency"]

    /// A value ±k% moves: a non-zero number or quantity, or a distribution of them.
    private func isTornadoNumber(_ v: Value) -> Bool {
        switch v {
        case .num(let x, _): return x != 0 && x.isFinite
        case .dist(let s): return !s.isBool && s.mean != 0
        default: return false
        }
    }

    /// A probability field moved past 100% stays at 100%.
    private func clamped(_ v: Value, for input: WhatIfCell) -> Value {
        guard input.field != nil, case .num(let x, let d) = v, d.kind == .percent, x > 1 else { return v }
        if let kind = (try? readCell(input.index, input.span)).flatMap({ if case .object(let o) = $0 { o.kind } else { nil } }),
           let spec = Schema.fields(kind).first(where: { $0.name == input.field }),
           spec.type == .probability || spec.type == .lossRate {
            return .num(1, d)
        }
        return v
    }

    /// A number or distribution times k, keeping its unit (and a
    /// distribution's closed form, which a segment's wtp uses).
    func scaled(_ v: Value, by k: Double) -> Value {
        switch v {
        case .record(let r) where r.names == ["of_revenue"]:
            return .record(Record([("of_revenue", scaled(shareOfRevenue(v), by: k))]))
        case .num(let x, let d): return .num(x * k, d)
        case .dist(let s): return .dist(SampleSet(samples: s.samples.map { $0 * k }, dim: s.dim, form: s.form?.scaled(by: k)))
        default: return v
        }
    }
}
