/// Series markers, ASCII on purpose: every terminal and font draws them one
/// column wide, which keeps the chart's columns true.
let chartMarkers: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

/// A multi-line line chart for the terminal (`plot a, b`): y axis labelled
/// with formatted numbers at nice ticks, x axis in month indices (index 0
/// is month 0), one marker per series (`*`, `o`, `+`, … in order; later
/// series draw over earlier ones) and a legend line when any series has a
/// name. `width`/`height` are the plot area (clamped to 10…400 × 3…200).
/// NaN values leave gaps. Nothing finite to draw → `(no data)`. With
/// `percent`, the values are fractions and the y labels read `10%`.
public func terminalChart(series: [(name: String, values: [Double])],
                          width: Int = 60, height: Int = 12, locale: OutputLocale, percent: Bool = false,
                          xTickLabel: ((Int) -> String)? = nil) -> String {
    let points = series.map(\.values.count).max() ?? 0
    guard var canvas = ChartCanvas(width: width, height: height, pointCount: points,
                                   values: series.flatMap(\.values)) else { return locale.noData }
    var legend: [String] = []
    for (i, s) in series.enumerated() {
        let mark = chartMarkers[i % chartMarkers.count]
        canvas.drawLine(s.values, mark: mark)
        legend.append(String(mark) + " " + s.name)
    }
    let named = series.contains { !$0.name.isEmpty }
    return canvas.render(locale: locale, legend: named ? legend.joined(separator: "   ") : "", percent: percent, xTickLabel: xTickLabel)
}

/// An uncertain series as a terminal chart: the p5…p95 band shaded `░`
/// and the median drawn with `*`. The legend reads `* NAME, median   ░ p5–p95`
/// (ru `медиана`).
public func terminalBandChart(p5: [Double], p50: [Double], p95: [Double], name: String = "",
                              width: Int = 60, height: Int = 12, locale: OutputLocale, percent: Bool = false) -> String {
    let points = max(p5.count, p50.count, p95.count)
    guard var canvas = ChartCanvas(width: width, height: height, pointCount: points,
                                   values: p5 + p50 + p95) else { return locale.noData }
    canvas.fillBand(low: p5, high: p95, shade: "░")
    canvas.drawLine(p50, mark: "*")
    let median = locale == .ru ? "медиана" : "median"
    let legend = "* " + (name.isEmpty ? median : name + ", " + median) + "   ░ p5–p95"
    return canvas.render(locale: locale, legend: legend, percent: percent)
}

/// A distribution as a vertical histogram for the terminal: `bins` rows
/// from the smallest sample to the largest, each a bar of its share; rows
/// inside the 90% interval (p5…p95) are marked `│` at the left, so the
/// interval reads as a bracket. Nothing finite → `(no data)`.
public func terminalHistogram(samples: [Double], p5: Double, p95: Double, bins: Int = 12, width: Int = 40,
                              locale: OutputLocale, format: (Double) -> String) -> String {
    let finite = samples.filter(\.isFinite)
    guard let lo = finite.min(), let hi = finite.max() else { return locale.noData }
    // Bin edges at nice ticks, so they read `80 … 90`, not `74.79082447 … 83.29600008`.
    let ticks = niceTicks(lo: lo, hi: hi, count: min(max(2, bins + 1), 101))
    guard ticks.count >= 2 else { return locale.noData }
    let n = ticks.count - 1
    var counts = [Int](repeating: 0, count: n)
    for x in finite { counts[(ticks.lastIndex { $0 <= x } ?? 0).clamped(0, n - 1)] += 1 }
    let most = Double(counts.max() ?? 1)
    let edges = ticks.map(format)
    let rows = (0..<n).map { i -> [String] in
        let a = ticks[i], b = ticks[i + 1]
        let inside = b > p5 && a < p95
        return [edges[i] + " … " + edges[i + 1], inside ? "│" : " ", bar(fraction: Double(counts[i]) / most, width: width),
                formatPercent(Double(counts[i]) / Double(finite.count), locale: locale)]
    }
    return renderTable(headers: [], rows: rows, alignments: [.right, .left, .left, .right])
}

extension Int {
    func clamped(_ lo: Int, _ hi: Int) -> Int { Swift.min(hi, Swift.max(lo, self)) }
}
