// `:save`: the session's successful definitions, in order, as a script that
// `biz FILE` replays to the same values. The statements come from
// Interpreter.sessionLog, which records only entries that succeeded.

import BizLang
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum SessionScript {
    static func render(_ statements: [String], settings: Settings) -> String {
        var header = "# A Biz session saved with :save. Run it with: biz FILE\n"
        // Output settings are not part of a script; say how to get the same.
        var options: [String] = []
        let defaults = Settings()
        if settings.seed != defaults.seed { options.append("--seed \(settings.seed)") }
        if settings.samples != defaults.samples { options.append("--samples \(settings.samples)") }
        if settings.locale != defaults.locale { options.append("--locale \(settings.locale.rawValue)") }
        if !options.isEmpty { header += "# The session used: biz \(options.joined(separator: " ")) FILE\n" }
        return header + "\n" + statements.map { $0 + "\n" }.joined()
    }

    /// Writes `text` to `path`, replacing it; false on any failure.
    static func write(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        return written == bytes.count && closed
    }
}
