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
        exit(runWithLargeStack { run(Array(CommandLine.arguments.dropFirst())) })
    }

    // Parse by hand so that usage errors exit with 2 (LANGUAGE.md §1), not
    // ArgumentParser's default 64.
    static func run(_ args: [String]) -> Int32 {
        let interface = InterfaceLocale.resolve(explicit: ArgumentOrder.locale(in: args), environment: ProcessEnvironment.current())
        // ArgumentParser's `--help` is static English text; in another
        // interface language `biz --help` is `biz help` (docs/MESSAGES.md).
        if interface != .en, ArgumentOrder.isRootHelp(args) {
            FileOutput.stdout(Help.overview(interface))
            return 0
        }
        do {
            // `biz FILE` and `biz run FILE` both work: dispatch subcommands by
            // hand, since a root command with its own FILE argument would
            // otherwise swallow them.
            let sub: [String: ParsableCommand.Type] = ["run": Run.self, "test": Test.self, "check": Check.self, "learn": LearnCommand.self, "help": Help.self,
                                                     "lsp": LSPCommand.self, "watch": WatchCommand.self, "fmt": FormatCommandLine.self]
            if let (name, rest) = ArgumentOrder.subcommand(in: args, among: Set(sub.keys)), let type = sub[name] {
                var command = try type.parseAsRoot(rest)
                try command.run()
            } else {
                var command = try BizCommand.parseAsRoot(args)
                try command.run()
            }
            return 0
        } catch let exit as CLIExit {
            return exit.code
        } catch {
            let exitCode = BizCommand.exitCode(for: error)
            if exitCode == .success {
                print(BizCommand.fullMessage(for: error))
                return 0
            }
            FileOutput.stderr(BizCommand.fullMessage(for: error) + "\n")
            FileOutput.stderr(Message(CLIText.usageHint).render(interface) + "\n")
            return 2
        }
    }
}
