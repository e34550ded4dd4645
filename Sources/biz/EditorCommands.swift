import ArgumentParser
import BizLang
import BizLSP
import Foundation

/// `biz lsp`: the language server (docs/EDITORS.md). With `--evaluate PATH`
/// (hidden) it is the server's own background evaluation of one text.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lsp", abstract: EditorText.lspCommand.texts.en)
    @OptionGroup var options: CommonOptions
    @Option(help: "Seconds a background evaluation may take before it is stopped.") var timeLimit: Double = 10
    @Option(help: .hidden) var evaluate: String?
    /// Another program to run the evaluations (tests: one that crashes).
    @Option(help: .hidden) var evaluator: String?

    mutating func run() throws {
        var settings = try options.settings()
        settings.color = false
        // --max-steps is a common option; a background evaluation has a limit either way.
        let maxSteps = options.maxSteps ?? Settings.backgroundMaxSteps
        guard timeLimit > 0 else { throw ValidationError(Message(EditorText.badLimits).render(settings.locale)) }
        if let evaluate {
            settings.maxSteps = maxSteps
            throw CLIExit(code: EvaluationChild.run(path: evaluate, settings: settings))
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var server = LanguageServerOptions(settings: settings, executable: evaluator ?? executable, version: bizVersion)
        server.timeLimit = timeLimit
        server.maxSteps = maxSteps
        // The evaluations inherit the environment; an explicit --locale is passed on.
        server.passLocale = options.locale != nil
        throw CLIExit(code: LanguageServer(options: server).run())
    }
}

/// `biz watch FILE`: the file's values, rerun on every save (docs/EDITORS.md).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: EditorText.watchCommand.texts.en)
    @OptionGroup var options: CommonOptions
    @Argument(help: "The .biz file to watch.") var file: String

    mutating func run() throws {
        let settings = try options.settings(forTerminal: 1)
        guard readTextFile(file) != nil else {
            Runner(settings: settings).cannotRead(file)
            throw CLIExit(code: 2)
        }
        throw CLIExit(code: Watch.run(path: file, settings: settings))
    }
}

/// `biz fmt [--check] PATHS…`: canonical layout of .biz files (docs/EDITORS.md).
struct FormatCommandLine: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fmt", abstract: EditorText.fmtCommand.texts.en)
    @OptionGroup var options: CommonOptions
    @Flag(help: "List the files that are not formatted; change nothing.") var check = false
    @Argument(help: "Files or folders (default: the current folder).") var paths: [String] = []

    mutating func run() throws {
        let settings = try options.settings()
        throw CLIExit(code: FormatCommand.run(paths.isEmpty ? ["."] : paths, check: check, locale: settings.locale))
    }
}
