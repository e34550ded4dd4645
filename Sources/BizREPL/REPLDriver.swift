// The read-eval-print loop: prompts, multi-line entries, history, Ctrl-C
// and Ctrl-D. Everything language-specific is behind REPLHost.

import BizFormat
import BizLang
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct REPLDriver<Host: REPLHost> {
    public let host: Host
    public let editor: LineEditor
    public let useColor: Bool

    /// Only meaningful when stdin is a terminal; otherwise run stdin as a
    /// script and do not create a driver.
    public static var stdinIsTerminal: Bool { Terminal.stdinIsTerminal }

    /// Creates the editor with history at `historyPath` (nil: in memory)
    /// and Tab completion from the host. A path that names a device, FIFO
    /// or anything but a regular file is not used: one line on stderr says
    /// so, in `locale`, and history stays in memory.
    public init(host: Host,
                historyPath: String? = HistoryLocation.resolve(),
                useColor: Bool = Terminal.useColor(noColorFlag: false),
                locale: OutputLocale = .en) {
        self.host = host
        self.useColor = useColor
        let history = historyPath.flatMap { HistoryFile.checked($0) }
        if let historyPath, history == nil {
            let warning = "biz: " + Message(FileText.historyNotRegular, historyPath).render(locale) + "\n"
            Output.error(warning)
        }
        self.editor = LineEditor(historyFile: history,
                                 completer: { line, start, cursor in
                                     host.completions(line: line, wordStart: start, cursor: cursor)
                                 })
    }

    /// Runs until Ctrl-D on an empty prompt or `.quit`; returns the exit code.
    public func run() -> Int32 {
        var pending: [String] = []   // lines of an unfinished entry
        while true {
            let prompt = pending.isEmpty ? host.prompt : host.continuationPrompt
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                pending = []   // Ctrl-C abandons the whole unfinished entry
            case .eof:
                Output.standard("\n")
                // At `...>`, Ctrl-D only abandons the unfinished entry.
                if pending.isEmpty { return 0 }
                pending = []
            case .line(let line):
                if pending.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
                pending.append(line)
                let entry = pending.joined(separator: "\n")
                // Two empty lines in a row at `...>` run the entry as it is, so
                // someone who does not see what is left open gets the error
                // that says so. (One empty line may be part of pasted code.)
                let forced = pending.suffix(2).count == 2 && pending.suffix(2).allSatisfy { $0.allSatisfy(\.isWhitespace) }
                if host.isIncomplete(entry) && !forced { continue }
                while forced, let last = pending.last, last.allSatisfy(\.isWhitespace) { pending.removeLast() }
                let complete = pending.joined(separator: "\n")
                pending = []
                editor.addHistory(complete)   // saved before running, so a crash keeps it
                if evaluate(complete) == .quit { return 0 }
            }
        }
    }

    /// Whether Ctrl-C was pressed since the wake-up pipe was last drained.
    private static func ctrlCArrived() -> Bool {
        let fd = Interrupt.wakeDescriptor
        guard fd >= 0 else { return false }
        var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 0) > 0
    }

    private func evaluate(_ entry: String) -> REPLOutcome {
        Interrupt.clear()
        Interrupt.drainWakeups()
        let outcome = host.evaluate(entry)
        Interrupt.clear()   // a late Ctrl-C must not hit the next line
        // The terminal echoed `^C` with no newline: start on a fresh line.
        if Self.ctrlCArrived() { Output.standard("\n") }
        switch outcome {
        case .output(let text) where !text.isEmpty:
            Output.standard(text.hasSuffix("\n") ? text : text + "\n")
        case .error(let text):
            // The host colours its own messages (diagnostics underline in red).
            Output.error(text.hasSuffix("\n") ? text : text + "\n")
        case .output, .quit:
            break
        }
        return outcome
    }
}
