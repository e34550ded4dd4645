/// The eight block heights, lowest first.
let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

/// One character per value, `▁` at the minimum and `█` at the maximum.
///
/// A constant series is all `▄`: a flat line at mid height reads as "no
/// change", where all `▁` would read as "nothing". NaN shows as a space (a
/// gap in the data); +∞/-∞ show as `█`/`▁` and do not stretch the scale.
/// With `maxWidth`, longer series are averaged down to that many
/// characters (each character the mean of the finite values it covers).
public func sparkline(_ values: [Double], maxWidth: Int? = nil) -> String {
    var series = values
    if let limit = maxWidth {
        guard limit > 0 else { return "" }
        if series.count > limit { series = resampled(series, to: limit) }
    }
    let finite = series.filter(\.isFinite)
    guard let lo = finite.min(), let hi = finite.max() else {
        return String(series.map { $0.isNaN ? " " : ($0 > 0 ? "█" : "▁") })
    }
    return String(series.map { v -> Character in
        if v.isNaN { return " " }
        if v.isInfinite { return v > 0 ? "█" : "▁" }
        if lo == hi { return "▄" }
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
