import ArgumentParser
import BizLang
import BizREPL
#if canImport(Glibc)
import Glibc
#endif

// Parse by hand so that usage errors exit with 2 (LANGUAGE.md §1), not
// ArgumentParser's default 64.
let code: Int32 = runWithLargeStack {
    do {
        // `biz FILE` and `biz run FILE` both work: dispatch subcommands by
        // hand, since a root command with its own FILE argument would
        // otherwise swallow them.
        let args = Array(CommandLine.arguments.dropFirst())
        let sub: [String: ParsableCommand.Type] = ["run": Run.self, "test": Test.self, "check": Check.self]
        if let first = args.first, let type = sub[first] {
            var command = try type.parseAsRoot(Array(args.dropFirst()))
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
        FileOutput.stderr("Run 'biz --help' for usage.\n")
        return 2
    }
}
exit(code)
