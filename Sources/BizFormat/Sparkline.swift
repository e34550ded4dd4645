/// The eight block heights, lowest first.
let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

/// One character per value, `▁` at the minimum and `█` at the maximum.
///
/// A constant series is all `▁`, flat at the bottom, the way a chart draws
/// a line that does not move (and so that two runs drawn on one scale
/// compare: see `scale`). NaN shows as a space (a gap in the data); +∞/-∞
/// show as `█`/`▁` and do not stretch the scale. With `maxWidth`, longer
/// series are averaged down to that many characters (each character the
/// mean of the finite values it covers). With `scale`, the levels run over
/// that range instead of the series' own (values outside clamp): the
/// sparklines of one figure across runs share it.
public func sparkline(_ values: [Double], maxWidth: Int? = nil, scale: ClosedRange<Double>? = nil) -> String {
    var series = values
    if let limit = maxWidth {
        guard limit > 0 else { return "" }
        if series.count > limit { series = resampled(series, to: limit) }
    }
    let finite = series.filter(\.isFinite)
    guard let ownLo = finite.min(), let ownHi = finite.max() else {
        return String(series.map { $0.isNaN ? " " : ($0 > 0 ? "█" : "▁") })
    }
    let lo = scale?.lowerBound ?? ownLo, hi = scale?.upperBound ?? ownHi
    // A range within float noise of its size is a constant (60% that reads
    // 0.6000000000000001 in some months must not draw spikes).
    let flat = hi - lo <= 1e-9 * max(Swift.abs(lo), Swift.abs(hi))
    return String(series.map { v -> Character in
        if v.isNaN { return " " }
        if v.isInfinite { return v > 0 ? "█" : "▁" }
        if flat { return "▁" }
        return sparkBlocks[level(v, lo: lo, hi: hi, steps: sparkBlocks.count)]
    })
}

/// 0…steps-1 for v within lo…hi (lo < hi), halving first so that spans such
/// as -1e308…1e308 do not overflow to infinity.
func level(_ v: Double, lo: Double, hi: Double, steps: Int) -> Int {
    let t = (v / 2 - lo / 2) / (hi / 2 - lo / 2)
    let scaled = (t * Double(steps - 1)).rounded()
    guard scaled.isFinite else { return 0 }
    return Int(min(Double(steps - 1), max(0, scaled)))
}

/// Averages `values` into `width` buckets of (nearly) equal size.
func resampled(_ values: [Double], to width: Int) -> [Double] {
    (0..<width).map { i in
        let start = i * values.count / width
        let end = max(start + 1, (i + 1) * values.count / width)
        let finite = values[start..<end].filter(\.isFinite)
        guard !finite.isEmpty else { return values[start] }
        // Mean of halves, then doubled: no overflow for values near ±1e308.
        return finite.reduce(0) { $0 + $1 / 2 / Double(finite.count) } * 2
    }
}
