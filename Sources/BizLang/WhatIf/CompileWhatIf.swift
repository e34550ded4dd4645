/// sweep, goal, maximize, minimize, tornado (LANGUAGE.md §5). Compiling
/// resolves the changing cells (they must be cells: the tools work by
/// replacing cells, like `given`) and compiles targets as ordinary
/// expressions; the searches themselves live in the other files here.
extension Compiler {
    func compileWhatIf(_ e: Expr) -> Code {
        // Unowned, like all compiled code: the closure is kept in the
        // interpreter's cells, and a strong capture would keep it alive for ever.
        unowned(unsafe) let rt = self.rt
        let span = e.span
        let cellName = definingName
        switch e.kind {
        case .sweep(let axes, let outputs):
            let cells = axes.map { changingCell($0.cell, $0.cellSpan, "sweep") }
            let values = axes.map { compileExpr($0.values) }
            let steps = axes.map { $0.step.map { compileExpr($0) } }
            let valueSpans = axes.map(\.values.span), stepSpans = axes.map { $0.step?.span ?? $0.values.span }
            let traced = outputs.map { compileTracingDependencies($0) }
            let outs = traced.map(\.0)
            let direct = outputs.contains(where: readsLocal) ? nil : Array(Set(traced.flatMap(\.1))).sorted()
            let labels = outputs.map { whatIfLabel($0) }
            let together = labels.count == 1 ? labels[0] : labels.joined(separator: ", ")
            return { f throws(BizError) in
                var sweepAxes: [SweepRequest.Axis] = []
                for i in axes.indices {
                    guard let cell = cells[i] else { return .nothing }
                    sweepAxes.append(SweepRequest.Axis(cell: cell, values: try values[i](f), step: try steps[i]?(f),
                                                       valuesSpan: valueSpans[i], stepSpan: stepSpans[i]))
                }
                let report = rt.whatIfReports(in: cellName)
                rt.noteUnread(sweepAxes.map(\.cell), by: together, reading: direct, report: report, several: labels.count > 1)
                return try rt.sweep(SweepRequest(axes: sweepAxes, outputs: outs, labels: labels, span: span, report: report), frame: f)
            }
        case .goal(let target, let value, let cell, let cellSpan, let range):
            let changing = changingCell(cell, cellSpan, "goal")
            let (ct, traced) = compileTracingDependencies(target)
            let direct = readsLocal(target) ? nil : traced
            let cv = compileExpr(value), cr = compileExpr(range)
            let label = whatIfLabel(target), valueSpan = value.span, rangeSpan = range.span
            return { f throws(BizError) in
                guard let changing else { return .nothing }
                rt.noteUnread([changing], by: label, reading: direct, report: rt.whatIfReports(in: cellName))
                let search = try rt.searchSetup(changing, range: try cr(f), rangeSpan: rangeSpan, target: ct, label: label, frame: f, span: span)
                search.report = rt.whatIfReports(in: cellName)
                let g = try cv(f)
                return try rt.withProgress(span, .evaluations, total: 0) { () throws(BizError) in
                    try rt.goalSeek(search, goal: g, goalSpan: valueSpan)
                }
            }
        case .optimize(let maximize, let target, let cell, let cellSpan, let range):
            let changing = changingCell(cell, cellSpan, maximize ? "maximize" : "minimize")
            let (ct, traced) = compileTracingDependencies(target)
            let direct = readsLocal(target) ? nil : traced
            let cr = compileExpr(range)
            let label = whatIfLabel(target), rangeSpan = range.span
            return { f throws(BizError) in
                guard let changing else { return .nothing }
                rt.noteUnread([changing], by: label, reading: direct, report: rt.whatIfReports(in: cellName))
                let search = try rt.searchSetup(changing, range: try cr(f), rangeSpan: rangeSpan, target: ct, label: label, frame: f, span: span)
                search.report = rt.whatIfReports(in: cellName)
                return try rt.withProgress(span, .evaluations, total: 0) { () throws(BizError) in
                    try rt.optimize(search, maximize: maximize)
                }
            }
        case .tornado(let target, let swing):
            // The cells the target reads directly; the inputs are found from
            // them through the dependency graph when the tornado runs.
            let (ct, direct) = compileTracingDependencies(target)
            // `tornado x` for a cell x: x itself is the output, never an input
            // (its own inputs are found through it).
            var targetCell: Int?
            if case .name(let n) = target.kind, scope.lookup(n) == nil { targetCell = rt.globals[n] }
            let cs = swing.map { compileExpr($0) }
            let label = whatIfLabel(target), swingSpan = swing?.span ?? span
            return { f throws(BizError) in
                let s = try cs?(f)
                return try rt.tornado(TornadoRequest(target: ct, label: label, directCells: direct, targetCell: targetCell, swing: s, swingSpan: swingSpan, span: span,
                                                     report: rt.whatIfReports(in: cellName)), frame: f)
            }
        default:
            return { _ throws(BizError) in throw BizError.at(span, Message(WhatIfText.notAWhatIf)) }
        }
    }

    /// The cell a what-if changes: a top-level cell, never a local (which
    /// nothing else could see change) and never a builtin; or `NAME.FIELD`,
    /// a field of the declaration (or record) such a cell holds.
    func changingCell(_ written: String, _ span: SourceSpan, _ word: String) -> WhatIfCell? {
        let parts = written.split(separator: ".", maxSplits: 1).map(String.init)
        let name = parts[0]
        let field = parts.count > 1 ? parts[1] : nil
        if scope.lookup(name) != nil, rt.globals[name] == nil {
            error(span, Message(WhatIfText.changesCellsLocal, word, name), hint: Message(WhatIfText.defineAtTopLevel, name))
            return nil
        }
        guard let c = rt.globals[name] else {
            if Builtins.table[name] != nil {
                error(span, Message(WhatIfText.changesCellsBuiltin, word, name))
            } else {
                unknownName(name, span)
            }
            return nil
        }
        // A declaration's fields are known now: a typo is a compile-time error.
        if let field, let kind = rt.declarationKinds[name] {
            let known = Schema.fields(kind).map(\.name)
            if !known.contains(field) {
                error(span, Message(ModelText.noField, declarationLabel(kind.rawValue, name), field),
                      hint: ModelText.fieldHint(field, kind: kind.rawValue, known: known))
                return nil
            }
        }
        return WhatIfCell(index: c, name: written, field: field, span: span)
    }

    /// How a target or output is named in tables and messages: its source
    /// text, on one line.
    func whatIfLabel(_ e: Expr) -> String {
        let text = e.span.file?.slice(e.span) ?? "value"
        return text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// What a what-if replaces: a cell, or one field of the declaration or
/// record a cell holds (`smb.churn`: `name` is the whole label).
struct WhatIfCell {
    let index: Int
    let name: String
    var field: String? = nil
    let span: SourceSpan
}
