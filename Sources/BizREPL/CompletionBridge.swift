// Connects libedit's `rl_attempted_completion_function` (a C function pointer
// that cannot capture anything) to the host's Swift closure, which therefore
// lives in a static. Only the REPL's single thread touches it.

@preconcurrency import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum CompletionBridge {
    /// (line, wordStart, cursor) -> candidates; offsets count Unicode scalars.
    nonisolated(unsafe) static var completer: LineEditor.Completer?

    /// Word boundaries for completion. `.` breaks (so `run.cus` completes the
    /// field `cus`); `:` and `_` do not (so `:he` completes `:help`). Kept in
    /// one allocation for the life of the process, as libedit stores the pointer.
    nonisolated(unsafe) static let wordBreakCharacters: UnsafeMutablePointer<CChar>? =
        strdup(" \t\n\"\\'`@$><=;|&{}()[],.+-*/%^!?~#")

    /// A single candidate ending in one of these gets no trailing space:
    /// the user keeps typing right after `fib(` or `rec.`.
    static let openEnders: Set<Character> = ["(", "[", "{", "."]

    typealias Matches = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    static let callback: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> Matches? = {
        text, start, end in
        CompletionBridge.complete(text: text, start: Int(start), end: Int(end))
    }

    static func complete(text: UnsafePointer<CChar>?, start: Int, end: Int) -> Matches? {
        // Never fall back to libedit's filename completion.
        rl_attempted_completion_over = 1
        guard let completer else { return nil }
        let line = currentLine()
        let scalarCount = line.unicodeScalars.count
        let cursor = min(max(end, 0), scalarCount)
        let wordStart = min(max(start, 0), cursor)
        let word = text.map { String(cString: $0) } ?? ""
        let candidates = Array(Set(completer(line, wordStart, cursor))).sorted()
        guard !candidates.isEmpty else { return nil }

        let appendSpace = candidates.count > 1 || !(candidates[0].last.map(openEnders.contains) ?? false)
        rl_completion_append_character = appendSpace ? 32 : 0

        // libedit's contract: [0] replaces the word (the common prefix), then
        // every candidate, then NULL; it frees every string and the array.
        // A single candidate is listed too: libedit tests `matches[2] == NULL`
        // to detect a unique match, reading past a GNU-style [match, NULL].
        return cArray([commonPrefix(candidates, word: word)] + candidates)
    }

    /// The line being edited, which libedit refreshes right before calling
    /// us. It is multibyte (UTF-8) text, while `start`, `end` and `rl_end`
    /// count characters: so read up to the terminating NUL, never `rl_end`
    /// bytes (that would cut a Cyrillic line in half).
    private static func currentLine() -> String {
        guard let buffer = rl_line_buffer else { return "" }
        return String(cString: buffer)
    }

    /// Longest common prefix (by Unicode scalars, so it is valid UTF-8); the
    /// typed word when candidates do not extend it, so nothing typed is lost.
    static func commonPrefix(_ candidates: [String], word: String) -> String {
        guard var prefix = candidates.first.map({ Array($0.unicodeScalars) }) else { return word }
        for candidate in candidates.dropFirst() {
            let scalars = Array(candidate.unicodeScalars)
            var count = 0
            while count < min(prefix.count, scalars.count) && prefix[count] == scalars[count] { count += 1 }
            prefix.removeSubrange(count...)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: prefix)
        return result.hasPrefix(word) ? result : word
    }

    private static func cArray(_ strings: [String]) -> Matches? {
        guard let array = malloc((strings.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
            .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: strings.count + 1)
        else { return nil }
        for (index, string) in strings.enumerated() {
            array[index] = strdup(string)
        }
        array[strings.count] = nil
        return array
    }
}
