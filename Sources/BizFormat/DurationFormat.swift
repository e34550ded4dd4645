/// Durations are stored in months (LANGUAGE.md §3): `18 months`, `1 month`,
/// `1.5 months`; ru agrees the word with the number (`1 месяц`, `3 месяца`,
/// `18 месяцев`, `1,5 месяца`), and every form parses back.
public func formatDuration(months: Double, locale: OutputLocale) -> String {
    let number = formatNumber(months, locale: locale)
    switch locale {
    case .en: return number + (months.magnitude == 1 ? " month" : " months")
    case .ru: return number + " " + russianPlural(shown: number, one: "месяц", few: "месяца", many: "месяцев")
    }
}

/// A rate: an already formatted quantity per period, `500/month`,
/// `4%/month`, `200,000 RUB/month`; ru `200 000 ₽/мес.`.
///
/// `period` is a period word (`month`, `quarter`, `year`, `week`, `day`,
/// singular or plural); ru abbreviates it the way Russian price tags do.
/// An unknown word is shown as given.
public func formatRate(numerator: String, period: String, locale: OutputLocale) -> String {
    numerator + "/" + periodWord(period, locale: locale)
}

public func periodWord(_ period: String, locale: OutputLocale) -> String {
    var singular = period.lowercased()
    if singular.hasSuffix("s") && singular.count > 1 { singular.removeLast() }
    guard ["day", "week", "month", "quarter", "year"].contains(singular) else { return period }
    switch locale {
    case .en: return singular
    case .ru:
        switch singular {
        case "day": return "день"
        case "week": return "нед."
        case "month": return "мес."
        case "quarter": return "кв."
        default: return "год"
        }
    }
}
