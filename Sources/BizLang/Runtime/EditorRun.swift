/// Running a file the way an editor shows it (`biz lsp`, `biz watch`): every
/// top-level statement of the file gets its own outcome — the value it
/// computed, whether an `expect` held, or its error — so that each line can
/// show its value. Unlike `run`, a runtime error does not stop the file: like
/// a spreadsheet, the lines after a failing one still show their values (a
/// line that needs the failing cell fails too).
public struct StatementResult: Sendable {
    /// The whole statement.
    public let span: SourceSpan
    /// The cell a definition made (`revenue = …`, `fn f(…)`, `segment smb { … }`).
    public var name: String?
    /// The cell's value after the statement, or an expression's value.
    public var value: Value?
    /// For `expect`: whether it held.
    public var expectHolds: Bool?
    /// What the statement failed with.
    public var error: Diagnostic?
    /// Files the statement would have written (`settings.writesFiles` off).
    public var skippedWrites: [String] = []
}

extension Interpreter {
    /// Compiles `file` (every parse and name error at once, as `check`), then
    /// runs each statement, calling `each` after every statement of `file`
    /// itself. Statements of the modules it uses are reported only when they
    /// fail (their span is in the module's file: the caller points at the `use`).
    public func runEachStatement(_ file: SourceFile, _ each: (StatementResult) -> Void) throws(DiagnosticList) {
        nativeStackFloor = NativeStack.floor()
        for s in try compile(file) {
            let passed = expectPassed, failed = expectFailed, writes = skippedWrites.count
            var result = StatementResult(span: s.span)
            if case .define(let cell, _, _, _) = s.kind, !cells.hidden[cell] { result.name = cells.names[cell] }
            do {
                let v = try execute(s, printResult: false)
                if case .define(let cell, _, _, _) = s.kind { result.value = try readCell(cell, s.span) } else { result.value = v }
            } catch {
                switch error {
                case .failure(let d): result.error = d
                case .returning: result.error = Diagnostic(Message(RuntimeText.returnOutside), at: s.span)
                }
                // Ctrl-C or the step limit: what follows would only hit it again.
                if result.error?.stopsEvaluation == true {
                    each(result)
                    return
                }
            }
            if expectFailed > failed { result.expectHolds = false } else if expectPassed > passed { result.expectHolds = true }
            result.skippedWrites = Array(skippedWrites[writes...])
            // A module's statements are reported only when they fail.
            if s.span.file === file || result.error != nil { each(result) }
        }
    }

    /// A value on one line, as a list shows its items: for an editor's inlay
    /// hint or a watch line. Long texts are cut with `…`.
    public func inlineText(_ v: Value, maxLength: Int = 80) -> String {
        var text = Display(locale: settings.locale).repr(v.unboxed)
        if let newline = text.firstIndex(of: "\n") { text = String(text[..<newline]) + " …" }
        if text.count > maxLength { text = String(text.prefix(maxLength - 1)) + "…" }
        return text
    }

    /// The inline text of a value worth showing beside its line; nil for
    /// functions, nothing, and declarations (their fields are on the lines).
    public func editorInlineText(_ v: Value) -> String? {
        switch v.unboxed {
        case .function, .builtin, .nothing: return nil
        case .object(let o) where o.kind != .run && o.kind != .schedule: return nil
        default: return inlineText(v)
        }
    }

    /// The source of `use NAME` from this session's folder (what `use` would
    /// load), for go-to-definition; nil when there is no such module.
    public func moduleSource(_ name: String, usedBy path: String?) -> SourceFile? {
        moduleLoader.load(name, from: scriptFolder, using: path)
    }

    /// The texts of the embedded standard library, by module name.
    public static var standardLibrary: [String: String] { EmbeddedStdlib.modules }
}
