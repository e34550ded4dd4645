// Small facts about the terminal the REPL runs in.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Terminal {
    /// False when stdin is a file or pipe: the host then runs stdin as a
    /// script and never starts the REPL (libedit prints no prompt there).
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

    /// Colour only when stdout is a terminal, `--no-color` was not given and
    /// `NO_COLOR` is unset or empty (https://no-color.org).
    public static func useColor(noColorFlag: Bool,
                                environment: [String: String] = ProcessEnvironment.current(),
                                stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) != 0) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return stdoutIsTerminal
    }

    public enum Color: String, Sendable {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", dim = "2", bold = "1"
    }

    /// `text` wrapped in an SGR colour sequence, or unchanged when disabled.
    public static func paint(_ text: String, _ color: Color, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
