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
                          width: Int = 60, height: Int = 12, locale: OutputLocale, percent: Bool = false) -> String {
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
    return canvas.render(locale: locale, legend: named ? legend.joined(separator: "   ") : "", percent: percent)
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
