/// A fraction shown as a percent: `0.2` → `20%`, `0.041684` → `4.17%`.
///
/// At most two decimals, trailing zeros trimmed, half away from zero. A
/// nonzero value that would round to `0%` keeps two significant digits
/// instead (`0.000012` → `0.0012%`), so a small effect never looks like
/// none. ru writes the decimal comma (`4,17%`); no space before `%` in
/// either locale, to match the language's own literal `4.17%`.
public func formatPercent(_ fraction: Double, locale: OutputLocale) -> String {
    formatPercent(fraction, locale: locale, grouping: true)
}

/// A percent as Biz source, for hints that suggest code: `2.57%`, never
/// `2.5680002032789693%` nor `1,200%`, the same in every locale.
public func formatSourcePercent(_ fraction: Double) -> String {
    formatPercent(fraction, locale: .en, grouping: false)
}

func formatPercent(_ fraction: Double, locale: OutputLocale, grouping: Bool) -> String {
    guard let exact = DecimalDigits(fraction) else { return DecimalText.nonFinite(fraction) + "%" }
    // × 100 by moving the decimal point: exact, unlike multiplying the double.
    var percent = exact
    if !percent.isZero { percent.pointPosition += 2 }
    let clean = percent.rounded(significantDigits: noiseSignificantDigits)
    var shown = clean.rounded(fractionDigits: 2)
    if shown.isZero && !clean.isZero {
        shown = clean.rounded(significantDigits: 2)
    }
    if DecimalText.needsScientific(shown) {
        return DecimalText.scientific(shown.rounded(significantDigits: numberSignificantDigits), locale: locale) + "%"
    }
    return DecimalText.plain(shown, locale: locale, grouping: grouping) + "%"
}
