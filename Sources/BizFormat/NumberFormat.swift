/// Significant digits shown for a plain number: enough for money-sized
/// figures, few enough to hide binary noise (0.1 + 0.2 → 0.3).
let numberSignificantDigits = 10

/// Digits kept before rounding money and percents to their decimals. Sums
/// such as 0.145 + 0.000…01 carry noise in the 16th–17th digit; cutting at
/// 15 first makes values that are mathematically x.xx5 round the same way
/// however they were computed.
let noiseSignificantDigits = 15

/// A number as users see it: up to 10 significant digits, thousands
/// separated, integers without decimals, scientific form for magnitudes
/// ≥ 1e15 or nonzero below 1e-6.
///
///     formatNumber(1234567.5, locale: .en) == "1,234,567.5"
///     formatNumber(1234567.5, locale: .ru) == "1 234 567,5"
public func formatNumber(_ x: Double, locale: OutputLocale) -> String {
    // Whole numbers of up to 10 digits need no rounding: the common case
    // (counters, ids in interpolated strings), done without DecimalDigits.
    if x.magnitude < 1e10, x == x.rounded(.towardZero) {
        let n = Int(x.magnitude)
        return (x < 0 && n != 0 ? "-" : "") + DecimalText.grouped(String(n), separator: locale.groupingSeparator)
    }
    guard let exact = DecimalDigits(x) else { return DecimalText.nonFinite(x) }
    let d = exact.rounded(significantDigits: numberSignificantDigits)
    if DecimalText.needsScientific(d) { return DecimalText.scientific(d, locale: locale) }
    return DecimalText.plain(d, locale: locale)
}
