/// The `biz` command's own texts: `biz help`'s overview, the subcommands'
/// descriptions (ArgumentParser's `--help` of a subcommand stays English:
/// its text is static) and the command-line errors.
public enum CLIText: String, CaseIterable, MessageKind {
    case tagline = "cli.tagline"
    case commands = "cli.commands"
    case options = "cli.options"
    case helpTopics = "cli.help-topics"
    case runDefault = "cli.run-default"
    case run = "cli.run"
    case evaluate = "cli.evaluate"
    case test = "cli.test"
    case check = "cli.check"
    case learn = "cli.learn"
    case help = "cli.help"
    case rootDiscussion = "cli.root-discussion"
    case usageHint = "cli.usage-hint"
    case badSamples = "cli.bad-samples"
    case badLocale = "cli.bad-locale"
    case badSampling = "cli.bad-sampling"
    case subcommandOptions = "cli.subcommand-options"
    case cannotWriteStdout = "cli.cannot-write-stdout"

    public var texts: (en: String, ru: String) {
        switch self {
        case .tagline: return ("Biz: a small language for business what-ifs.",
                               "Biz: небольшой язык для деловых расчётов «что, если».")
        case .commands: return ("Commands:", "Команды:")
        case .options: return ("Options (before or after the subcommand): --seed N, --samples N, --sampling lhs|random, --locale en|ru, --no-color, --allow-write FOLDER",
                               "Параметры (до или после подкоманды): --seed N, --samples N, --sampling lhs|random, --locale en|ru, --no-color, --allow-write ПАПКА")
        case .helpTopics: return ("Help topics (biz help TOPIC, or :help TOPIC in the REPL):",
                                  "Темы справки (biz help ТЕМА, или :help ТЕМА в REPL):")
        case .runDefault: return ("run a script (with no FILE: the REPL, or the script on stdin)",
                                  "выполнить сценарий (без FILE — REPL или сценарий из stdin)")
        case .run: return ("Run a script top to bottom.", "Выполнить сценарий сверху вниз.")
        case .evaluate: return ("Evaluate one line and print the result.", "Вычислить одну строку и напечатать результат.")
        case .test: return ("Run every expect in the given files and folders; ends with 'N passed, N failed'.",
                            "Проверить все expect в файлах и папках; в конце строка 'N passed, N failed'.")
        case .check: return ("Parse, resolve names and check declarations; report every error; run nothing.",
                             "Разобрать, найти имена и проверить объявления; сообщить обо всех ошибках; ничего не выполнять.")
        case .learn: return ("Guided lessons: list them, run lesson N (or a .lesson file) in the REPL, or --check lessons.",
                             "Уроки: список, урок N (или файл .lesson) в REPL, проверка уроков (--check).")
        case .help: return ("this list; NAME is a subcommand or a help topic",
                            "этот список; ИМЯ — подкоманда или тема справки")
        case .rootDiscussion: return ("With no FILE: the REPL when stdin is a terminal, else the script on stdin. 'biz help' lists the subcommands and help topics.",
                                      "Без FILE: REPL, если stdin — терминал, иначе сценарий из stdin. 'biz help' перечисляет подкоманды и темы справки.")
        case .usageHint: return ("Run 'biz --help' for usage.", "Как запускать — 'biz --help'.")
        case .badSamples: return ("--samples must be from 1 to 1000000", "--samples должно быть от 1 до 1000000")
        case .badLocale: return ("--locale must be en or ru", "--locale должно быть en или ru")
        case .badSampling: return ("--sampling must be lhs (Latin hypercube) or random",
                                   "--sampling должно быть lhs (латинский гиперкуб) или random")
        case .subcommandOptions: return ("Its options (ArgumentParser's text, in English):",
                                         "Параметры (текст ArgumentParser, по-английски):")
        // After `biz: `; `{1}` is the system's reason (strerror).
        case .cannotWriteStdout: return ("cannot write to standard output: {1}", "не удаётся писать в стандартный вывод: {1}")
        }
    }
}
