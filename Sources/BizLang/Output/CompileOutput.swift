/// `show`, `plot`, `export`, `report` statements (LANGUAGE.md §8).
extension Compiler {
    /// Names for plotted values, as a reader says them: `customers` for
    /// `run.customers` — unless two items would read the same, then the
    /// source text (`a.customers`, `b.customers`).
    func plotLabels(_ items: [Expr]) -> [String] {
        let source = items.map { $0.span.file?.slice($0.span) ?? "series" }
        let short = items.enumerated().map { i, e -> String in
            if case .member(_, let field) = e.kind { return field }
            if case .tornado(let target, _) = e.kind { return target.span.file?.slice(target.span) ?? source[i] }
            return source[i]
        }
        return Set(short).count == short.count ? short : source
    }

    func plotLabels(_ item: Expr) -> String { plotLabels([item])[0] }

    func compileOutput(_ s: Stmt) -> Code {
        // Unowned, like all compiled code: the closure is kept in the
        // interpreter's cells, and a strong capture would keep it alive for ever.
        unowned(unsafe) let rt = self.rt
        let span = s.span
        switch s.kind {
        case .show(let items):
            let codes = items.map { compileExpr($0) }
            let labels = plotLabels(items)
            let spans = items.map(\.span)
            return { f throws(BizError) in
                var values: [Value] = []
                for c in codes { values.append(try c(f)) }
                if values.count == 1 {
                    rt.output(rt.richView(values[0]) + "\n")
                } else {
                    rt.output(try rt.seriesTable(values, labels: labels, spans: spans) + "\n")
                }
                return .nothing
            }
        case .plot(let items, let destination, let title):
            let codes = items.map { compileExpr($0) }
            let labels = plotLabels(items)
            let dest = destination.map { compileExpr($0) }
            let titleCode = title.map { compileExpr($0) }
            let titleSpan = title?.span ?? span
            let destSpan = destination?.span ?? span
            // `plot tornado profit`: the base case is the target itself, read once more.
            let tornadoBase: Code? = items.count == 1 ? {
                if case .tornado(let target, _) = items[0].kind { return compileExpr(target) }
                return nil
            }() : nil
            return { f throws(BizError) in
                let locale = rt.settings.locale
                var chosenTitle: String?
                if let titleCode {
                    guard case .str(let t) = try titleCode(f) else { throw BizError.at(titleSpan, Message(ReportText.plotTitleString)) }
                    chosenTitle = t
                }
                rt.quietWhatIfs += 1
                defer { rt.quietWhatIfs -= 1 }
                let values = try codes.map { c throws(BizError) in try c(f) }
                var special: [SpecialPlot] = []
                for (i, v) in values.enumerated() { if let p = try SpecialPlot(v, locale: locale, span: items[i].span) { special.append(p) } }
                if let p = special.first {
                    guard values.count == 1 else { throw BizError.at(items[1].span, ReportText.plotNeedsOne, p.kindName) }
                    var base: Double?
                    if let tornadoBase, case .num(let b, _) = try tornadoBase(f) { base = b }
                    if case .tornado = p { chosenTitle = chosenTitle ?? Message(ReportText.tornadoTitle, labels[0]).render(locale) }
                    let label = labels[0]
                    if let dest {
                        let path = try rt.destination(try dest(f), destSpan, allowed: ["svg"])
                        try rt.writeFile(path, p.svg(title: chosenTitle, label: label, base: base, locale: locale), destSpan)
                        rt.output(rt.localized(Message(OutputText.wrote, path)) + "\n")
                    } else {
                        rt.output((chosenTitle.map { $0 + "\n" } ?? "") + p.terminal(label: label, base: base, locale: locale) + "\n")
                        rt.chartOutput?(p.svg(title: chosenTitle, label: label, base: base, locale: locale))
                    }
                    return .nothing
                }
                var plotted: [Plottable] = []
                for (i, v) in values.enumerated() { plotted.append(try Plottable(v, label: labels[i], span: items[i].span)) }
                if let dest {
                    let path = try rt.destination(try dest(f), destSpan, allowed: ["svg"])
                    try rt.writeFile(path, Charts(locale: locale).svg(plotted, title: chosenTitle), destSpan)
                    rt.output(rt.localized(Message(OutputText.wrote, path)) + "\n")
                } else {
                    rt.output((chosenTitle.map { $0 + "\n" } ?? "") + Charts(locale: locale).terminal(plotted) + "\n")
                    rt.chartOutput?(Charts(locale: locale).svg(plotted, title: chosenTitle))
                }
                return .nothing
            }
        case .export(let items, let destination):
            let codes = items.map { compileExpr($0) }
            let labels = items.map { $0.span.file?.slice($0.span) ?? "value" }
            let spans = items.map(\.span)
            let dest = compileExpr(destination)
            let destSpan = destination.span
            return { f throws(BizError) in
                var values: [Value] = []
                for c in codes { values.append(try c(f)) }
                let path = try rt.destination(try dest(f), destSpan, allowed: ["csv", "json", "xlsx"])
                try rt.export(values, labels: labels, spans: spans, to: path, destSpan: destSpan)
                rt.output(rt.localized(Message(OutputText.wrote, path)) + "\n")
                return .nothing
            }
        case .report(let items, let destination):
            let codes = items.map { compileExpr($0) }, dest = compileExpr(destination)
            let destSpan = destination.span
            return { f throws(BizError) in
                var runs: [(ModelObject, RunPayload)] = []
                for (i, c) in codes.enumerated() {
                    let v = try c(f)
                    guard case .object(let o) = v, o.kind == .run, let p = o.payload else {
                        throw BizError.at(items[i].span, ReportText.reportNeedsRun, v.typeText)
                    }
                    runs.append((o, p))
                }
                let path = try rt.destination(try dest(f), destSpan, allowed: ["html"])
                try rt.writeFile(path, try rt.htmlReport(runs, span: items[0].span), destSpan)
                rt.output(rt.localized(Message(OutputText.wrote, path)) + "\n")
                return .nothing
            }
        default:
            return { _ in .nothing }
        }
    }
}
