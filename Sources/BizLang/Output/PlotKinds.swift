import BizFormat

/// What `plot` draws besides series: a sweep's table against its swept
/// cell, a distribution's histogram, a tornado's bars (issue 11 item 4).
/// Decided from the value's shape, so `t = sweep …; plot t` and
/// `plot tornado profit` both work.
enum SpecialPlot {
    case sweep(x: [Double], xAxis: (name: String, axis: ChartAxis), series: [(name: String, values: [Double])], yAxis: ChartAxis)
    case distribution(SampleSet)
    case tornado([TornadoBar], unit: Dim)

    /// nil when the value is something `Plottable` draws (a series, a list of numbers).
    init?(_ v: Value, locale: OutputLocale, span: SourceSpan) throws(BizError) {
        switch v {
        case .dist(let d):
            self = .distribution(d)
        case .list(let items):
            let records = items.compactMap { item -> Record? in if case .record(let r) = item { return r }; return nil }
            guard !records.isEmpty, records.count == items.count else { return nil }
            if records[0].names == ["input", "low", "high", "swing"] {
                var bars: [TornadoBar] = []
                var unit = Dim.number
                for r in records {
                    guard case .str(let name)? = r["input"], case .num(let lo, let d)? = r["low"], case .num(let hi, _)? = r["high"] else { continue }
                    unit = d
                    bars.append(TornadoBar(name: name, low: lo, high: hi))
                }
                self = .tornado(bars, unit: unit)
                return
            }
            self = try SpecialPlot.sweepTable(records, locale: locale, span: span)
        default:
            return nil
        }
    }

    /// The first field is the swept cell (`price`, or `active.conversion`
    /// nested); the numeric fields after it are the outputs.
    private static func sweepTable(_ records: [Record], locale: OutputLocale, span: SourceSpan) throws(BizError) -> SpecialPlot {
        func scalar(_ v: Value?) -> (Double, Dim)? {
            switch v {
            case .num(let x, let d)?: return (x, d)
            case .dist(let s)?: return (s.mean, s.dim)
            case .record(let r)? where r.values.count == 1: return scalar(r.values[0])
            default: return nil
            }
        }
        let first = records[0]
        // Records from a sweep always have their swept cell first; an empty one has no outputs either.
        let xName = first.names.first ?? ""
        var xLabel = xName
        if case .record(let inner)? = first[xName], let f = inner.names.first { xLabel += "." + f }
        let xDim = scalar(first[xName])?.1 ?? .number
        let outputs = first.names.dropFirst().filter { scalar(first[$0]) != nil }
        guard !outputs.isEmpty else { throw BizError.at(span, ReportText.sweepNoOutputs, xLabel) }
        let x = records.map { scalar($0[xName])?.0 ?? .nan }
        let series = outputs.map { name in (name: name, values: records.map { scalar($0[name])?.0 ?? .nan }) }
        let dims = outputs.compactMap { scalar(first[$0])?.1 }
        return .sweep(x: x, xAxis: (xLabel, axis(xLabel, [xDim], locale)), series: series,
                      yAxis: axis(outputs.count == 1 ? outputs[0] : "", dims, locale))
    }

    /// An axis caption with the unit: `price, RUB`; percents read as percents.
    static func axis(_ name: String, _ dims: [Dim], _ locale: OutputLocale) -> ChartAxis {
        let percent = !dims.isEmpty && dims.allSatisfy { $0.kind == .percent && $0.per == nil }
        let currencies = Set(dims.compactMap { $0.kind == .money ? $0.currency?.code : nil })
        guard currencies.count == 1, dims.allSatisfy({ $0.kind == .money }), let code = currencies.first else {
            return ChartAxis(name, percent: percent)
        }
        return ChartAxis(name.isEmpty ? code : Message(ReportText.withUnit, name, code).render(locale), percent: false)
    }

    var kindName: String {
        switch self {
        case .sweep: return "sweep table"
        case .distribution: return "distribution"
        case .tornado: return "tornado"
        }
    }

    /// `title` nil: a sweep says what it plots against what; others take the value's name.
    func svg(title: String?, label: String, base: Double?, locale: OutputLocale) -> String {
        switch self {
        case .sweep(let x, let xAxis, let series, let yAxis):
            return svgXYChart(title: title ?? Message(ReportText.byInput, series.map(\.name).joined(separator: ", "), xAxis.name).render(locale), x: x, series: series, xAxis: xAxis.axis, yAxis: yAxis, locale: locale)
        case .distribution(let d):
            let labels = HistogramLabels(share: Message(ReportText.shareOfSamples).render(locale), median: Message(ReportText.median).render(locale),
                                         interval: Message(ReportText.interval90).render(locale))
            return svgHistogram(title: title ?? label, samples: d.samples, quantiles: (d.quantile(0.05), d.quantile(0.5), d.quantile(0.95)), xAxis: SpecialPlot.axis(label, [d.dim], locale), labels: labels, locale: locale)
        case .tornado(let bars, let unit):
            return svgTornado(title: title ?? label, bars: bars, base: base, xAxis: SpecialPlot.axis(label, [unit], locale),
                              lowLabel: Message(ReportText.inputLowered).render(locale),
                              highLabel: Message(ReportText.inputRaised).render(locale), locale: locale)
        }
    }

    /// The terminal's version: the sweep as a line chart with the swept
    /// values under the x axis, a distribution as a one-line histogram with
    /// its interval, a tornado as bars around the base.
    func terminal(label: String, base: Double?, locale: OutputLocale) -> String {
        switch self {
        case .sweep(let x, let xAxis, let series, let yAxis):
            let chart = terminalChart(series: series, locale: locale, percent: yAxis.percent,
                                      xTickLabel: { i in i < x.count ? xAxis.axis.tick(x[i], locale) : "" })
            return chart + "\n" + String(repeating: " ", count: 2) + xAxis.axis.label
        case .distribution(let d):
            let views = Views(locale: locale)
            let p5 = d.quantile(0.05), p50 = d.quantile(0.5), p95 = d.quantile(0.95)
            func shown(_ x: Double) -> String { views.short(x, d.dim) }
            return terminalHistogram(samples: d.samples, p5: p5, p95: p95, locale: locale, format: shown)
                + "\n" + Message(ReportText.median).render(locale) + " " + shown(p50)
                + "   " + Message(ReportText.interval90).render(locale) + ": " + shown(p5) + " … " + shown(p95)
        case .tornado(let bars, let unit):
            let views = Views(locale: locale)
            // Without the base case each bar centres on its own middle.
            func mid(_ b: TornadoBar) -> Double { base ?? (b.low + b.high) / 2 }
            let scale = bars.map { max(abs($0.low - mid($0)), abs($0.high - mid($0))) }.max() ?? 0
            let rows = bars.map { b in [b.name, views.short(b.low, unit), tornadoBar(low: b.low - mid(b), high: b.high - mid(b), scale: scale, halfWidth: 8), views.short(b.high, unit)] }
            return renderTable(headers: ["", Message(ReportText.inputLowered).render(locale), "", Message(ReportText.inputRaised).render(locale)],
                               rows: rows, alignments: [.left, .right, .left, .left])
        }
    }
}

extension BizError {
    static func at(_ span: SourceSpan, _ kind: ReportText, _ args: any MessageArgumentConvertible...) -> BizError {
        .failure(Diagnostic(Message(kind, arguments: args.map(\.messageArgument)), at: span))
    }
}
