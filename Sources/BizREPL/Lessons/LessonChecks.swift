// Evaluating a step's checks in a session. A check is a Biz boolean
// expression; anything but `true` (false, an error, a name not yet defined)
// means "not yet". `defined(NAME)` is true once the participant has made a
// cell NAME, whatever its value: it is replaced before evaluation, since a
// Biz function cannot see a name that does not exist.

import BizLang

public enum LessonChecks {
    public static func hold(_ checks: [String], in interpreter: Interpreter) -> Bool {
        checks.allSatisfy { interpreter.holds(expandDefined($0, in: interpreter)) }
    }

    /// Why a check does not hold, for `--check`: its error, or what it
    /// evaluated to when that is not `true`.
    static func whyNot(_ check: String, in interpreter: Interpreter) -> String {
        do {
            let value = try interpreter.probe(expandDefined(check, in: interpreter))
            if case .bool(false)? = value { return "false" }
            return value.map { interpreter.display($0) } ?? "nothing"
        } catch {
            return error.items.map { $0.render(color: false) }.joined().trimmedBlank()
        }
    }

    /// `defined(price)` → `true` or `false`.
    static func expandDefined(_ check: String, in interpreter: Interpreter) -> String {
        let chars = Array(check)
        let word = Array("defined(")
        var out = ""
        var i = 0
        while i < chars.count {
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_")
            if startsWord, i + word.count <= chars.count, Array(chars[i..<(i + word.count)]) == word,
               let close = chars[(i + word.count)...].firstIndex(of: ")") {
                let name = String(chars[(i + word.count)..<close]).trimmedBlank()
                out += interpreter.value(of: name) != nil ? "true" : "false"
                i = close + 1
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// Runs code with its output thrown away (set-up, replayed solutions);
    /// returns the diagnostics text when it fails.
    public static func runQuietly(_ code: String, name: String, in interpreter: Interpreter) -> String? {
        guard !code.isEmpty else { return nil }
        let saved = interpreter.output
        interpreter.output = { _ in }
        defer { interpreter.output = saved }
        do {
            _ = try interpreter.evaluateEntry(SourceFile(name: name, text: code))
            return nil
        } catch {
            return error.items.map { $0.render(color: false) }.joined()
        }
    }
}
