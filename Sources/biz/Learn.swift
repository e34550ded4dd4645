import ArgumentParser
import BizLang
import BizREPL

/// `biz learn`: guided lessons (docs/LESSONS.md). The language comes from
/// `--locale`, else the environment (LC_ALL, LC_MESSAGES, LANG).
struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: CLIText.learn.texts.en,
        discussion: "Progress is kept in BIZ_STATE_DIR, else $XDG_STATE_HOME/biz, else ~/.local/state/biz.")
    @OptionGroup var options: CommonOptions
    @Flag(help: "Run every step's solution and verify its checks (all shipped lessons when no FILE is given).")
    var check = false
    @Argument(help: "A lesson number (from the list) or a .lesson file; with --check, lesson files.")
    var lessons: [String] = []

    mutating func run() throws {
        let environment = ProcessEnvironment.current()
        let settings = try options.settings(forTerminal: 1)
        if check { throw CLIExit(code: BizREPL.Learn.check(lessons, settings: settings)) }
        guard let name = lessons.first else {
            FileOutput.stdout(BizREPL.Learn.list(settings: settings, environment: environment))
            return
        }
        guard lessons.count == 1 else { throw ValidationError("biz learn takes one lesson at a time") }
        throw CLIExit(code: BizREPL.Learn.run(name, settings: settings, version: bizVersion, environment: environment))
    }
}
