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
    var seed: UInt64 = 42
    @Option(help: "Monte Carlo sample count.")
    var samples: Int = 1000
    @Option(help: "Interface language and number format: en or ru (default: from LC_ALL, LC_MESSAGES or LANG).")
    var locale: String?
    @Flag(name: .customLong("no-color"), help: "No colours (also honoured: NO_COLOR).")
    var noColor = false
    @Option(name: .customLong("allow-write"), help: "A folder outside the current one that plot/export/report may write to.")
    var allowWrite: [String] = []

    func settings(forTerminal fd: Int32 = 2) throws -> Settings {
        var s = Settings()
        s.seed = seed
        guard samples >= 1, samples <= 1_000_000 else { throw ValidationError("--samples must be from 1 to 1000000") }
        s.samples = samples
        if let locale {
            guard let l = OutputLocale(rawValue: locale) else { throw ValidationError("--locale must be en or ru") }
            s.locale = l
        } else {
            s.locale = OutputLocale.fromEnvironment { getenv($0).map { String(cString: $0) } }
            s.localeFromEnvironment = true
        }
        s.color = !noColor && getenv("NO_COLOR") == nil && isatty(fd) != 0
        s.allowWrite = allowWrite
        return s
    }
}

struct BizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biz",
        abstract: "Biz: a small language for business what-ifs.",
        discussion: "With no FILE: the REPL when stdin is a terminal, else the script on stdin. 'biz help' lists the subcommands and help topics.",
        version: "biz \(bizVersion)",
        subcommands: [Run.self, Test.self, Check.self, LearnCommand.self, Help.self]
    )

    @OptionGroup var options: CommonOptions
    static let evaluateHelp = "Evaluate one line and print the result."
    @Option(name: .short, parsing: .unconditional, help: ArgumentHelp(stringLiteral: evaluateHelp))
    var e: String?
    @Argument(help: "A .biz script to run.")
    var file: String?

    mutating func run() throws {
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

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a script top to bottom.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz script.") var file: String
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).runFile(file)) }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every expect in the given files and folders; ends with 'N passed, N failed'.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "Files or folders (default: the current folder).") var paths: [String] = []
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).test(paths.isEmpty ? ["."] : paths)) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse, resolve names and check declarations; report every error; run nothing.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz scripts.") var files: [String]
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).check(files)) }
}

/// `biz help` lists the subcommands and the help topics; `biz help NAME`
/// shows a subcommand's help, else the REPL's `:help NAME` (LANGUAGE.md §1).
struct Help: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the subcommands and help topics; 'biz help NAME' shows one.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A subcommand or a help topic.") var name: String?

    static let subcommands: [(String, ParsableCommand.Type)] = [("run", Run.self), ("test", Test.self), ("check", Check.self), ("learn", LearnCommand.self), ("help", Help.self)]

    mutating func run() throws {
        let settings = try options.settings(forTerminal: 1)
        guard let name else {
            FileOutput.stdout(overview())
            return
        }
        if let (_, type) = Help.subcommands.first(where: { $0.0 == name }) {
            FileOutput.stdout(BizCommand.helpMessage(for: type, columns: 80) + "\n")
        } else if let text = CommandLineHelp.help(on: name, settings: settings) {
            FileOutput.stdout(text + "\n")
        } else {
            FileOutput.stderr("biz: " + CommandLineHelp.unknown(name, settings: settings) + "\n")
            throw CLIExit(code: 2)
        }
    }

    func overview() -> String {
        let usages = ["biz FILE.biz", "biz run FILE.biz", "biz -e 'EXPR'", "biz test [PATHS…]", "biz check FILE.biz…", "biz learn [N|FILE]", "biz help [NAME]"]
        let summaries = ["run a script (with no FILE: the REPL, or the script on stdin)",
                         Run.configuration.abstract, BizCommand.evaluateHelp, Test.configuration.abstract,
                         Check.configuration.abstract, LearnCommand.configuration.abstract, "this list; NAME is a subcommand or a help topic"]
        var lines = ["Biz: a small language for business what-ifs.", "", "Commands:"]
        let width = usages.map(\.count).max() ?? 0
        lines += zip(usages, summaries).map { "  " + pad($0, width) + "  " + $1 }
        lines += ["", "Options (before or after the subcommand): --seed N, --samples N, --locale en|ru, --no-color, --allow-write FOLDER", "",
                  "Help topics (biz help TOPIC, or :help TOPIC in the REPL):"]
        let topics = CommandLineHelp.topics
        let topicWidth = topics.map(\.name.count).max() ?? 0
        lines += topics.map { "  " + pad($0.name, topicWidth) + "  " + $0.summary }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
