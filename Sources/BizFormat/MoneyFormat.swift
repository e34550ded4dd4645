/// Money to the cent unless whole: `12,000 RUB`, `12,000.50 RUB`, `-5 USD`;
/// in ru, roubles get the sign `₽` after the number (`12 000,50 ₽`) and other
/// currencies keep their code (`12 000 USD`).
///
/// Rounding is half away from zero on the decimal form (after cutting float
/// noise at 15 significant digits), so `1.005 RUB` shows `1.01 RUB`. An
/// amount that rounds to zero shows as `0 RUB` — never `-0` — because a
/// minus sign on nothing reads as a debt. Amounts ≥ 1e15 use the scientific
/// form of numbers (`1.5e20 RUB`).
public func formatMoney(_ x: Double, currency: String, locale: OutputLocale) -> String {
    let unit = currencyLabel(currency, locale: locale)
    return wholeCents(x, locale: locale, unit: unit) ?? formatMoneyExact(x, currency: currency, locale: locale)
}

/// The amount of `formatMoney` without the decimal expansion, for the
/// usual money value: a whole number of cents (to within a millionth of a
/// cent) below a billion, not zero. Nil for anything else. Such a value
/// reads the same however its float noise is cut, so the text is exactly
/// `formatMoneyExact`'s (MoneyFormatTests compares the two) at a fraction
/// of the cost — printing a report of money was mostly this expansion.
/// With a `unit`, the text ends with a space and the unit.
func wholeCents(_ x: Double, locale: OutputLocale, unit: String = "") -> String? {
    wholeCentsAmount(x)?.text(locale: locale, suffix: unit)
}

/// The amount that `wholeCents` prints, or nil.
@inline(__always)
func wholeCentsAmount(_ x: Double) -> WholeAmount? {
    let a = Swift.abs(x)
    guard a < 1e9 else { return nil }
    let cents = (a * 100).rounded()
    guard cents >= 1, Swift.abs(a * 100 - cents) < 1e-6 else { return nil }
    let c = UInt64(cents)
    let fraction = Int(c % 100)
    return WholeAmount(integer: c / 100, negative: x < 0, cents: fraction == 0 ? nil : fraction)
}

/// `formatMoney` through the exact decimal form of `x`.
func formatMoneyExact(_ x: Double, currency: String, locale: OutputLocale) -> String {
    let amount: String
    if let exact = DecimalDigits(x) {
        // Above 1e13 the cents lie past the 15th digit: keep them (doubles
        // still hold them there) rather than rounding a whole unit away.
        let clean = exact.rounded(significantDigits: max(noiseSignificantDigits, exact.pointPosition + 2))
        let cents = clean.rounded(fractionDigits: 2)
        if DecimalText.needsScientific(cents) && cents.exponent > 0 {
            amount = formatNumber(x, locale: locale)
        } else {
            amount = DecimalText.plain(cents, locale: locale, minFractionDigits: 2)
        }
    } else {
        amount = DecimalText.nonFinite(x)
    }
    let unit = currencyLabel(currency, locale: locale)
    return unit.isEmpty ? amount : amount + " " + unit
}

/// What follows the amount: the ISO code, or `₽` for roubles in ru.
public func currencyLabel(_ code: String, locale: OutputLocale) -> String {
    if locale == .ru && code == "RUB" { return "₽" }
    return code
}
