// `biz watch FILE`: reruns the file whenever it is saved (its modification
// time or size changes; polled every 200 ms), clears the screen and shows
// each top-level value, highlighting what changed since the last run. Like
// the editor, it writes no files: `export`/`plot … to`/`report … to` say so.

import BizLang
import BizREPL
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum Watch {
    public static func run(path: String, settings: Settings, pollInterval: Double = 0.2) -> Int32 {
        var settings = settings
        settings.writesFiles = false
        settings.progress = false   // the watch view owns the terminal
        let isTerminal = isatty(1) != 0
        let view = WatchView(locale: settings.locale, color: settings.color)
        Interrupt.install()
        var lastStamp: (Int, Int, Int)?
        var previous: [WatchLine]?
        var runs = 0
        var reportedMissing = false
        while !Interrupt.requested {
            guard let stamp = modificationStamp(path) else {
                if !reportedMissing {
                    writeAll(2, "biz: " + Message(EditorText.watchCannotRead, path).render(settings.locale) + "\n")
                    reportedMissing = true
                }
                usleep(UInt32(pollInterval * 1_000_000))
                continue
            }
            reportedMissing = false
            if lastStamp.map({ $0 != stamp }) ?? true, let text = readTextFile(path) {
                lastStamp = stamp
                runs += 1
                let rt = Interpreter(settings: settings)
                rt.output = { _ in }
                rt.errorOutput = { _ in }
                rt.scriptFolder = EvaluationChild.folder(of: path)
                let file = SourceFile(name: path, text: text)
                var results: [StatementResult] = []
                var compileErrors: [String] = []
                do { try rt.runEachStatement(file) { results.append($0) } } catch {
                    compileErrors = error.items.map { $0.render(color: settings.color, locale: settings.locale) }
                }
                let (lines, errors) = WatchView.lines(results, rt, file: file)
                var screen = isTerminal ? "\u{1B}[H\u{1B}[2J" : (runs > 1 ? "\n" : "")
                let time = timeOfDay()
                screen += Terminal.paint(Message(EditorText.watching, path).render(settings.locale), .bold, enabled: settings.color) + "\n"
                screen += Terminal.paint(Message(EditorText.watchRun, String(runs), time).render(settings.locale), .dim, enabled: settings.color) + "\n\n"
                screen += view.render(lines, errors: compileErrors + errors, previous: previous)
                writeAll(1, screen)
                if compileErrors.isEmpty { previous = lines }
                // Ctrl-C during the run stopped it; it also ends the watch.
            }
            usleep(UInt32(pollInterval * 1_000_000))
        }
        writeAll(1, "\n")
        return 0
    }

    /// The file's modification time (nanoseconds) and size; nil if unreadable.
    static func modificationStamp(_ path: String) -> (Int, Int, Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec), Int(st.st_size))
    }

    static func timeOfDay() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ x: Int32) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
