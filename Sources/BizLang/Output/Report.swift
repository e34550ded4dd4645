import BizCore
import BizFormat

/// `report a, b, … to "file.html"`: a self-contained page. With several
/// runs it opens with a comparison (the key figures side by side with
/// their differences, each figure's chart with every run on one axis);
/// then a section per run with its key figures, charts (per segment too
/// when there are several), the stress test at the start and at the end,
/// and the last month explained. Every label follows `--locale`.
extension Interpreter {
    func htmlReport(_ runs: [(ModelObject, RunPayload)], span: SourceSpan) throws(BizError) -> String {
        let locale = settings.locale
        func t(_ k: ReportText, _ args: any MessageArgumentConvertible...) -> String { Message(k, arguments: args.map(\.messageArgument)).render(locale) }
        let views = Views(locale: locale)
        let names = runs.count > 1 ? views.compareTable(runs.map(\.1)).names : runs.map { $0.0.name }
        var sections: [ReportSection] = []
        if runs.count > 1 {
            let (_, headers, rows) = views.compareTable(runs.map(\.1))
            var blocks: [ReportBlock] = [
                .paragraph(t(.comparisonNote, names[0])),
                .table(ReportTable(headers: headers, rows: rows, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))),
            ]
            for (title, series) in [(t(.customers), "customers"), (t(.loyal), "loyal"), (t(.share), "share"),
                                    (t(.revenue), "revenue"), (t(.profit), "profit"), (t(.cash), "cash")] {
                let items = runs.enumerated().compactMap { i, r in r.0.fields[series].flatMap { try? Plottable($0, label: names[i], span: span) } }
                blocks.append(.chart(chart(title, items)))
            }
            sections.append(ReportSection(heading: t(.comparison), blocks: blocks, pageBreak: false))
        }
        for (i, (o, p)) in runs.enumerated() {
            sections += try runSections(o, p, name: names[i], several: runs.count > 1, span: span)
        }
        let title = runs.count > 1 ? t(.titleMany, names.joined(separator: ", ")) : t(.title, runs.first?.0.name ?? "")
        return BizFormat.htmlReport(title: title, sections: sections, locale: locale)
    }

    private func chart(_ title: String, _ items: [Plottable]) -> String {
        Charts(locale: settings.locale).svg(items, title: title)
    }

    private func runSections(_ o: ModelObject, _ p: RunPayload, name: String, several: Bool, span: SourceSpan) throws(BizError) -> [ReportSection] {
        let locale = settings.locale
        func t(_ k: ReportText, _ args: any MessageArgumentConvertible...) -> String { Message(k, arguments: args.map(\.messageArgument)).render(locale) }
        let views = Views(locale: locale)
        func plottable(_ fields: Record, _ names: [String]) -> [Plottable] {
            names.compactMap { n in fields[n].flatMap { try? Plottable($0, label: n, span: span) } }
        }
        var rows: [[String]] = []
        for series in ["customers", "fit", "pushed", "rivals", "unclaimed", "share", "loyal", "revenue", "profit", "cash"] {
            guard case .series(let s)? = o.fields[series], let row = views.summaryRow(s) else { continue }
            rows.append([series] + row)
        }
        let summary = p.isUncertain ? t(.summaryUncertain, p.company.name, p.months, p.sampleCount, views.flowNote(p.months))
                                    : t(.summary, p.company.name, p.months, views.flowNote(p.months))
        // A heading per run says whose section it is when there are several.
        let prefix = several ? name + ": " : ""
        var out = [
            ReportSection(heading: prefix + t(.keyFigures), blocks: [
                .paragraph(summary),
                .table(ReportTable(headers: [t(.series), t(.start), t(.end), t(.min), t(.max)], rows: rows)),
            ], pageBreak: several),
            ReportSection(heading: prefix + t(.customers), blocks: [
                .chart(chart(t(.customers), plottable(o.fields, ["customers", "fit", "pushed"]))),
                .chart(chart(t(.loyaltyShare), plottable(o.fields, ["loyal", "share"]))),
            ]),
            ReportSection(heading: prefix + t(.money), blocks: [
                .chart(chart(t(.revenueProfit), plottable(o.fields, ["revenue", "profit"]))),
                .chart(chart(t(.cash), plottable(o.fields, ["cash"]))),
            ]),
        ]
        if case .record(let segments)? = o.fields["segments"], segments.names.count > 1 {
            func bySegment(_ series: String) -> [Plottable] {
                zip(segments.names, segments.values).compactMap { seg, v in
                    guard case .record(let r) = v else { return nil }
                    return r[series].flatMap { try? Plottable($0, label: seg, span: span) }
                }
            }
            out.append(ReportSection(heading: prefix + t(.segments), blocks: [
                .chart(chart(t(.segmentCustomers), bySegment("customers"))),
                .chart(chart(t(.segmentRevenue), bySegment("revenue"))),
            ]))
        }
        var stressRows: [[String]] = []
        for month in [0, p.months] {
            do {
                let r = try BizCore.stress(p.first, atMonth: month, target: .bandTop)
                stressRows.append([t(.atMonth, String(month)), formatPercent(r.total.stay, locale: locale),
                                   views.short(r.total.stayers, .number), views.short(r.total.leavers, .number),
                                   formatPercent(r.total.revenueChange, locale: locale)])
            } catch { throw coreError(error, span) }
        }
        out.append(ReportSection(heading: prefix + t(.stressHeading), blocks: [
            .table(ReportTable(headers: [t(.when), t(.stay), t(.stayers), t(.leavers), t(.revenueChange)], rows: stressRows)),
        ]))
        if p.months >= 1 {
            out.append(ReportSection(heading: prefix + t(.explainedHeading), blocks: [.preformatted(try explain(p, month: p.months, span: span))]))
        }
        return out
    }
}
