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
    @Option(help: "Number formatting: en or ru.")
    var locale: String = "en"
    @Flag(name: .customLong("no-color"), help: "No colours (also honoured: NO_COLOR).")
    var noColor = false
    @Option(name: .customLong("allow-write"), help: "A folder outside the current one that plot/export/report may write to.")
    var allowWrite: [String] = []

    func settings(forTerminal fd: Int32 = 2) throws -> Settings {
        var s = Settings()
        s.seed = seed
        guard samples >= 1, samples <= 1_000_000 else { throw ValidationError("--samples must be from 1 to 1000000") }
        s.samples = samples
        guard let l = OutputLocale(rawValue: locale) else { throw ValidationError("--locale must be en or ru") }
        s.locale = l
        s.color = !noColor && getenv("NO_COLOR") == nil && isatty(fd) != 0
        s.allowWrite = allowWrite
        return s
    }
}

struct BizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biz",
        abstract: "Biz: a small language for business what-ifs.",
        discussion: "With no FILE: the REPL when stdin is a terminal, else the script on stdin.",
        version: "biz \(bizVersion)",
        subcommands: [Run.self, Test.self, Check.self]
    )

    @OptionGroup var options: CommonOptions
    @Option(name: .short, parsing: .unconditional, help: "Evaluate one line and print the result.")
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
    static let configuration = CommandConfiguration(abstract: "Parse and resolve names; report every error; run nothing.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz scripts.") var files: [String]
    mutating func run() throws { throw CLIExit(code: Runner(settings: try options.settings()).check(files)) }
}
