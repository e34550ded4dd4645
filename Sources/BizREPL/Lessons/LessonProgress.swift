// Where a participant is in each lesson, kept between sessions in the state
// folder: `BIZ_STATE_DIR`, else `$XDG_STATE_HOME/biz`, else
// `~/.local/state/biz` (like the history file, HistoryLocation.swift). One
// file, `lessons-progress`, one line per lesson: `KEY<TAB>STEP` (the step to
// resume at, from 1) or `KEY<TAB>done`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BizLang

public struct LessonProgress {
    public enum Position: Equatable, Sendable {
        case at(Int)   // 0-based step index
        case done
    }

    /// nil: nowhere to keep it (progress then lasts for this session only).
    let path: String?

    public init(environment: [String: String] = ProcessEnvironment.current()) {
        path = LessonProgress.folder(environment).map { $0 + "/lessons-progress" }
    }

    static func folder(_ environment: [String: String]) -> String? {
        if let explicit = environment["BIZ_STATE_DIR"], !explicit.isEmpty {
            return HistoryLocation.makeDirectories(explicit) ? explicit : nil
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            let folder = state + "/biz"
            return HistoryLocation.makeDirectories(folder) ? folder : nil
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            let folder = home + "/.local/state/biz"
            return HistoryLocation.makeDirectories(folder) ? folder : nil
        }
        return nil
    }

    func all() -> [String: Position] {
        guard let path, let text = readTextFile(path) else { return [:] }
        var out: [String: Position] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }   // a damaged line is forgotten, not fatal
            if parts[1] == "done" { out[parts[0]] = .done }
            else if let n = Int(parts[1]), n >= 1 { out[parts[0]] = .at(n - 1) }
        }
        return out
    }

    public func position(of key: String) -> Position? { all()[key] }

    /// Records a position; rewrites the file through a temporary one so
    /// that a crash never leaves it half written.
    public func save(_ position: Position, for key: String) {
        guard let path else { return }
        var entries = all()
        entries[key] = position
        let text = entries.keys.sorted().map { key -> String in
            switch entries[key] {
            case .done?: return key + "\tdone"
            case .at(let n)?: return key + "\t\(n + 1)"
            case nil: return ""
            }
        }.joined(separator: "\n") + "\n"
        let temporary = path + ".tmp"
        guard let f = fopen(temporary, "wb") else { return }
        let written = fputs(text, f) >= 0
        fclose(f)
        if written { rename(temporary, path) } else { unlink(temporary) }
    }
}
