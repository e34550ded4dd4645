/// The REPL's own texts: the welcome line, command messages and the words
/// of `:help`'s index (the help topics themselves are in BizREPL's Help*
/// files, en and ru side by side).
public enum ReplText: String, CaseIterable, MessageKind {
    case welcome = "repl.welcome"
    case typeHelp = "repl.type-help"
    case unknownCommand = "repl.unknown-command"
    case didYouMeanCommand = "repl.did-you-mean-command"
    case listCommands = "repl.list-commands"
    case missingArgument = "repl.missing-argument"
    case usage = "repl.usage"
    case sessionCleared = "repl.session-cleared"
    case cellHeader = "repl.cell-header"
    case valueHeader = "repl.value-header"
    case typeHeader = "repl.type-header"
    case functions = "repl.functions"
    case noCells = "repl.no-cells"
    case cannotRead = "repl.cannot-read"
    case nothingLoaded = "repl.nothing-loaded"
    case loaded = "repl.loaded"
    case saved = "repl.saved"
    case seed = "repl.seed"
    case badSeed = "repl.bad-seed"
    case samples = "repl.samples"
    case badSamples = "repl.bad-samples"
    case sampling = "repl.sampling"
    case badSampling = "repl.bad-sampling"
    case locale = "repl.locale"
    case unknownLocale = "repl.unknown-locale"
    case useLocale = "repl.use-locale"
    case time = "repl.time"
    case nothing = "repl.nothing"
    case moreChanges = "repl.more-changes"

    // :help's index and answers
    case helpTagline = "repl.help.tagline"
    case helpTopics = "repl.help.topics"
    case helpCommands = "repl.help.commands"
    case helpKeys = "repl.help.keys"
    case helpBuiltinsSummary = "repl.help.builtins-summary"
    case helpBuiltinsTitle = "repl.help.builtins-title"
    case helpNoHelp = "repl.help.no-help"
    case helpNoHelpDidYouMean = "repl.help.no-help-did-you-mean"
    case helpFunction = "repl.help.function"
    case helpBuiltinFunction = "repl.help.builtin-function"
    case helpFields = "repl.help.fields"
    case helpUnit = "repl.help.unit"
    case helpDefault = "repl.help.default"
    case helpRequired = "repl.help.required"
    case helpExamples = "repl.help.examples"
    case helpSeeAlso = "repl.help.see-also"
    case helpDeclarationSetup = "repl.help.declaration-setup"

    // The :commands' one-line descriptions
    case cmdHelp = "repl.cmd.help"
    case cmdCells = "repl.cmd.cells"
    case cmdLoad = "repl.cmd.load"
    case cmdSave = "repl.cmd.save"
    case cmdReset = "repl.cmd.reset"
    case cmdSeed = "repl.cmd.seed"
    case cmdSamples = "repl.cmd.samples"
    case cmdSampling = "repl.cmd.sampling"
    case cmdLocale = "repl.cmd.locale"
    case cmdTime = "repl.cmd.time"
    case cmdType = "repl.cmd.type"
    case cmdQuit = "repl.cmd.quit"

    public var texts: (en: String, ru: String) {
        switch self {
        case .welcome: return ("{1} — a spreadsheet you type. {2} for help, Tab to complete, Ctrl-D to quit.",
                               "{1} — таблица, которую пишут словами. {2} — справка, Tab дополняет, Ctrl-D — выход.")
        case .typeHelp: return ("Type :help for help, :quit or Ctrl-D to leave.",
                                "Справка — :help, выход — :quit или Ctrl-D.")
        case .unknownCommand: return ("unknown command ':{1}'", "неизвестная команда ':{1}'")
        case .didYouMeanCommand: return ("did you mean :{1}?", "возможно, :{1}?")
        case .listCommands: return ("type :help for the list of commands", "список команд — :help")
        case .missingArgument: return ("missing argument", "не хватает аргумента")
        case .usage: return ("usage: {1}", "как писать: {1}")
        case .sessionCleared: return ("session cleared: no cells", "сеанс очищен: ячеек нет")
        case .cellHeader: return ("cell", "ячейка")
        case .valueHeader: return ("value", "значение")
        case .typeHeader: return ("type", "тип")
        case .functions: return ("functions: {1}", "функции: {1}")
        case .noCells: return ("no cells yet: define one, e.g. price = 100 RUB",
                               "ячеек пока нет: задайте одну, например price = 100 RUB")
        case .cannotRead: return ("cannot read {1}", "не удалось прочитать {1}")
        case .nothingLoaded: return ("nothing from {1} was loaded", "из {1} ничего не загружено")
        case .loaded: return ("loaded {1}: {2} new {2|cell|cells}",
                              "загружен {1}: {2} {2|новая ячейка|новые ячейки|новых ячеек}")
        case .saved: return ("saved {2} {2|statement|statements} to {1}; run it with: biz {1}",
                             "в {1} {2|сохранена|сохранены|сохранено} {2} {2|инструкция|инструкции|инструкций}; запуск: biz {1}")
        case .seed: return ("seed {1}", "зерно {1}")
        case .badSeed: return ("the seed must be a whole number ≥ 0, not '{1}'",
                               "зерно должно быть целым числом ≥ 0, а не '{1}'")
        case .samples: return ("samples {1}", "выборок {1}")
        case .badSamples: return ("the sample count must be from 1 to 1000000, not '{1}'",
                                  "число выборок должно быть от 1 до 1000000, а не '{1}'")
        case .sampling: return ("sampling {1}", "выборка {1}")
        case .badSampling: return ("sampling must be lhs (Latin hypercube) or random, not '{1}'",
                                   "выборка должна быть lhs (латинский гиперкуб) или random, а не '{1}'")
        case .locale: return ("locale {1}", "язык {1}")
        case .unknownLocale: return ("unknown locale '{1}'", "неизвестный язык '{1}'")
        case .useLocale: return ("use :locale en or :locale ru", "пишите :locale en или :locale ru")
        case .time: return ("time: {1}", "время: {1}")
        case .nothing: return ("nothing", "ничего")
        case .moreChanges: return ("  … and {1} more (:cells lists them all)",
                                   "  … и ещё {1} (все — в :cells)")

        case .helpTagline: return ("{1}: a spreadsheet you type. Names are cells; cells are formulas.",
                                   "{1}: таблица, которую пишут словами. Имена — ячейки, ячейки — формулы.")
        case .helpTopics: return ("{1} (:help TOPIC):", "{1} (:help ТЕМА):")
        case .helpCommands: return ("Commands", "Команды")
        case .helpKeys: return ("{1}: Tab completes · Up/Down and Ctrl-R search history · Ctrl-C clears the line or stops a run · Ctrl-D quits",
                                "{1}: Tab дополняет · Вверх/Вниз и Ctrl-R ищут в истории · Ctrl-C очищает строку или прерывает счёт · Ctrl-D — выход")
        case .helpBuiltinsSummary: return ("every built-in function", "все встроенные функции")
        case .helpBuiltinsTitle: return ("built-in functions (a cell of the same name hides one)",
                                         "встроенные функции (ячейка с тем же именем скрывает функцию)")
        case .helpNoHelp: return ("No help on '{1}'. Type {2} for the topics.", "Справки по '{1}' нет. Список тем — {2}.")
        case .helpNoHelpDidYouMean: return ("No help on '{1}'. Did you mean '{3}'? Type {2} for the topics.",
                                            "Справки по '{1}' нет. Возможно, '{3}'? Список тем — {2}.")
        case .helpFunction: return ("function", "функция")
        case .helpBuiltinFunction: return ("built-in function", "встроенная функция")
        case .helpFields: return ("Fields", "Поля")
        case .helpUnit: return ("unit", "единица")
        case .helpDefault: return ("default", "по умолчанию")
        case .helpRequired: return ("required", "обязательное")
        case .helpExamples: return ("Examples", "Примеры")
        case .helpSeeAlso: return ("See also: {1}", "См. также: {1}")
        case .helpDeclarationSetup: return ("The examples use the company 'us' of :help declarations.",
                                            "В примерах — компания 'us' из :help declarations.")

        case .cmdHelp: return ("topics with examples; :help NAME for a function or cell",
                               "темы с примерами; :help ИМЯ — о функции или ячейке")
        case .cmdCells: return ("every cell with its value and type", "все ячейки со значениями и типами")
        case .cmdLoad: return ("run a .biz file into this session", "выполнить файл .biz в этом сеансе")
        case .cmdSave: return ("write this session's definitions as a script", "записать определения сеанса в сценарий")
        case .cmdReset: return ("forget every cell and start afresh", "забыть все ячейки и начать заново")
        case .cmdSeed: return ("random seed for distributions", "зерно случайных чисел для распределений")
        case .cmdSamples: return ("Monte Carlo sample count", "число выборок Монте-Карло")
        case .cmdSampling: return ("how distributions draw samples: lhs (stratified, the default) or random",
                                   "как распределения берут выборки: lhs (по слоям, по умолчанию) или random")
        case .cmdLocale: return ("interface language and number format", "язык интерфейса и формат чисел")
        case .cmdTime: return ("evaluate and print how long it took", "вычислить и показать, сколько это заняло")
        case .cmdType: return ("the type of a value, without printing it", "тип значения, без самого значения")
        case .cmdQuit: return ("leave (Ctrl-D does too)", "выйти (или Ctrl-D)")
        }
    }
}
