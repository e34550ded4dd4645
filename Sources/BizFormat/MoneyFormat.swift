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
