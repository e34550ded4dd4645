@testable import BizREPL

/// What an entry printed, output or error alike ("quit" for `:quit`): the
/// tests that drive a `BizSession` directly compare it with the expected text.
func text(_ outcome: REPLOutcome) -> String {
    switch outcome {
    case .output(let t), .error(let t): return t
    case .quit: return "quit"
    }
}

extension REPLOutcome {
    var outputText: String? { if case .output(let t) = self { return t } else { return nil } }
}
