/// What one call to `LineEditor.readLine(prompt:)` produced.
public enum LineInput: Equatable, Sendable {
    /// An accepted line (without its newline). A recalled multi-line history
    /// entry comes back with its newlines.
    case line(String)
    /// Ctrl-D on an empty line, or stdin closed.
    case eof
    /// Ctrl-C while editing: the line was abandoned.
    case interrupted
}
