/// `plot`, `export`, `report` and the files they write: the HTML report's
/// headings and the errors about destinations. File names and extensions
/// are code.
public enum OutputText: String, CaseIterable, MessageKind {
    case wrote = "output.wrote"
    case plotListHolds = "output.plot.list-holds"
    case plotDraws = "output.plot.draws"
    case plotExample = "output.plot.example"
    case reportNeedsRun = "output.report.needs-run"
    case csvOneValue = "output.csv-one-value"
    case csvUseWorkbook = "output.csv-use-workbook"
    case exportWhat = "output.export-what"
    // The HTML report
    case reportTitle = "report.title"
    case keyFigures = "report.key-figures"
    case summary = "report.summary"
    case summarySamples = "report.summary-samples"
    case customers = "report.customers"
    case loyaltyAndShare = "report.loyalty-and-share"
    case money = "report.money"
    case revenueAndProfit = "report.revenue-and-profit"
    case cash = "report.cash"
    case stressHeading = "report.stress"
    case when = "report.when"
    case revenueChange = "report.revenue-change"
    case atMonth = "report.at-month"
    case lastMonth = "report.last-month"

    public var texts: (en: String, ru: String) {
        switch self {
        case .wrote: return ("wrote {1}", "записан файл {1}")
        case .plotListHolds:
            return ("plot draws series or lists of numbers; this list holds {1}", "plot рисует ряды или списки чисел, а в этом списке — {1}")
        case .plotDraws: return ("plot draws series or lists of numbers, not {1}", "plot рисует ряды или списки чисел, а не {1}")
        case .plotExample: return ("for example: plot run.customers, run.fit", "например: plot run.customers, run.fit")
        case .reportNeedsRun: return ("report needs a run (from simulate), not {1}", "для report нужен расчёт (из simulate), а не {1}")
        case .csvOneValue:
            return ("a .csv file holds one table, so it takes one value", "в файле .csv одна таблица, поэтому в него пишется одно значение")
        case .csvUseWorkbook:
            return ("export several values to an .xlsx workbook (a sheet each) or to .json",
                    "несколько значений экспортируйте в книгу .xlsx (по листу на каждое) или в .json")
        case .exportWhat:
            return ("export writes series, runs, lists, records, distributions, numbers and strings, not {1}",
                    "export записывает ряды, расчёты, списки, записи, распределения, числа и строки, а не {1}")
        case .reportTitle: return ("Biz report: {1}", "Отчёт Biz: {1}")
        case .keyFigures: return ("Key figures", "Главные цифры")
        case .summary: return ("{1}, {2} months", "{1}, {2} {2|месяц|месяца|месяцев}")
        case .summarySamples:
            return (", {1} Monte Carlo samples (medians, with 90% bands in the charts)",
                    ", {1} {1|выборка|выборки|выборок} Монте-Карло (медианы, на графиках — 90% интервалы)")
        case .customers: return ("Customers", "Клиенты")
        case .loyaltyAndShare: return ("Loyalty and share", "Лояльность и доля рынка")
        case .money: return ("Money", "Деньги")
        case .revenueAndProfit: return ("Revenue and profit", "Выручка и прибыль")
        case .cash: return ("Cash", "Деньги на счёте")
        case .stressHeading:
            return ("Stress test: raise the price to the top of the band", "Стресс-тест: цена поднята до верха ценового коридора")
        case .when: return ("when", "когда")
        case .revenueChange: return ("revenue change", "изменение выручки")
        case .atMonth: return ("month {1}", "месяц {1}")
        case .lastMonth: return ("The last month, explained", "Последний месяц по шагам")
        }
    }
}
