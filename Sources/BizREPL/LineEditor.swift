// Line editing over libedit's readline-compatible API: emacs keys, history
// (Up/Down, Ctrl-R incremental search bound by libedit's rl_initialize),
// Tab completion, and a Ctrl-C that clears the line (see KeyReader).
//
// libedit's readline layer is process-global state, so create one
// LineEditor per process, on the thread that runs the REPL.

@preconcurrency import CEditLine
#if canImport(Glibc)
import BizLang
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class LineEditor {
    /// (line, wordStart, cursor) -> candidates for the word
    /// `line[wordStart..<cursor]`; offsets count Unicode scalars.
    public typealias Completer = (_ line: String, _ wordStart: Int, _ cursor: Int) -> [String]

    /// Stands for a newline inside libedit's in-memory history: readline()
    /// cuts its result at the first "\n", which would turn a recalled
    /// multi-line entry into its first line. U+2424 SYMBOL FOR NEWLINE.
    static let newlineMarker = "\u{2424}"

    private let historyFile: HistoryFile?
    private var lastEntry: String?

    /// - Parameters:
    ///   - historyFile: where entries persist; nil keeps history in memory.
    ///   - completer: Tab completion; nil completes nothing (never filenames).
    public init(historyFile: HistoryFile?, completer: Completer?) {
        self.historyFile = historyFile
        Interrupt.install()
        Self.configureLibedit(completer: completer)
        stifle_history(Int32(clamping: historyFile?.limit ?? 1_000))
        for entry in historyFile?.load() ?? [] {
            addToEditor(entry)
        }
    }

    /// Reads one line. Ctrl-C gives `.interrupted` (the partial line is
    /// dropped and "^C" shown); Ctrl-D on an empty line gives `.eof`.
    public func readLine(prompt: String) -> LineInput {
        // A Ctrl-C pressed during the previous evaluation belongs to that
        // evaluation, not to this line.
        Interrupt.clear()
        Interrupt.drainWakeups()
        let raw = prompt.withCString { readline($0) }
        defer { free(raw) }
        if Interrupt.requested {
            Interrupt.clear()
            Output.standard("^C\n")
            return .interrupted
        }
        guard let raw else { return .eof }
        let line = String(cString: raw)
        return .line(line.replacingMarkers())
    }

    /// Records an accepted entry: in the editor (for Up and Ctrl-R) and in
    /// the history file. Blank entries, immediate repeats and entries longer
    /// than HistoryFile.maxEntryBytes are skipped.
    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace), entry != lastEntry, HistoryFile.keeps(entry) else { return }
        addToEditor(entry)
        historyFile?.append(entry)
    }

    private func addToEditor(_ entry: String) {
        lastEntry = entry
        let flat = entry.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: Self.newlineMarker)
        _ = flat.withCString { add_history($0) }
    }

    private static func configureLibedit(completer: Completer?) {
        // libedit decodes and displays non-ASCII text only in a UTF-8 LC_CTYPE,
        // decided once in rl_initialize. Swift never calls setlocale itself.
        if setlocale(LC_CTYPE, "") == nil || !codesetIsUTF8() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        // Ctrl-C is ours (Interrupt + KeyReader); libedit's handler would
        // leave the tty in cooked mode mid-edit.
        rl_catch_signals = 0
        rl_getc_function = KeyReader.getc
        rl_readline_name = Self.readlineName
        CompletionBridge.completer = completer
        rl_attempted_completion_function = CompletionBridge.callback
        rl_basic_word_break_characters = UnsafePointer(CompletionBridge.wordBreakCharacters)
        rl_completion_append_character = 32
        // rl_initialize reads the settings above (getc, signals); calling it
        // again rebuilds the editor, so a second LineEditor starts clean.
        rl_initialize()
    }

    /// Lets `~/.editrc` address us with `biz:` lines.
    nonisolated(unsafe) private static let readlineName: UnsafePointer<CChar>? = UnsafePointer(strdup("biz"))

    private static func codesetIsUTF8() -> Bool {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return false }
        let codeset = String(cString: name).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }
}

private extension String {
    func replacingMarkers() -> String {
        guard contains(LineEditor.newlineMarker) else { return self }
        return split(separator: LineEditor.newlineMarker, omittingEmptySubsequences: false)
            .joined(separator: "\n")
    }
}
