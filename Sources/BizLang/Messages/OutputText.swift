/// `plot`, `export` and the files they write: the errors about what they
/// take and the `wrote FILE` line (the report's own labels are ReportText). File names and extensions
/// are code.
public enum OutputText: String, CaseIterable, MessageKind {
    case wrote = "output.wrote"
    case plotListHolds = "output.plot.list-holds"
    case plotDraws = "output.plot.draws"
    case plotExample = "output.plot.example"
    case csvOneValue = "output.csv-one-value"
    case csvUseWorkbook = "output.csv-use-workbook"
    case exportWhat = "output.export-what"

    public var texts: (en: String, ru: String) {
        switch self {
        case .wrote: return ("wrote {1}", "записан файл {1}")
        case .plotListHolds:
            return ("plot draws series or lists of numbers; this list holds {1}", "plot рисует ряды или списки чисел, а в этом списке — {1}")
        case .plotDraws: return ("plot draws series or lists of numbers, not {1}", "plot рисует ряды или списки чисел, а не {1}")
        case .plotExample: return ("for example: plot run.customers, run.fit", "например: plot run.customers, run.fit")
        case .csvOneValue:
            return ("a .csv file holds one table, so it takes one value", "в файле .csv одна таблица, поэтому в него пишется одно значение")
        case .csvUseWorkbook:
            return ("export several values to an .xlsx workbook (a sheet each) or to .json",
                    "несколько значений экспортируйте в книгу .xlsx (по листу на каждое) или в .json")
        case .exportWhat:
            return ("export writes series, runs, lists, records, distributions, numbers and strings, not {1}",
                    "export записывает ряды, расчёты, списки, записи, распределения, числа и строки, а не {1}")
        }
    }
}
