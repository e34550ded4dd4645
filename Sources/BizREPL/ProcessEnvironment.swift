// The few environment variables BizREPL reads, gathered without Foundation
// and passed around as a dictionary so tests can supply their own.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum ProcessEnvironment {
    public static let names = ["BIZ_HISTORY", "BIZ_STATE_DIR", "XDG_STATE_HOME", "HOME", "NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG"]

    public static func current() -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
