import ArgumentParser
import BizLang
import BizServe
import Foundation

/// `biz serve [FOLDER]`: the classroom server (docs/SERVE.md). With
/// `--evaluate FOLDER` (hidden) it is the server's own child for one run.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: ServeText.command.texts.en)
    @OptionGroup var options: CommonOptions
    @Argument(help: "The folder whose .biz files `use` may load; participants' work is kept in FOLDER/.biz-serve.") var folder: String = "."
    @Option(help: "The port to listen on (0: any free one).") var port: Int = 8080
    @Option(help: "The address to bind (default 127.0.0.1: this machine only; 0.0.0.0 for the room's network).") var host: String = "127.0.0.1"
    @Option(help: "Seconds one run may take.") var timeLimit: Double = 10
    @Option(help: "Runs at once (each in its own process).") var workers: Int = 2
    @Option(help: .hidden) var token: String?
    @Option(help: .hidden) var evaluate: String?

    mutating func run() throws {
        var settings = try options.settings()
        settings.color = false
        // --max-steps is a common option; for the server it is each run's, with a limit either way.
        let maxSteps = options.maxSteps ?? Settings.backgroundMaxSteps
        guard port >= 0, port <= 65535 else { throw ValidationError(Message(ServeText.badPort).render(settings.locale)) }
        guard timeLimit > 0, maxSteps > 0, workers > 0 else {
            throw ValidationError(Message(ServeText.badLimits).render(settings.locale))
        }
        if let evaluate {
            settings.maxSteps = maxSteps
            throw CLIExit(code: ServeEvaluationChild.run(folder: evaluate, settings: settings))
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var serve = ServeOptions(folder: folder, executable: executable)
        serve.host = host
        serve.port = port
        serve.limits.timeLimit = timeLimit
        serve.limits.maxSteps = maxSteps
        // --max-memory (every command's memory budget) is, for the server, each run's.
        if let bytes = settings.maxMemory { serve.limits.maxMemoryMiB = max(1, bytes >> 20) }
        serve.limits.workers = workers
        serve.token = token
        serve.limits.samples = settings.samples
        serve.limits.seed = settings.seed
        serve.limits.sampling = settings.samplingName
        serve.locale = settings.locale
        throw CLIExit(code: ServeServer.run(serve))
    }
}
