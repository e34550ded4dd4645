import XCTest
@testable import BizLang

/// Evaluates a REPL-style entry in a fresh (or given) session and returns
/// what the REPL would print, or the rendered diagnostics.
func evalText(_ text: String, in rt: Interpreter = Interpreter(), locale: OutputLocaleName = .en) -> String {
    if locale == .ru { rt.settings.locale = .ru }
    do {
        guard let v = try rt.evaluateEntry(SourceFile(name: "<repl>", text: text)) else { return "" }
        return rt.display(v)
    } catch {
        return error.items.map { $0.render() }.joined()
    }
}

enum OutputLocaleName { case en, ru }

/// The diagnostics of a failed entry (empty if it succeeded).
func errors(_ text: String, in rt: Interpreter = Interpreter()) -> [Diagnostic] {
    do { _ = try rt.evaluateEntry(SourceFile(name: "<repl>", text: text)); return [] } catch { return error.items }
}
