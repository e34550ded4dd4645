/// What the REPL needs from the language: the interpreter implements this.
public protocol REPLHost {
    /// True while `text` (possibly several lines) is an unfinished entry:
    /// an open bracket, a trailing binary operator or comma. The driver then
    /// shows `continuationPrompt` and appends the next line.
    func isIncomplete(_ text: String) -> Bool
    /// Runs one complete entry. Long evaluations should poll
    /// `Interrupt.requested` and stop when it is set.
    func evaluate(_ text: String) -> REPLOutcome
    /// Candidates for the word `line[wordStart..<cursor]` (Unicode-scalar
    /// offsets). Return `name(` for functions to get no trailing space.
    func completions(line: String, wordStart: Int, cursor: Int) -> [String]
    /// Usually `biz> `.
    var prompt: String { get }
    /// Usually `...> `.
    var continuationPrompt: String { get }
}

/// The result of evaluating one entry.
public enum REPLOutcome: Equatable, Sendable {
    /// Text for stdout (empty prints nothing); a newline is added if missing.
    case output(String)
    /// Text for stderr, already formatted (`<repl>:1:5: error: …`).
    case error(String)
    /// Leave the REPL (`:quit`).
    case quit
}
