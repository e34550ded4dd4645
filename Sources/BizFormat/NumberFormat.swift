/// Significant digits shown for a plain number: enough for money-sized
/// figures, few enough to hide binary noise (0.1 + 0.2 → 0.3).
let numberSignificantDigits = 10

/// Digits kept before rounding money and percents to their decimals. Sums
/// such as 0.145 + 0.000…01 carry noise in the 16th–17th digit; cutting at
/// 15 first makes values that are mathematically x.xx5 round the same way
/// however they were computed.
let noiseSignificantDigits = 15

/// From this power of ten on, numbers print in scientific form (§8).
let scientificExponent = 15

/// A number as users see it (LANGUAGE.md §8): below 1e15 every digit of the
/// integer part prints (`12,345,678,901`), decimals fill up to 10
/// significant digits and a number with 9 or more integer digits keeps one
/// (`-12,345,678,901.5`, so that a half is never lost); thousands
/// separated, integers without decimals; scientific form with up to 10
/// significant digits for magnitudes ≥ 1e15 or nonzero below 1e-6.
///
///     formatNumber(1234567.5, locale: .en) == "1,234,567.5"
///     formatNumber(1234567.5, locale: .ru) == "1 234 567,5"
public func formatNumber(_ x: Double, locale: OutputLocale) -> String {
    formatNumber(x, locale: locale, grouping: true)
}

/// A number as Biz source (for hints that suggest code): the digits of
/// `formatNumber` in en, without thousands separators (`1500`, `2.57`,
/// `1.5e15`), so that it reads back as a literal in every locale.
public func formatSourceNumber(_ x: Double) -> String {
    formatNumber(x, locale: .en, grouping: false)
}

func formatNumber(_ x: Double, locale: OutputLocale, grouping: Bool) -> String {
    if let whole = wholeNumber(x) { return whole.text(locale: locale, grouping: grouping) }
    return formatNumberExact(x, locale: locale, grouping: grouping)
}

/// Whole numbers below 1e15 need no rounding: the common case (counters,
/// ids in interpolated strings), printed without DecimalDigits. Nil for
/// any other number.
@inline(__always)
func wholeNumber(_ x: Double) -> WholeAmount? {
    guard x.magnitude < 1e15, x == x.rounded(.towardZero) else { return nil }
    let n = UInt64(x.magnitude)
    return WholeAmount(integer: n, negative: x < 0 && n != 0)
}

/// `formatNumber` through the exact decimal form of `x` (for every number;
/// NumberFormatTests compares it with the shortcut for whole numbers).
func formatNumberExact(_ x: Double, locale: OutputLocale, grouping: Bool) -> String {
    guard let exact = DecimalDigits(x) else { return DecimalText.nonFinite(x) }
    let d = exact.exponent >= scientificExponent ? exact.rounded(significantDigits: numberSignificantDigits)
        : exact.pointPosition >= numberSignificantDigits - 1 ? exact.rounded(fractionDigits: 1)
        : exact.rounded(significantDigits: numberSignificantDigits)
    if DecimalText.needsScientific(d) {
        return DecimalText.scientific(d.rounded(significantDigits: numberSignificantDigits), locale: locale)
    }
    return DecimalText.plain(d, locale: locale, grouping: grouping)
}
