/// Widest bar drawn; keeps `width × 8` far from Int overflow for absurd widths.
private let maxBarWidth = 10_000

/// Partial blocks growing from the left, one to seven eighths of a cell.
private let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

/// A horizontal bar for `fraction` (clamped to 0…1) of `width` cells, in
/// eighths of a cell: `bar(fraction: 0.5, width: 3) == "█▌"`. Not padded:
/// the result is at most `width` columns. NaN gives an empty bar.
public func bar(fraction: Double, width: Int) -> String {
    guard width > 0, !fraction.isNaN else { return "" }
    let eighthsTotal = Int((min(1, max(0, fraction)) * Double(min(width, maxBarWidth)) * 8).rounded())
    var s = String(repeating: "█", count: eighthsTotal / 8)
    if eighthsTotal % 8 > 0 { s.append(eighths[eighthsTotal % 8 - 1]) }
    return s
}

/// A tornado-chart row: `2 × halfWidth + 1` columns with a centre line `│`.
///
/// `low` and `high` are the output's changes from the base case when the
/// input goes down and up; `scale` is the largest |change| in the chart
/// (a full half-width). Negative changes draw to the left of the line,
/// positive ones to the right, whichever input moved — so an input that
/// hurts when raised shows its high side on the left. The left side grows
/// from the centre in half cells (`▐`), because Unicode has no
/// right-anchored eighth blocks; the right side uses eighths.
public func tornadoBar(low: Double, high: Double, scale: Double, halfWidth: Int) -> String {
    let half = min(maxBarWidth, max(0, halfWidth))
    let left = min(0, low.isNaN ? 0 : low, high.isNaN ? 0 : high)
    let right = max(0, low.isNaN ? 0 : low, high.isNaN ? 0 : high)
    let ok = scale.isFinite && scale > 0
    let leftBar = ok ? leftwardBar(fraction: -left / scale, width: half) : ""
    let rightBar = ok ? bar(fraction: right / scale, width: half) : ""
    return padded(leftBar, to: half, alignment: .right) + "│" + padded(rightBar, to: half, alignment: .left)
}

/// A bar that grows right-to-left, resolved to half cells.
private func leftwardBar(fraction: Double, width: Int) -> String {
    guard width > 0, !fraction.isNaN else { return "" }
    let halves = Int((min(1, max(0, fraction)) * Double(width) * 2).rounded())
    return (halves % 2 == 1 ? "▐" : "") + String(repeating: "█", count: halves / 2)
}
