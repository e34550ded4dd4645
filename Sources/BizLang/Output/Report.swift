import BizCore
import BizFormat

/// `report run to "file.html"`: a self-contained page with the run's key
/// figures, charts, the stress test at the start and at the end, and the
/// last month explained.
extension Interpreter {
    func htmlReport(_ o: ModelObject, _ p: RunPayload, span: SourceSpan) throws(BizError) -> String {
        let views = Views(locale: settings.locale)
        func chart(_ title: String, _ names: [String]) -> ReportBlock {
            let items = names.compactMap { n in o.fields[n].flatMap { try? Plottable($0, label: n, span: span) } }
            return .chart(svgLineChart(title: title, series: items.map { ($0.label, $0.values) }, xLabel: "month",
                                       bands: items.map(\.band), locale: settings.locale, percent: items.allPercent))
        }
        var rows: [[String]] = []
        for name in ["customers", "fit", "pushed", "rivals", "unclaimed", "share", "loyal", "revenue", "profit", "cash"] {
            guard case .series(let s)? = o.fields[name], let row = views.summaryRow(s) else { continue }
            rows.append([name] + row)
        }
        var stressRows: [[String]] = []
        if let run = p.runs.first {
            for month in [0, p.months] {
                do {
                    let r = try BizCore.stress(run, atMonth: month, target: .bandTop)
                    stressRows.append(["month \(month)", formatPercent(r.total.stay, locale: settings.locale),
                                       views.short(r.total.stayers, .number), views.short(r.total.leavers, .number),
                                       formatPercent(r.total.revenueChange, locale: settings.locale)])
                } catch { throw coreError(error, span) }
            }
        }
        let explanation = p.months >= 1 ? try explain(p, month: p.months, span: span) : ""
        let sections = [
            ReportSection(heading: "Key figures", blocks: [
                .paragraph("\(p.company.name), \(p.months) months" + (p.isUncertain ? ", \(p.runs.count) Monte Carlo samples (medians, with 90% bands in the charts)" : "")
                           + "; " + views.flowNote(p.months) + "."),
                .table(ReportTable(title: "", headers: ["series", "start", "end", "min", "max"], rows: rows)),
            ]),
            ReportSection(heading: "Customers", blocks: [chart("Customers", ["customers", "fit", "pushed"]), chart("Loyalty and share", ["loyal", "share"])]),
            ReportSection(heading: "Money", blocks: [chart("Revenue and profit", ["revenue", "profit"]), chart("Cash", ["cash"])]),
            ReportSection(heading: "Stress test: raise the price to the top of the band", blocks: [
                .table(ReportTable(title: "", headers: ["when", "stay", "stayers", "leavers", "revenue change"], rows: stressRows)),
            ]),
            ReportSection(heading: "The last month, explained", blocks: [.preformatted(explanation)]),
        ]
        return BizFormat.htmlReport(title: "Biz report: \(p.company.name)", sections: sections, locale: settings.locale)
    }
}
