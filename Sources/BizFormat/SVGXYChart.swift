/// How one axis of a chart reads: its caption (with the unit: `price, RUB`)
/// and whether its values are fractions shown as percents.
public struct ChartAxis: Sendable, Equatable {
    public var label: String
    public var percent: Bool

    public init(_ label: String = "", percent: Bool = false) {
        self.label = label
        self.percent = percent
    }

    public func tick(_ v: Double, _ locale: OutputLocale) -> String {
        percent ? formatPercent(v, locale: locale) : formatNumber(v, locale: locale)
    }
}

/// A value scale from nice ticks: value → pixel between `from` and `to`.
struct LinearScale {
    let ticks: [Double]
    let from: Double, to: Double
    var lo: Double { ticks.first ?? 0 }
    var hi: Double { ticks.last ?? 1 }

    /// nil when nothing is finite (there is nothing to draw).
    init?(_ values: [Double], from: Double, to: Double, count: Int, includeZero: Bool = false) {
        var finite = values.filter(\.isFinite)
        if includeZero { finite.append(0) }
        guard let a = finite.min(), let b = finite.max() else { return nil }
        let t = niceTicks(lo: a, hi: b, count: count)
        guard let first = t.first, let last = t.last, last > first else { return nil }
        ticks = t
        self.from = from
        self.to = to
    }

    /// Halved before subtracting so spans near ±1e308 stay finite.
    func callAsFunction(_ v: Double) -> Double {
        let t = (v / 2 - lo / 2) / (hi / 2 - lo / 2)
        return from + (t.isFinite ? t : 0) * (to - from)
    }
}

/// A line chart of outputs against a swept input (`plot t` of a sweep's
/// table): x at the swept values, a dot per row and a line through them,
/// a legend with the outputs' names. NaN values break a line.
public func svgXYChart(title: String, x: [Double], series: [(name: String, values: [Double])],
                       xAxis: ChartAxis, yAxis: ChartAxis, locale: OutputLocale,
                       width: Int = 800, height: Int = 450) -> String {
    let w = Double(min(4000, max(300, width))), h = Double(min(3000, max(200, height)))
    var svg = SVGText(width: w, height: h, title: title)
    let probe = LinearScale(series.flatMap(\.values), from: 0, to: 1, count: 6)
    let yLabels = probe?.ticks.map { yAxis.tick($0, locale) } ?? []
    let named = series.contains { !$0.name.isEmpty }
    let top = (title.isEmpty ? 20.0 : 50.0) + (named ? 28 : 0)
    let left = 16 + (yAxis.label.isEmpty ? 0 : 22) + Double(yLabels.map(displayWidth).max() ?? 1) * 7.2 + 8
    let right = w - 32, bottom = h - (xAxis.label.isEmpty ? 36 : 58)
    guard let ys = LinearScale(series.flatMap(\.values), from: bottom, to: top, count: 6),
          let xs = LinearScale(x, from: left, to: right, count: max(2, Int((right - left) / 90))) else {
        svg.text(locale.noData, x: w / 2, y: h / 2, attributes: "text-anchor=\"middle\" fill=\"#6b7280\"")
        return svg.finished()
    }
    for t in ys.ticks {
        svg.line(x1: left, y1: ys(t), x2: right, y2: ys(t), stroke: t == 0 ? "#9ca3af" : "#e5e7eb")
        svg.text(yAxis.tick(t, locale), x: left - 8, y: ys(t) + 4, attributes: "text-anchor=\"end\" class=\"tick\"")
    }
    for t in xs.ticks {
        svg.line(x1: xs(t), y1: bottom, x2: xs(t), y2: bottom + 5, stroke: "#9ca3af")
        svg.text(xAxis.tick(t, locale), x: xs(t), y: bottom + 19, attributes: "text-anchor=\"middle\" class=\"tick\"")
    }
    svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#6b7280")
    svg.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#6b7280")
    for (i, s) in series.enumerated() {
        let color = chartPalette[i % chartPalette.count]
        var runs: [[(Double, Double)]] = [[]]
        for (xv, yv) in zip(x, s.values) {
            if xv.isFinite && yv.isFinite { runs[runs.count - 1].append((xs(xv), ys(yv))) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
        }
        for run in runs where run.count > 1 {
            let d = run.enumerated().map { ($0.offset == 0 ? "M" : "L") + svgNumber($0.element.0) + " " + svgNumber($0.element.1) }
            svg.raw("<path d=\"\(d.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.25\" stroke-linejoin=\"round\"/>")
        }
        for p in runs.joined() {
            svg.raw("<circle cx=\"\(svgNumber(p.0))\" cy=\"\(svgNumber(p.1))\" r=\"3\" fill=\"\(color)\"/>")
        }
    }
    svg.axisLabels(x: xAxis.label, y: yAxis.label, left: left, right: right, top: top, bottom: bottom, height: h)
    if named { svg.legend(series.map { ($0.name, 1.0) }, x: left, y: top - 18) }
    return svg.finished()
}

/// A distribution's histogram (`plot d`): equal-width bins of the samples,
/// their share on the y axis, the 90% interval (p5…p95) shaded and marked
/// with its two ends, the median drawn as a line. `labels` are the words
/// for the legend and the y axis in the caller's language.
/// `quantiles` are p5, p50 and p95 as the caller computes them (so the
/// chart marks the same interval the text prints); nil: from the samples.
public func svgHistogram(title: String, samples: [Double], quantiles: (Double, Double, Double)? = nil, xAxis: ChartAxis,
                         labels: HistogramLabels, locale: OutputLocale, bins: Int = 30, width: Int = 800, height: Int = 450) -> String {
    let w = Double(min(4000, max(300, width))), h = Double(min(3000, max(200, height)))
    var svg = SVGText(width: w, height: h, title: title)
    let sorted = samples.filter(\.isFinite).sorted()
    func quantile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let pos = q * Double(sorted.count - 1), i = Int(pos.rounded(.down)), t = pos - Double(i)
        return i + 1 < sorted.count ? sorted[i] * (1 - t) + sorted[i + 1] * t : sorted[i]
    }
    let top = (title.isEmpty ? 20.0 : 50.0) + 28, bottom = h - (xAxis.label.isEmpty ? 36 : 58)
    let left = 16 + 22 + 5 * 7.2 + 8, right = w - 32
    guard let lo = sorted.first, let hi = sorted.last,
          let xs = LinearScale(sorted, from: left, to: right, count: max(2, Int((right - left) / 90))) else {
        svg.text(locale.noData, x: w / 2, y: h / 2, attributes: "text-anchor=\"middle\" fill=\"#6b7280\"")
        return svg.finished()
    }
    // Bins span the samples (not the ticks) so no bin is empty by construction.
    let n = lo == hi ? 1 : min(max(1, bins), 200)
    let binWidth = lo == hi ? max(1e-9, abs(lo) / 10) : (hi - lo) / Double(n)
    let start = lo == hi ? lo - binWidth / 2 : lo
    var counts = [Int](repeating: 0, count: n)
    for x in sorted { counts[min(n - 1, max(0, Int(((x - start) / binWidth).rounded(.down))))] += 1 }
    let shares = counts.map { Double($0) / Double(sorted.count) }
    guard let ys = LinearScale(shares, from: bottom, to: top, count: 6, includeZero: true) else { return svg.finished() }
    let (p5, p50, p95) = quantiles ?? (quantile(0.05), quantile(0.5), quantile(0.95))
    svg.raw("<rect x=\"\(svgNumber(xs(p5)))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(max(1, xs(p95) - xs(p5))))\" height=\"\(svgNumber(bottom - top))\" fill=\"#2563eb\" fill-opacity=\"0.08\"/>")
    for t in ys.ticks {
        svg.line(x1: left, y1: ys(t), x2: right, y2: ys(t), stroke: t == 0 ? "#9ca3af" : "#e5e7eb")
        svg.text(formatPercent(t, locale: locale), x: left - 8, y: ys(t) + 4, attributes: "text-anchor=\"end\" class=\"tick\"")
    }
    for (i, share) in shares.enumerated() where share > 0 {
        let x0 = xs(start + Double(i) * binWidth), x1 = xs(start + Double(i + 1) * binWidth)
        svg.raw("<rect x=\"\(svgNumber(x0 + 0.5))\" y=\"\(svgNumber(ys(share)))\" width=\"\(svgNumber(max(0.5, x1 - x0 - 1)))\" height=\"\(svgNumber(ys(0) - ys(share)))\" fill=\"#60a5fa\"/>")
    }
    for t in xs.ticks {
        svg.line(x1: xs(t), y1: bottom, x2: xs(t), y2: bottom + 5, stroke: "#9ca3af")
        svg.text(xAxis.tick(t, locale), x: xs(t), y: bottom + 19, attributes: "text-anchor=\"middle\" class=\"tick\"")
    }
    svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#6b7280")
    svg.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#6b7280")
    for (q, label, color) in [(p5, "p5", "#1d4ed8"), (p95, "p95", "#1d4ed8"), (p50, labels.median, "#dc2626")] {
        svg.raw("<line x1=\"\(svgNumber(xs(q)))\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(xs(q)))\" y2=\"\(svgNumber(bottom))\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>")
        let anchor = q == p5 ? "end" : "start"
        // To a hundredth of a tick step: `p5 90`, not `p5 90.00000131`.
        let unit = xs.ticks.count > 1 ? (xs.ticks[1] - xs.ticks[0]) / 100 : 1
        svg.text(label + " " + xAxis.tick((q / unit).rounded() * unit, locale), x: xs(q) + (q == p5 ? -4 : 4), y: top + (q == p50 ? 30 : 14),
                 attributes: "text-anchor=\"\(anchor)\" class=\"tick\"")
    }
    svg.axisLabels(x: xAxis.label, y: labels.share, left: left, right: right, top: top, bottom: bottom, height: h)
    svg.legend([(labels.interval, 0.15), (labels.median, 1)], x: left, y: top - 18, colors: ["#2563eb", "#dc2626"])
    return svg.finished()
}

/// Words a histogram needs, given by the caller in the user's language.
public struct HistogramLabels: Sendable {
    public var share: String, median: String, interval: String
    public init(share: String, median: String, interval: String) {
        self.share = share
        self.median = median
        self.interval = interval
    }
}

/// One input of a tornado chart: the output with the input lowered and raised.
public struct TornadoBar: Sendable, Equatable {
    public var name: String, low: Double, high: Double
    public init(name: String, low: Double, high: Double) {
        self.name = name
        self.low = low
        self.high = high
    }
}

/// A tornado chart (`plot tornado profit`): one horizontal bar per input,
/// widest first as given, from the output with the input lowered to the
/// output with it raised; the lowered side blue, the raised side red,
/// meeting at the base case (a vertical line) when it is known. Without a
/// base each bar spans low…high in one colour per side of its middle.
public func svgTornado(title: String, bars: [TornadoBar], base: Double?, xAxis: ChartAxis,
                       lowLabel: String, highLabel: String, locale: OutputLocale, width: Int = 800) -> String {
    let rowHeight = 30.0
    let nameWidth = Double(bars.map { displayWidth($0.name) }.max() ?? 4) * 7.5 + 24
    let top = (title.isEmpty ? 20.0 : 50.0) + 28
    let w = Double(min(4000, max(300, width)))
    let h = top + rowHeight * Double(max(1, bars.count)) + (xAxis.label.isEmpty ? 36 : 58)
    var svg = SVGText(width: w, height: h, title: title)
    let left = min(w / 2, 16 + nameWidth), right = w - 32, bottom = top + rowHeight * Double(max(1, bars.count))
    guard let xs = LinearScale(bars.flatMap { [$0.low, $0.high] } + (base.map { [$0] } ?? []), from: left, to: right,
                               count: max(2, Int((right - left) / 90))) else {
        svg.text(locale.noData, x: w / 2, y: h / 2, attributes: "text-anchor=\"middle\" fill=\"#6b7280\"")
        return svg.finished()
    }
    for t in xs.ticks {
        svg.line(x1: xs(t), y1: top, x2: xs(t), y2: bottom, stroke: "#e5e7eb")
        svg.line(x1: xs(t), y1: bottom, x2: xs(t), y2: bottom + 5, stroke: "#9ca3af")
        svg.text(xAxis.tick(t, locale), x: xs(t), y: bottom + 19, attributes: "text-anchor=\"middle\" class=\"tick\"")
    }
    for (i, b) in bars.enumerated() {
        let y = top + rowHeight * Double(i) + 5
        let mid = base ?? (b.low + b.high) / 2
        for (v, color) in [(b.low, "#2563eb"), (b.high, "#dc2626")] where v.isFinite {
            let x0 = min(xs(v), xs(mid)), x1 = max(xs(v), xs(mid))
            svg.raw("<rect x=\"\(svgNumber(x0))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(max(1, x1 - x0)))\" height=\"\(svgNumber(rowHeight - 10))\" fill=\"\(color)\" fill-opacity=\"0.8\"/>")
        }
        svg.text(b.name, x: left - 8, y: y + rowHeight / 2, attributes: "text-anchor=\"end\" class=\"axis\"")
    }
    if let base {
        svg.line(x1: xs(base), y1: top - 4, x2: xs(base), y2: bottom, stroke: "#111827", width: 1.5)
    }
    svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#6b7280")
    svg.axisLabels(x: xAxis.label, y: "", left: left, right: right, top: top, bottom: bottom, height: h)
    svg.legend([(lowLabel, 0.8), (highLabel, 0.8)], x: left, y: top - 18, colors: ["#2563eb", "#dc2626"])
    return svg.finished()
}

extension SVGText {
    /// The x caption under the axis and the y caption turned along it.
    mutating func axisLabels(x: String, y: String, left: Double, right: Double, top: Double, bottom: Double, height: Double) {
        if !x.isEmpty { text(x, x: (left + right) / 2, y: height - 14, attributes: "text-anchor=\"middle\" class=\"axis\"") }
        if !y.isEmpty {
            let cy = (top + bottom) / 2
            text(y, x: 18, y: cy, attributes: "text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 18 \(svgNumber(cy)))\"")
        }
    }

    /// A legend line: a swatch and a name per entry; opacity 1 draws a line, less a filled box.
    mutating func legend(_ entries: [(name: String, opacity: Double)], x start: Double, y: Double, colors: [String] = chartPalette) {
        var x = start
        for (i, e) in entries.enumerated() {
            let color = colors[i % colors.count]
            if e.opacity < 1 {
                raw("<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 7))\" width=\"22\" height=\"14\" fill=\"\(color)\" fill-opacity=\"\(svgNumber(e.opacity))\"/>")
            } else {
                line(x1: x, y1: y, x2: x + 22, y2: y, stroke: color, width: 3)
            }
            text(e.name, x: x + 28, y: y + 4, attributes: "class=\"legend\"")
            x += 28 + Double(displayWidth(e.name)) * 7.5 + 24
        }
    }
}
