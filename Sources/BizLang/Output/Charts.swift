import BizFormat

/// Something `plot` can draw: a series (maybe uncertain), or a list of numbers.
struct Plottable {
    let label: String
    let values: [Double]
    /// The 90% band (p5…p95) of a Monte Carlo series.
    let band: Band?
    /// Whether the values are percents (share, loyal, a list of percents):
    /// the axis then reads `10%`, not `0.1`.
    let isPercent: Bool
    /// The currency code of money values, for the axis caption.
    var currency: String?

    init(_ v: Value, label: String, span: SourceSpan) throws(BizError) {
        self.label = label
        switch v {
        case .series(let s):
            isPercent = s.dim.kind == .percent && s.dim.per == nil
            currency = s.dim.kind == .money ? s.dim.currency?.code : nil
            // A flow's month 0 (0 by definition) is a gap: the line starts at
            // month 1 and the scale fits the months that happened.
            func fromStart(_ xs: [Double]) -> [Double] { s.summaryStart == 0 ? xs : [.nan] + xs.dropFirst() }
            values = fromStart(s.values)
            band = s.samples.map { samples in
                Band(low: fromStart(samples.map { SampleSet(samples: $0, dim: s.dim).quantile(0.05) }),
                     high: fromStart(samples.map { SampleSet(samples: $0, dim: s.dim).quantile(0.95) }))
            }
        case .list(let xs):
            var out: [Double] = []
            var percents = !xs.isEmpty
            for x in xs {
                guard case .num(let n, let d) = x else { throw BizError.at(span, Message(OutputText.plotListHolds, x.typeText)) }
                out.append(n)
                percents = percents && d.kind == .percent && d.per == nil
            }
            values = out
            isPercent = percents
            band = nil
        default:
            throw BizError.at(span, Message(OutputText.plotDraws, v.typeText), hint: Message(OutputText.plotExample))
        }
    }
}

/// Percent axes when everything plotted is a percent.
extension Array where Element == Plottable {
    var allPercent: Bool { !isEmpty && allSatisfy(\.isPercent) }
    /// The currency when everything plotted is money in one currency: the y axis says it.
    var moneyAxis: String {
        let codes = Set(map { $0.currency ?? "" })
        return codes.count == 1 ? codes.first ?? "" : ""
    }
}

struct Charts {
    let locale: OutputLocale

    func terminal(_ items: [Plottable]) -> String {
        if items.count == 1, let band = items[0].band {
            return terminalBandChart(p5: band.low, p50: items[0].values, p95: band.high, name: items[0].label, locale: locale,
                                     percent: items.allPercent)
        }
        return terminalChart(series: items.map { ($0.label, $0.values) }, locale: locale, percent: items.allPercent)
    }

    func svg(_ items: [Plottable], title: String? = nil) -> String {
        svgLineChart(title: title ?? items.map(\.label).joined(separator: ", "), series: items.map { ($0.label, $0.values) },
                     xLabel: Views(locale: locale).say(.month), yLabel: items.moneyAxis, bands: items.map(\.band),
                     locale: locale, percent: items.allPercent)
    }
}
