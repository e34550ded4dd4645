/// `show`, `plot`, `export`, `report` statements (LANGUAGE.md §8).
extension Compiler {
    func compileOutput(_ s: Stmt) -> Code {
        let rt = self.rt
        let span = s.span
        switch s.kind {
        case .show(let e):
            let c = compileExpr(e)
            return { f throws(BizError) in
                rt.output(rt.richView(try c(f)) + "\n")
                return .nothing
            }
        case .plot(let items, let destination):
            let codes = items.map { compileExpr($0) }
            let labels = items.map { $0.span.file?.slice($0.span) ?? "series" }
            let dest = destination.map { compileExpr($0) }
            let destSpan = destination?.span ?? span
            return { f throws(BizError) in
                var plotted: [Plottable] = []
                for (i, c) in codes.enumerated() { plotted.append(try Plottable(try c(f), label: labels[i], span: items[i].span)) }
                if let dest {
                    let path = try rt.destination(try dest(f), destSpan, allowed: ["svg"])
                    try rt.writeFile(path, Charts(locale: rt.settings.locale).svg(plotted), destSpan)
                    rt.output("wrote \(path)\n")
                } else {
                    rt.output(Charts(locale: rt.settings.locale).terminal(plotted) + "\n")
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
                rt.output("wrote \(path)\n")
                return .nothing
            }
        case .report(let e, let destination):
            let c = compileExpr(e), dest = compileExpr(destination)
            let destSpan = destination.span
            let sourceSpan = e.span
            return { f throws(BizError) in
                let v = try c(f)
                guard case .object(let o) = v, o.kind == .run, let p = o.payload else {
                    throw BizError.at(sourceSpan, "report needs a run (from simulate), not \(v.typeName)")
                }
                let path = try rt.destination(try dest(f), destSpan, allowed: ["html"])
                try rt.writeFile(path, try rt.htmlReport(o, p, span: sourceSpan), destSpan)
                rt.output("wrote \(path)\n")
                return .nothing
            }
        default:
            return { _ in .nothing }
        }
    }
}
