/// The tables a run, a series, `compare` and `stress` print (Model/Views.swift)
/// and the HTML report reuses. Series names (`customers`, `revenue`) are
/// field names: code in every language; the words around them are here.
public enum ViewText: String, CaseIterable, MessageKind {
    case month = "view.month"
    case value = "view.value"
    case runTitle = "view.run.title"
    case runSamples = "view.run.samples"
    case flowNote = "view.run.flow-note"
    case series = "view.header.series"
    case start = "view.header.start"
    case end = "view.header.end"
    case min = "view.header.min"
    case max = "view.header.max"
    case trend = "view.header.trend"
    case noStrategy = "view.compare.no-strategy"
    case schedule = "view.compare.schedule"
    case figure = "view.compare.figure"
    case difference = "view.compare.difference"
    case differenceFrom = "view.compare.difference-from"
    case customersAtEnd = "view.compare.customers-at-end"
    case fitAtEnd = "view.compare.fit"
    case pushedAtEnd = "view.compare.pushed"
    case loyalAtEnd = "view.compare.loyal-at-end"
    case shareAtEnd = "view.compare.share-at-end"
    case revenueTotal = "view.compare.revenue-total"
    case profitTotal = "view.compare.profit-total"
    case cashAtEnd = "view.compare.cash-at-end"
    case stressTest = "view.stress.title"
    case atMonth = "view.stress.at-month"
    case priceChange = "view.stress.price"
    case perSegment = "view.stress.per-segment"
    case stressSamples = "view.stress.samples"
    case total = "view.stress.total"
    case segment = "view.stress.segment"
    case newPrice = "view.stress.new-price"
    case stay = "view.stress.stay"
    case stayers = "view.stress.stayers"
    case leavers = "view.stress.leavers"
    case revenueBefore = "view.stress.revenue-before"
    case revenueAfter = "view.stress.revenue-after"
    case change = "view.stress.change"

    public var texts: (en: String, ru: String) {
        switch self {
        case .month: return ("month", "месяц")
        case .value: return ("value", "значение")
        case .runTitle: return ("run of {1}, {2} months", "расчёт {1} на {2} {2|месяц|месяца|месяцев}")
        case .runSamples:
            return (", {1} Monte Carlo samples (medians)", ", {1} {1|выборка|выборки|выборок} Монте-Карло (медианы)")
        case .flowNote: return ("flows (revenue, profit) read months 1…{1}", "потоки (revenue, profit) — за месяцы 1…{1}")
        case .series: return ("series", "ряд")
        case .start: return ("start", "начало")
        case .end: return ("end", "конец")
        case .min: return ("min", "мин")
        case .max: return ("max", "макс")
        case .trend: return ("trend", "динамика")
        case .noStrategy: return ("no strategy", "без стратегии")
        case .schedule: return ("schedule", "расписание")
        case .figure: return ("figure", "показатель")
        case .difference: return ("difference", "разница")
        case .differenceFrom: return ("Δ: the difference from {1}", "Δ: разница с {1}")
        case .customersAtEnd: return ("customers at the end", "клиентов на конец")
        case .fitAtEnd: return ("  fit", "  подходящих")
        case .pushedAtEnd: return ("  pushed", "  дожатых")
        case .loyalAtEnd: return ("loyal at the end", "лояльных на конец")
        case .shareAtEnd: return ("share at the end", "доля на конец")
        case .revenueTotal: return ("revenue, total", "выручка, всего")
        case .profitTotal: return ("profit, total", "прибыль, всего")
        case .cashAtEnd: return ("cash at the end", "деньги на конец")
        case .stressTest: return ("stress test", "стресс-тест")
        case .atMonth: return (" at month {1}", ", месяц {1}")
        case .priceChange: return (": price {1} → {2}", ": цена {1} → {2}")
        case .perSegment: return ("per segment", "своя в каждом сегменте")
        case .stressSamples:
            return (" (means of {1} Monte Carlo samples)", " (средние по {1} {1|выборке|выборкам|выборкам} Монте-Карло)")
        case .total: return ("total", "итого")
        case .segment: return ("segment", "сегмент")
        case .newPrice: return ("new price", "новая цена")
        case .stay: return ("stay", "удержание")
        case .stayers: return ("stayers", "останутся")
        case .leavers: return ("leavers", "уйдут")
        case .revenueBefore: return ("revenue before", "выручка до")
        case .revenueAfter: return ("revenue after", "выручка после")
        case .change: return ("change", "изменение")
        }
    }
}
