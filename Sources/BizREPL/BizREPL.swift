import BizLang

/// Placeholder host wiring until the full REPL lands: evaluates entries.
public struct REPL {
    let settings: Settings
    public init(settings: Settings) { self.settings = settings }
    public static var stdinIsTerminal: Bool { Terminal.stdinIsTerminal }

    public func run() -> Int32 {
        REPLDriver(host: SimpleHost(rt: Interpreter(settings: settings), color: settings.color), useColor: settings.color).run()
    }
}

struct SimpleHost: REPLHost {
    let rt: Interpreter
    let color: Bool
    var prompt: String { "biz> " }
    var continuationPrompt: String { "...> " }
    func isIncomplete(_ text: String) -> Bool { false }
    func completions(line: String, wordStart: Int, cursor: Int) -> [String] { [] }
    func evaluate(_ text: String) -> REPLOutcome {
        do {
            if let v = try rt.evaluateEntry(SourceFile(name: "<repl>", text: text)), !v.isNothing { return .output(rt.display(v)) }
            return .output("")
        } catch {
            return .error(error.items.map { $0.render(color: color) }.joined())
        }
    }
}
