/// Texts of the editor tools: `biz lsp` (inlay notes, hover labels, the
/// diagnostics of a stopped background run) and `biz watch`.
public enum EditorText: String, CaseIterable, MessageKind {
    case lspCommand = "editor.lsp"
    case watchCommand = "editor.watch"
    case expectHolds = "editor.expect-holds"
    case expectFails = "editor.expect-fails"
    case notWritten = "editor.not-written"
    case timeLimit = "editor.time-limit"
    case evaluationStopped = "editor.evaluation-stopped"
    case formula = "editor.formula"
    case parameter = "editor.parameter"
    case field = "editor.field"
    case unit = "editor.unit"
    case defaultValue = "editor.default"
    case watching = "editor.watching"
    case watchChanged = "editor.watch-changed"
    case watchNew = "editor.watch-new"
    case watchCannotRead = "editor.watch-cannot-read"
    case watchRun = "editor.watch-run"
    case badLimits = "editor.bad-limits"
    case fmtCommand = "editor.fmt"
    case fmtWouldChange = "editor.fmt-would-change"
    case fmtNotParsed = "editor.fmt-not-parsed"

    public var texts: (en: String, ru: String) {
        switch self {
        case .lspCommand: return ("Start the language server (for editors; speaks LSP on stdin and stdout).",
                                  "Запустить языковой сервер (для редакторов; LSP через stdin и stdout).")
        case .watchCommand: return ("Rerun a .biz file whenever it is saved, showing each value and what changed.",
                                    "Перезапускать файл .biz при каждом сохранении, показывая значения и что изменилось.")
        case .expectHolds: return ("✓ holds", "✓ выполняется")
        case .expectFails: return ("✗ fails", "✗ не выполняется")
        case .notWritten: return ("{1} not written in the editor", "{1} в редакторе не записывается")
        case .timeLimit: return ("evaluation took longer than {1} s; the lines after this one show no values",
                                 "вычисление заняло больше {1} с; у строк после этой значений нет")
        case .evaluationStopped: return ("evaluation stopped unexpectedly; the lines after this one show no values",
                                         "вычисление неожиданно прервалось; у строк после этой значений нет")
        case .formula: return ("formula", "формула")
        case .parameter: return ("parameter of {1}", "параметр функции {1}")
        case .field: return ("field {1} of {2}", "поле {1} объявления {2}")
        case .unit: return ("unit", "единица")
        case .defaultValue: return ("default", "по умолчанию")
        case .watching: return ("watching {1} (Ctrl-C to stop)", "слежу за {1} (Ctrl-C — стоп)")
        case .watchChanged: return ("was {1}", "было {1}")
        case .watchNew: return ("new", "новое")
        case .watchCannotRead: return ("cannot read {1}; waiting for it to come back", "не удалось прочитать {1}; жду, когда файл появится")
        case .watchRun: return ("run {1} at {2}", "запуск {1} в {2}")
        case .fmtCommand: return ("Format .biz files in canonical layout (--check: list those that are not).",
                                  "Привести файлы .biz к единому виду (--check: перечислить те, что не приведены).")
        case .fmtWouldChange: return ("{1} is not formatted (biz fmt {1})", "{1} не отформатирован (biz fmt {1})")
        case .fmtNotParsed: return ("{1} was not formatted: it has errors", "{1} не отформатирован: в нём ошибки")
        case .badLimits: return ("--time-limit and --max-steps must be positive", "--time-limit и --max-steps должны быть больше нуля")
        }
    }
}
