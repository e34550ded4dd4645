/// Axis tick values that are round numbers (1, 2 or 5 × 10ⁿ apart) covering
/// lo…hi: the first tick ≤ min(lo, hi), the last ≥ max(lo, hi), about
/// `count` of them (Heckbert's "nice numbers").
///
/// Each tick is built from its decimal text (`k × m e n`), so ticks are the
/// doubles nearest to round decimals — `0.3`, never `0.30000000000000004`.
/// A zero-width range is widened (by 10% of |lo|, or by 1 around 0);
/// non-finite input gives []; a range too wide to subtract (±1e308) gives
/// its two ends.
public func niceTicks(lo: Double, hi: Double, count: Int = 5) -> [Double] {
    guard lo.isFinite, hi.isFinite else { return [] }
    var a = min(lo, hi)
    var b = max(lo, hi)
    if a == b {
        let pad = a == 0 ? 1 : a.magnitude / 10
        a -= pad
        b += pad
    }
    let span = b - a
    let wanted = max(2, min(count, 100))
    guard span.isFinite, let step = niceStep(span / Double(wanted - 1)) else { return [a, b] }
    let first = snappedIndex(a / step.value, rounding: .down)
    let last = snappedIndex(b / step.value, rounding: .up)
    // Bounds keep `k × mantissa` inside Int64 and the tick list short.
    guard first.magnitude < 1e18, last.magnitude < 1e18, last - first < 1000 else { return [a, b] }
    var ticks: [Double] = []
    var k = first
    while k <= last {
        // Double("25e-2") parses the exact decimal: no accumulated error.
        let text = String(Int64(k) * Int64(step.mantissa)) + "e" + String(step.exponent)
        ticks.append(Double(text) ?? k * step.value)
        k += 1
    }
    return ticks
}

/// A step of mantissa 1, 2 or 5 times 10^exponent, near `raw`.
private func niceStep(_ raw: Double) -> (mantissa: Int, exponent: Int, value: Double)? {
    guard let d = DecimalDigits(raw), !d.isZero else { return nil }
    var exponent = d.exponent
    // Leading digits as a number 1.0 ≤ f < 10.
    let f = d.digits.prefix(3).enumerated().reduce(0.0) { $0 + Double($1.element) / pow10(Int($1.offset)) }
    var mantissa: Int
    switch f {
    case ..<1.5: mantissa = 1
    case ..<3: mantissa = 2
    case ..<7: mantissa = 5
    default: mantissa = 10
    }
    if mantissa == 10 {
        mantissa = 1
        exponent += 1
    }
    guard let value = Double(String(mantissa) + "e" + String(exponent)), value > 0, value.isFinite else { return nil }
    return (mantissa, exponent, value)
}

/// Floor/ceil of a tick index, forgiving quotients like 2.9999999999999996.
private func snappedIndex(_ q: Double, rounding: FloatingPointRoundingRule) -> Double {
    let nearest = q.rounded()
    return (q - nearest).magnitude < 1e-9 ? nearest : q.rounded(rounding)
}

private func pow10(_ n: Int) -> Double {
    Double("1e" + String(n)) ?? 1
}
