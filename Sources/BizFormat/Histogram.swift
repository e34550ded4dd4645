/// A one-line histogram of samples: `bins` equal-width bins from the
/// smallest to the largest finite sample, each drawn as a block whose
/// height is its count relative to the fullest bin. An empty bin is a
/// space; a nonempty one is at least `▁`, so rare tails stay visible.
/// Non-finite samples are ignored. All samples equal → a single `█`
/// (there is no spread to show); no finite samples or `bins < 1` → "".
public func histogramLine(samples: [Double], bins: Int = 20) -> String {
    let finite = samples.filter(\.isFinite)
    guard bins > 0, let lo = finite.min(), let hi = finite.max() else { return "" }
    if lo == hi { return "█" }
    let binCount = min(bins, 1000)
    var counts = [Int](repeating: 0, count: binCount)
    for x in finite {
        // Halved to stay finite for spans near the largest doubles.
        let t = (x / 2 - lo / 2) / (hi / 2 - lo / 2)
        let index = Int(min(Double(binCount - 1), max(0, (t * Double(binCount)).rounded(.down))))
        counts[index] += 1
    }
    let most = Double(counts.max() ?? 1)
    return String(counts.map { count -> Character in
        guard count > 0 else { return " " }
        let height = Int((Double(count) / most * Double(sparkBlocks.count)).rounded(.up))
        return sparkBlocks[min(sparkBlocks.count, max(1, height)) - 1]
    })
}
