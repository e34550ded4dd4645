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
        if settings.sampling != defaults.sampling { options.append("--sampling \(settings.samplingName)") }
        if settings.locale != defaults.locale { options.append("--locale \(settings.locale.rawValue)") }
        if !options.isEmpty { header += "# The session used: biz \(options.joined(separator: " ")) FILE\n" }
        return header + "\n" + statements.map { $0 + "\n" }.joined()
    }
}
