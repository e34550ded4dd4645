/// Labels of reports, charts and month tables (issue 11): axis captions,
/// legends, section headings. Kept here so a report under `--locale ru`
/// reads in Russian throughout.
public enum ReportText: String, CaseIterable, MessageKind {
    case month = "report.month"
    case withUnit = "report.with-unit"
    case shareOfSamples = "report.share-of-samples"
    case median = "report.median"
    case interval90 = "report.interval-90"
    case inputLowered = "report.input-lowered"
    case inputRaised = "report.input-raised"
    case tornadoTitle = "report.tornado-title"
    case byInput = "report.by-input"
    case plotNeedsOne = "report.plot-needs-one"
    case plotTitleString = "report.plot-title-string"
    case sweepNoOutputs = "report.sweep-no-outputs"
    case title = "report.title"
    case titleMany = "report.title-many"
    case keyFigures = "report.key-figures"
    case comparison = "report.comparison"
    case comparisonNote = "report.comparison-note"
    case customers = "report.customers"
    case loyaltyShare = "report.loyalty-share"
    case money = "report.money"
    case revenueProfit = "report.revenue-profit"
    case cash = "report.cash"
    case loyal = "report.loyal"
    case share = "report.share"
    case revenue = "report.revenue"
    case profit = "report.profit"
    case segments = "report.segments"
    case segmentCustomers = "report.segment-customers"
    case segmentRevenue = "report.segment-revenue"
    case stressHeading = "report.stress-heading"
    case explainedHeading = "report.explained-heading"
    case summary = "report.summary"
    case summaryUncertain = "report.summary-uncertain"
    case series = "report.series"
    case start = "report.start"
    case end = "report.end"
    case min = "report.min"
    case max = "report.max"
    case when = "report.when"
    case atMonth = "report.at-month"
    case stay = "report.stay"
    case stayers = "report.stayers"
    case leavers = "report.leavers"
    case revenueChange = "report.revenue-change"
    case figure = "report.figure"
    case difference = "report.difference"
    case reportNeedsRun = "report.needs-run"
    case tableNeedsRun = "report.table-needs-run"
    case tableMonths = "report.table-months"
    case tableUnknownSeries = "report.table-unknown-series"
    case showNeedsSeries = "report.show-needs-series"
    case tableSeriesList = "report.table-series-list"

    public var texts: (en: String, ru: String) {
        switch self {
        case .month: return ("month", "месяц")
        case .withUnit: return ("{1}, {2}", "{1} ({2})")
        case .shareOfSamples: return ("share of samples", "доля выборок")
        case .median: return ("median", "медиана")
        case .interval90: return ("90% interval (p5…p95)", "90% интервал (p5…p95)")
        case .inputLowered: return ("input lowered", "вход уменьшен")
        case .inputRaised: return ("input raised", "вход увеличен")
        case .byInput: return ("{1} by {2}", "{1} в зависимости от {2}")
        case .tornadoTitle: return ("tornado: {1}", "торнадо: {1}")
        case .plotNeedsOne: return ("plot draws one {1} at a time", "plot рисует по одному значению вида «{1}»")
        case .plotTitleString: return ("a plot's title must be a string in quotes", "заголовок графика пишется строкой в кавычках")
        case .sweepNoOutputs: return ("this table has no numeric outputs to plot against {1}",
                                      "в этой таблице нет числовых результатов, чтобы построить их по {1}")
        case .title: return ("Biz report: {1}", "Отчёт Biz: {1}")
        case .titleMany: return ("Biz report: {1} compared", "Отчёт Biz: сравнение {1}")
        case .keyFigures: return ("Key figures", "Ключевые показатели")
        case .comparison: return ("Comparison", "Сравнение")
        case .comparisonNote: return ("Each run's figure and its difference from {1}; the charts draw all runs on one axis.",
                                      "Показатели каждого прогона и разница с {1}; на графиках все прогоны на одной оси.")
        case .customers: return ("Customers", "Клиенты")
        case .loyaltyShare: return ("Loyalty and share", "Лояльность и доля рынка")
        case .money: return ("Money", "Деньги")
        case .revenueProfit: return ("Revenue and profit", "Выручка и прибыль")
        case .cash: return ("Cash", "Деньги на счёте")
        case .loyal: return ("Loyal customers (share)", "Лояльные клиенты (доля)")
        case .share: return ("Market share", "Доля рынка")
        case .revenue: return ("Revenue per month", "Выручка за месяц")
        case .profit: return ("Profit per month", "Прибыль за месяц")
        case .segments: return ("Segments", "Сегменты")
        case .segmentCustomers: return ("Customers by segment", "Клиенты по сегментам")
        case .segmentRevenue: return ("Revenue by segment", "Выручка по сегментам")
        case .stressHeading: return ("Stress test: raise the price to the top of the band", "Стресс-тест: цена до верха диапазона")
        case .explainedHeading: return ("The last month, explained", "Последний месяц с объяснением")
        case .summary: return ("{1}, {2} months; {3}.", "{1}, {2} {2|месяц|месяца|месяцев}; {3}.")
        case .summaryUncertain: return ("{1}, {2} months, {3} Monte Carlo samples (medians, with 90% bands in the charts); {4}.",
                                        "{1}, {2} {2|месяц|месяца|месяцев}, {3} {3|выборка|выборки|выборок} Монте-Карло (медианы, на графиках — 90% интервалы); {4}.")
        case .series: return ("series", "ряд")
        case .start: return ("start", "начало")
        case .end: return ("end", "конец")
        case .min: return ("min", "мин")
        case .max: return ("max", "макс")
        case .when: return ("when", "когда")
        case .atMonth: return ("month {1}", "месяц {1}")
        case .stay: return ("stay", "останутся")
        case .stayers: return ("stayers", "остались")
        case .leavers: return ("leavers", "ушли")
        case .revenueChange: return ("revenue change", "изменение выручки")
        case .figure: return ("figure", "показатель")
        case .difference: return ("difference", "разница")
        case .reportNeedsRun: return ("report needs runs (from simulate), not {1}", "report нужны прогоны (из simulate), а не {1}")
        case .tableNeedsRun: return ("table needs a run (from simulate), not {1}", "table нужен прогон (из simulate), а не {1}")
        case .tableMonths: return ("months must be a range of whole months within 0…{1}, like 1..12",
                                   "months должен быть диапазоном целых месяцев в пределах 0…{1}, например 1..12")
        case .tableUnknownSeries: return ("a run has no series '{1}'", "у прогона нет ряда '{1}'")
        case .tableSeriesList: return ("table: 'series' must be a list of names, like [\"customers\", \"cash\"]",
                                       "table: 'series' — это список имён, например [\"customers\", \"cash\"]")
        case .showNeedsSeries: return ("show a, b puts series side by side; {1} is not a series",
                                       "show a, b ставит ряды рядом; {1} — не ряд")
        }
    }
}
