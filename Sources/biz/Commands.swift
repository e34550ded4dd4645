import ArgumentParser
import BizLang
import BizREPL
import BizFormat
#if canImport(Glibc)
import Glibc
#endif

/// The version `--version` and the REPL's welcome line show.
let bizVersion = "0.1.0"

/// Ends the process with an exit code, after output has been written.
struct CLIExit: Error { let code: Int32 }

struct CommonOptions: ParsableArguments {
    @Option(help: "Random seed; runs with the same seed give the same numbers.")
    var seed: UInt64 = CommonValues().seed
    @Option(help: "Monte Carlo sample count.")
    var samples: Int = CommonValues().samples
    @Option(help: "How distributions draw samples: lhs (Latin hypercube, the default) or random.")
    var sampling: String = CommonValues().sampling
    @Option(help: "Interface language and number format: en or ru (default: from LC_ALL, LC_MESSAGES or LANG).")
    var locale: String?
    @Flag(name: .customLong("no-color"), help: "No colours (also honoured: NO_COLOR).")
    var noColor = CommonValues().noColor
    @Option(name: .customLong("allow-write"), help: "A folder outside the current one that plot/export/report may write to.")
    var allowWrite: [String] = CommonValues().allowWrite
    @Option(name: .customLong("max-memory"), help: "Memory budget, such as 512M or 2G (default: half of the memory the machine and its limits allow).")
    var maxMemory: String?
    @Option(name: .customLong("max-steps"), help: "Evaluation steps (calls and loop iterations) a run may take (default: no limit).")
    var maxSteps: Int?
    @Option(help: "Seconds an evaluation (a script, -e, each file of biz test) may take (default: no limit).")
    var timeout: Double?

    var values: CommonValues {
        CommonValues(seed: seed, samples: samples, sampling: sampling, locale: locale, noColor: noColor, allowWrite: allowWrite,
                     maxMemory: maxMemory, maxSteps: maxSteps, timeout: timeout)
    }

    func settings(forTerminal fd: Int32 = 2) throws -> Settings { try values.settings(forTerminal: fd) }
}

/// The common options' values and their defaults, apart from ArgumentParser:
/// `biz FILE`, `biz -e EXPR` and `biz` with nothing else run with these
/// defaults without parsing (BizMain.runWithoutOptions), since
/// ArgumentParser's reflection is half of the start-up of every run.
struct CommonValues {
    var seed: UInt64 = 42
    var samples = 1000
    var sampling = "lhs"
    var locale: String?
    var noColor = false
    var allowWrite: [String] = []
    var maxMemory: String?
    var maxSteps: Int?
    var timeout: Double?

    func settings(forTerminal fd: Int32 = 2) throws -> Settings {
        var s = Settings()
        s.seed = seed
        let interface = InterfaceLocale.resolve(explicit: locale, environment: ProcessEnvironment.current())
        guard samples >= 1, samples <= 1_000_000 else { throw ValidationError(Message(CLIText.badSamples).render(interface)) }
        s.samples = samples
        guard s.setSampling(named: sampling) else { throw ValidationError(Message(CLIText.badSampling).render(interface)) }
        if let locale, OutputLocale(rawValue: locale) == nil {
            throw ValidationError(Message(CLIText.badLocale).render(interface))
        }
        s.locale = interface
        s.localeFromEnvironment = locale == nil
        s.color = !noColor && getenv("NO_COLOR") == nil && isatty(fd) != 0
        s.allowWrite = allowWrite
        // The progress line only where a person watches stderr (`biz test` turns it off).
        s.progress = isatty(2) != 0
        if let maxMemory {
            guard let bytes = MemoryText.parseSize(maxMemory) else { throw ValidationError(Message(MemoryText.badSize).render(interface)) }
            s.maxMemory = bytes
        }
        if let maxSteps {
            guard maxSteps > 0 else { throw ValidationError(Message(LimitText.badMaxSteps).render(interface)) }
            s.maxSteps = maxSteps
        }
        if let timeout {
            guard timeout > 0, timeout.isFinite else { throw ValidationError(Message(LimitText.badTimeout).render(interface)) }
            s.timeout = timeout
        }
        return s
    }
}

/// `biz [FILE]` and `biz -e EXPR`: the root command's own arguments.
struct RootArguments: ParsableArguments {
    @Option(name: .short, parsing: .unconditional, help: ArgumentHelp(stringLiteral: CLIText.evaluate.texts.en))
    var e: String?
    @Argument(help: "A .biz script to run.")
    var file: String?

    func run(_ options: CommonOptions) throws { try Self.run(e: e, file: file, options.values) }

    static func run(e: String?, file: String?, _ options: CommonValues) throws {
        let settings = try options.settings()
        if let e {
            throw CLIExit(code: Runner(settings: settings).evaluate(e))
        }
        if let file {
            throw CLIExit(code: Runner(settings: settings).runFile(file))
        }
        if REPL.stdinIsTerminal {
            throw CLIExit(code: REPL(settings: try options.settings(forTerminal: 1), version: bizVersion).run())
        }
        throw CLIExit(code: Runner(settings: settings).runStdin())
    }
}

/// `biz --help` in English: the root's options and arguments and the list
/// of subcommands. (Parsing goes through BizRootCommand and BizSubcommands.)
struct BizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biz",
        abstract: CLIText.tagline.texts.en,
        discussion: CLIText.rootDiscussion.texts.en,
        version: "biz \(bizVersion)",
        subcommands: [Run.self, Test.self, Check.self, LearnCommand.self, WatchCommand.self, FormatCommandLine.self, LSPCommand.self, ServeCommand.self, Help.self]
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var root: RootArguments

    mutating func run() throws { try root.run(options) }
}

/// `biz [FILE]` and `biz -e EXPR` as parsed: the root without subcommands,
/// so a subcommand's name after FILE or after -e's value (`biz a.biz test`,
/// `biz -e 1 help test`) is an unexpected argument, never a run of it.
struct BizRootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "biz", abstract: CLIText.tagline.texts.en,
                                                    discussion: CLIText.rootDiscussion.texts.en, version: "biz \(bizVersion)")
    @OptionGroup var options: CommonOptions
    @OptionGroup var root: RootArguments

    mutating func run() throws { try root.run(options) }
}

/// `biz SUBCOMMAND …` as parsed (the name first, ArgumentOrder): a root
/// with no arguments of its own, so the name can only be the subcommand
/// (a root with FILE would take `help` in `biz help test` as the FILE), and
/// usage errors say `biz test`, not `test`.
struct BizSubcommands: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "biz", subcommands: BizCommand.configuration.subcommands)
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.run.texts.en)
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz script.") var file: String
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).runFile(file)) }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.test.texts.en)
    @OptionGroup var options: CommonOptions
    @Argument(help: "Files or folders (default: the current folder).") var paths: [String] = []
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).test(paths.isEmpty ? ["."] : paths)) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CLIText.check.texts.en)
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz scripts.") var files: [String]
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).check(files)) }
}

/// `biz help` lists the subcommands and the help topics; `biz help NAME`
/// shows a subcommand's help, else the REPL's `:help NAME` (LANGUAGE.md §1),
/// in the interface language. ArgumentParser's own help text is static and
/// English: for a subcommand in Russian, its description comes first in
/// Russian, then ArgumentParser's options (docs/MESSAGES.md).
struct Help: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the subcommands and help topics; 'biz help NAME' shows one.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A subcommand or a help topic.") var name: String?

    static let subcommands: [(String, ParsableCommand.Type, any MessageKind)] = [
        ("run", Run.self, CLIText.run), ("test", Test.self, CLIText.test), ("check", Check.self, CLIText.check),
        ("learn", LearnCommand.self, CLIText.learn), ("watch", WatchCommand.self, EditorText.watchCommand),
        ("fmt", FormatCommandLine.self, EditorText.fmtCommand), ("lsp", LSPCommand.self, EditorText.lspCommand),
        ("serve", ServeCommand.self, ServeText.command),
        ("help", Help.self, CLIText.help),
    ]

    mutating func run() throws {
        let settings = try options.settings(forTerminal: 1)
        guard let name else {
            FileOutput.stdout(Help.overview(settings.locale))
            return
        }
        if let text = Help.subcommandHelp(name, locale: settings.locale) {
            FileOutput.stdout(text)
        } else if let text = CommandLineHelp.help(on: name, settings: settings) {
            FileOutput.stdout(text + "\n")
        } else {
            FileOutput.stderr("biz: " + CommandLineHelp.unknown(name, settings: settings) + "\n")
            throw CLIExit(code: 2)
        }
    }

    /// A subcommand's help (`biz help test`, `biz test --help`): in a
    /// language other than English its description first, then
    /// ArgumentParser's options, common ones included. Nil for another name.
    static func subcommandHelp(_ name: String, locale: OutputLocale) -> String? {
        guard let (_, type, text) = Help.subcommands.first(where: { $0.0 == name }) else { return nil }
        var out = ""
        if locale != .en {
            out = Message(text).render(locale) + "\n\n" + Message(CLIText.subcommandOptions).render(locale) + "\n"
        }
        return out + BizCommand.helpMessage(for: type, columns: 80) + "\n"
    }

    /// `biz --help`: ArgumentParser's in English (it lists the subcommands),
    /// else the translated overview of `biz help`.
    static func rootHelp(_ locale: OutputLocale) -> String {
        locale == .en ? BizCommand.helpMessage(columns: 80) + "\n" : overview(locale)
    }

    /// `biz help` (and `biz --help` in a language other than English).
    static func overview(_ locale: OutputLocale) -> String {
        func say(_ kind: CLIText) -> String { Message(kind).render(locale) }
        let usages = ["biz FILE.biz", "biz run FILE.biz", "biz -e 'EXPR'", "biz test [PATHS…]", "biz check FILE.biz…", "biz learn [N|FILE]",
                      "biz watch FILE.biz", "biz fmt [PATHS…]", "biz lsp", "biz serve [FOLDER]", "biz help [NAME]"]
        let summaries = ([CLIText.runDefault, CLIText.run, CLIText.evaluate, CLIText.test, CLIText.check, CLIText.learn] as [any MessageKind]
                         + [EditorText.watchCommand, EditorText.fmtCommand, EditorText.lspCommand, ServeText.command, CLIText.help]).map { Message($0).render(locale) }
        var lines = [say(.tagline), "", say(.commands)]
        let width = usages.map(\.count).max() ?? 0
        lines += zip(usages, summaries).map { "  " + pad($0, width) + "  " + $1 }
        lines += ["", say(.options), "", say(.helpTopics)]
        var settings = Settings()
        settings.locale = locale
        lines += CommandLineHelp.topicIndex(settings: settings).map { $0.isEmpty ? "" : "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
