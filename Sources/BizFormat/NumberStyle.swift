/// The formatting functions bundled with one locale, for callers (the
/// interpreter) that carry a single style value around instead of
/// threading the locale through every call.
public struct NumberStyle: Sendable, Equatable {
    public var locale: OutputLocale

    public init(locale: OutputLocale) {
        self.locale = locale
    }

    public func number(_ x: Double) -> String { formatNumber(x, locale: locale) }
    public func money(_ x: Double, currency: String) -> String { formatMoney(x, currency: currency, locale: locale) }
    public func percent(_ fraction: Double) -> String { formatPercent(fraction, locale: locale) }
    public func duration(months: Double) -> String { formatDuration(months: months, locale: locale) }
    public func rate(numerator: String, period: String) -> String {
        formatRate(numerator: numerator, period: period, locale: locale)
    }
}
