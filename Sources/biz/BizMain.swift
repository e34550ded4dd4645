import ArgumentParser
import BizLang
import BizREPL
#if canImport(Glibc)
import Glibc
#endif

/// The `biz` command. An `@main` type rather than top-level code, so that the
/// fuzz build (which parses every target as a library) still compiles.
@main
enum BizMain {
    static func main() {
        exit(runWithLargeStack { finish(run(Array(CommandLine.arguments.dropFirst()))) })
    }

    /// A command whose output could not be written (closed stdout,
    /// /dev/full) did not do its job: say so and exit non-zero.
    static func finish(_ code: Int32) -> Int32 {
        guard let failure = StandardOutputStatus.failure else { return code }
        let interface = InterfaceLocale.resolve(explicit: ArgumentOrder.locale(in: Array(CommandLine.arguments.dropFirst())),
                                                environment: ProcessEnvironment.current())
        let reason = String(cString: strerror(failure))
        FileOutput.stderr("biz: " + Message(CLIText.cannotWriteStdout, reason).render(interface) + "\n")
        return code == 0 ? 1 : code
    }

    // Parse by hand so that usage errors exit with 2 (LANGUAGE.md §1), not
    // ArgumentParser's default 64.
    static func run(_ args: [String]) -> Int32 {
        let interface = InterfaceLocale.resolve(explicit: ArgumentOrder.locale(in: args), environment: ProcessEnvironment.current())
        let sub: [String: ParsableCommand.Type] = ["run": Run.self, "test": Test.self, "check": Check.self, "learn": LearnCommand.self, "help": Help.self,
                                                 "lsp": LSPCommand.self, "watch": WatchCommand.self, "fmt": FormatCommandLine.self,
                                                 "serve": ServeCommand.self]
        // `--help` or `-h` anywhere shows help and runs nothing: the
        // subcommand's when one is named (`biz test -h`, `biz -h test`),
        // else the root's — in the interface language (docs/MESSAGES.md).
        switch ArgumentOrder.helpRequest(in: args, subcommands: Set(sub.keys)) {
        case .root?:
            return FileOutput.stdout(Help.rootHelp(interface)) ? 0 : 1
        case .subcommand(let name)?:
            return FileOutput.stdout(Help.subcommandHelp(name, locale: interface) ?? Help.rootHelp(interface)) ? 0 : 1
        case nil:
            break
        }
        do {
            // `biz FILE` and `biz run FILE` both work: a subcommand only as
            // the first argument after the common options; otherwise the
            // root, parsed without subcommands.
            if let (name, rest) = ArgumentOrder.subcommand(in: args, among: Set(sub.keys)) {
                var command = try BizSubcommands.parseAsRoot([name] + rest)
                try command.run()
            } else if let (e, file) = ArgumentOrder.withoutOptions(args) {
                try RootArguments.run(e: e, file: file, CommonValues())
            } else {
                var command = try BizRootCommand.parseAsRoot(args)
                try command.run()
            }
            return 0
        } catch let exit as CLIExit {
            return exit.code
        } catch {
            let exitCode = BizCommand.exitCode(for: error)
            if exitCode == .success {   // --version
                FileOutput.stdout(BizCommand.fullMessage(for: error) + "\n")
                return 0
            }
            FileOutput.stderr(BizCommand.fullMessage(for: error) + "\n")
            FileOutput.stderr(Message(CLIText.usageHint).render(interface) + "\n")
            return 2
        }
    }
}
