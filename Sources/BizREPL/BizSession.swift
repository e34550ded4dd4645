// The REPL host for Biz: evaluates entries in one interpreter session,
// echoes definitions, shows which cells a redefinition changed, and hands
// `:commands` to BizSession+Commands.swift.

import BizFormat
import BizLang

final class BizSession: REPLHost {
    private(set) var interpreter: Interpreter
    let color: Bool
    /// Where `use`, `:load` and `:save` resolve relative names.
    let folder = "."

    /// What the prelude defined, to keep it out of `:cells`.
    private var preludeDisplays: [String: String] = [:]

    let prompt = "biz> "
    let continuationPrompt = "...> "

    init(settings: Settings) {
        color = settings.color
        interpreter = Interpreter(settings: settings)
        configure(interpreter)
    }

    /// `:reset`: a fresh session with the current settings.
    func reset() {
        interpreter = Interpreter(settings: interpreter.settings)
        configure(interpreter)
    }

    private func configure(_ rt: Interpreter) {
        // Through the C stdout stream that libedit draws on, so that printed
        // text and prompts come out in order.
        rt.output = { Output.standard($0) }
        rt.errorOutput = { Output.error($0) }
        rt.scriptFolder = folder
        preludeDisplays = [:]
        for (name, value) in rt.visibleCells() { preludeDisplays[name] = rt.display(value) }
    }

    func isUntouchedPrelude(_ name: String, _ value: Value) -> Bool {
        preludeDisplays[name] == interpreter.display(value)
    }

    func isIncomplete(_ text: String) -> Bool { EntryCompleteness.isIncomplete(text) }

    func completions(line: String, wordStart: Int, cursor: Int) -> [String] {
        Completion(interpreter: interpreter, folder: folder).candidates(line: line, wordStart: wordStart, cursor: cursor)
    }

    func evaluate(_ text: String) -> REPLOutcome {
        // --timeout holds for each entry (and each :load), as it does for a
        // script; the entry stops as on Ctrl-C and the session stays intact.
        let deadline = Deadline.start(seconds: interpreter.settings.timeout)
        defer { deadline?.cancel() }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(":") { return runCommand(String(trimmed)) }
        // What newcomers type first; unless they made a cell of that name.
        let word = String(trimmed.filter { !" \t()".contains($0) })
        if ["help", "quit", "exit", "?"].contains(word), interpreter.value(of: word) == nil {
            return .output(say(Message(ReplText.typeHelp)))
        }
        return evaluateCode(text)
    }

    // MARK: Code

    /// Runs one entry; prints its value, or `name = value` when it ends
    /// with a definition, then the other cells the entry changed.
    func evaluateCode(_ text: String, sourceName: String = "<repl>") -> REPLOutcome {
        let source = SourceFile(name: sourceName, text: text)
        var parser = Parser(file: source)
        let statements = parser.parseProgram()
        let assigned = Set(statements.compactMap(Self.definedName))
        let before = assigned.contains { interpreter.cachedValue(of: $0) != nil } ? cellDisplays() : [:]
        let value: Value?
        do {
            value = try interpreter.evaluateEntry(source)
        } catch {
            return .error(render(error))
        }
        var lines: [String] = []
        if let value, !value.isNothing {
            lines.append(show(value))
        } else if let last = statements.last, let name = Self.definedName(last), let v = interpreter.value(of: name) {
            // A declaration's display already names it: `segment smb {…}`;
            // a rate's cell is named `rate USD`, so it echoes `rate USD = 63.30 RUB`.
            if case .object = v { lines.append(show(v)) }
            else if case .rate = last.kind { lines.append(Highlight.name(name, enabled: color) + " = " + show(v)) }
            else { lines.append(Highlight.name(name, enabled: color) + " = " + show(v)) }
        }
        if !before.isEmpty { lines += changes(since: before, except: assigned) }
        return .output(lines.joined(separator: "\n"))
    }

    /// The interface language (LANGUAGE.md §1): --locale, :locale or the environment.
    var locale: OutputLocale { interpreter.settings.locale }

    /// A message in the interface language.
    func say(_ message: Message) -> String { message.render(locale) }

    func render(_ error: DiagnosticList) -> String {
        error.items.map { $0.render(color: color, locale: interpreter.settings.locale) }.joined()
    }

    /// A value as the REPL prints it, coloured on a terminal.
    func show(_ value: Value) -> String {
        let text = interpreter.display(value)
        if case .str = value { return text }
        return Highlight.value(text, enabled: color)
    }

    /// The cell a statement defines (`x = …`, a declaration), if any.
    static func definedName(_ statement: Stmt) -> String? {
        if case .assign(let name, _, _) = statement.kind { return name }
        if case .rate(let code, _) = statement.kind { return "rate \(code)" }
        return nil
    }

    // MARK: What a redefinition changed

    private func cellDisplays() -> [String: String] {
        var out: [String: String] = [:]
        for (name, value) in interpreter.visibleCells() where !Self.isFunction(value) {
            out[name] = interpreter.display(value)
        }
        return out
    }

    private static func isFunction(_ v: Value) -> Bool {
        switch v { case .function, .builtin: return true
        default: return false }
    }

    /// `  revenue: 30,000 RUB → 36,000 RUB` for each other cell whose value
    /// changed, in definition order, at most `changeLimit` of them.
    private func changes(since before: [String: String], except assigned: Set<String>) -> [String] {
        var lines: [String] = []
        var more = 0
        for (name, value) in interpreter.visibleCells() where !assigned.contains(name) {
            guard let old = before[name] else { continue }
            let new = interpreter.display(value)
            guard new != old else { continue }
            if lines.count == Self.changeLimit { more += 1; continue }
            lines.append(Highlight.dim("  \(name): \(Self.short(old)) → \(Self.short(new))", enabled: color))
        }
        if more > 0 { lines.append(Highlight.dim(say(Message(ReplText.moreChanges, more)), enabled: color)) }
        return lines
    }

    static let changeLimit = 8

    static func short(_ text: String, limit: Int = 40) -> String {
        let flat = text.split(separator: "\n").joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
