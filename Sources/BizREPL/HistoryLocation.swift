// Where the history file lives: `BIZ_HISTORY`, else
// `$XDG_STATE_HOME/biz/history`, else `~/.biz_history`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum HistoryLocation {
    /// The history path for this environment, or nil when none can be found
    /// (then history lives in memory only). Creates `$XDG_STATE_HOME/biz`.
    public static func resolve(environment: [String: String] = ProcessEnvironment.current()) -> String? {
        if let explicit = environment["BIZ_HISTORY"], !explicit.isEmpty {
            return explicit
        }
        // The XDG spec says relative values are invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            let folder = state + "/biz"
            if makeDirectories(folder) { return folder + "/history" }
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.biz_history"
        }
        return nil
    }

    /// `mkdir -p` with private permissions; true when the folder exists after.
    static func makeDirectories(_ path: String) -> Bool {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
