/// The p5…p95 band drawn behind one series of an SVG chart.
public struct Band: Sendable, Equatable {
    public var low: [Double]
    public var high: [Double]

    public init(low: [Double], high: [Double]) {
        self.low = low
        self.high = high
    }
}

/// Line colours: distinct in hue and lightness, readable on white.
let chartPalette = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563"]

/// A self-contained SVG line chart (`plot … to "file.svg"`): title, legend,
/// gridlines at nice ticks, y labels formatted in the locale, x axis in
/// month indices, optional shaded bands (`bands[i]` belongs to
/// `series[i]`; `nil` for none). NaN values break a line. All text is
/// escaped; numbers in the markup itself never depend on the locale. With
/// `percent`, the values are fractions and the y labels read `10%`.
public func svgLineChart(title: String, series: [(name: String, values: [Double])],
                         xLabel: String = "", yLabel: String = "", bands: [Band?] = [],
                         locale: OutputLocale, width: Int = 800, height: Int = 450, percent: Bool = false) -> String {
    let w = Double(min(4000, max(300, width)))
    let h = Double(min(3000, max(200, height)))
    var svg = SVGText(width: w, height: h, title: title)
    let bandValues = bands.compactMap { $0 }.flatMap { $0.low + $0.high }
    let finite = (series.flatMap(\.values) + bandValues).filter(\.isFinite)
    let ticks = finite.isEmpty ? [] : niceTicks(lo: finite.min() ?? 0, hi: finite.max() ?? 1, count: 6)
    guard let lo = ticks.first, let hi = ticks.last, hi > lo else {
        svg.text(locale.noData, x: w / 2, y: h / 2, attributes: "text-anchor=\"middle\" fill=\"#6b7280\"")
        return svg.finished()
    }
    let labels = ticks.map { percent ? formatPercent($0, locale: locale) : formatNumber($0, locale: locale) }
    let named = series.contains { !$0.name.isEmpty }
    let top = (title.isEmpty ? 20.0 : 50.0) + (named ? 28 : 0)
    let left = 16 + (yLabel.isEmpty ? 0 : 22) + Double(labels.map(displayWidth).max() ?? 1) * 7.2 + 8
    let plot = PlotArea(left: left, top: top, right: w - 24, bottom: h - (xLabel.isEmpty ? 36 : 58),
                        lo: lo, hi: hi, points: series.map(\.values.count).max() ?? 0)

    for (t, label) in zip(ticks, labels) {
        let y = plot.y(t)
        svg.line(x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: t == 0 ? "#9ca3af" : "#e5e7eb")
        svg.text(label, x: plot.left - 8, y: y + 4, attributes: "text-anchor=\"end\" class=\"tick\"")
    }
    for m in plot.monthTicks() {
        let x = plot.x(Double(m))
        svg.line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, stroke: "#f1f5f9")
        svg.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 5, stroke: "#9ca3af")
        svg.text(formatNumber(Double(m), locale: locale), x: x, y: plot.bottom + 19,
                 attributes: "text-anchor=\"middle\" class=\"tick\"")
    }
    svg.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: "#6b7280")
    svg.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: "#6b7280")

    for (i, band) in bands.enumerated() {
        guard let band else { continue }
        for d in plot.bandPaths(low: band.low, high: band.high) {
            svg.raw("<path d=\"\(d)\" fill=\"\(chartPalette[i % chartPalette.count])\" fill-opacity=\"0.15\" stroke=\"none\"/>")
        }
    }
    for (i, s) in series.enumerated() {
        let color = chartPalette[i % chartPalette.count]
        for path in plot.linePaths(s.values) {
            if path.count == 1, let p = path.first {
                svg.raw("<circle cx=\"\(svgNumber(p.x))\" cy=\"\(svgNumber(p.y))\" r=\"3\" fill=\"\(color)\"/>")
            } else {
                let d = path.enumerated().map { ($0.offset == 0 ? "M" : "L") + svgNumber($0.element.x) + " " + svgNumber($0.element.y) }
                svg.raw("<path d=\"\(d.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.25\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
            }
        }
    }

    if !xLabel.isEmpty {
        svg.text(xLabel, x: (plot.left + plot.right) / 2, y: h - 14, attributes: "text-anchor=\"middle\" class=\"axis\"")
    }
    if !yLabel.isEmpty {
        let cy = (plot.top + plot.bottom) / 2
        svg.text(yLabel, x: 18, y: cy, attributes: "text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 18 \(svgNumber(cy)))\"")
    }
    if named {
        var x = plot.left
        let y = top - 18
        for (i, s) in series.enumerated() {
            let color = chartPalette[i % chartPalette.count]
            if i < bands.count, bands[i] != nil {
                svg.raw("<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 7))\" width=\"22\" height=\"14\" fill=\"\(color)\" fill-opacity=\"0.15\"/>")
            }
            svg.line(x1: x, y1: y, x2: x + 22, y2: y, stroke: color, width: 3)
            svg.text(s.name, x: x + 28, y: y + 4, attributes: "class=\"legend\"")
            x += 28 + Double(displayWidth(s.name)) * 7.5 + 24
        }
    }
    return svg.finished()
}
