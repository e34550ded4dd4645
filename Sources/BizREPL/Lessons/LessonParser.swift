// Reads the lesson format (docs/LESSONS.md): `key: value` lines at the
// start of a line; indented lines continue the field above; `#` at the start
// of a line is a comment. Deliberately line-based, so an instructor can edit
// a lesson in any text editor without learning a syntax.

import BizLang

public enum LessonParser {
    static let lessonKeys = ["lesson", "about", "intro", "setup"]
    static let stepKeys = ["step", "text", "task", "check", "hint", "solution", "done"]

    public static func parse(_ text: String, file: String) throws(LessonError) -> Lesson {
        var lesson = Lesson()
        var fields: [(key: String, line: Int, lines: [String])] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" || line.allSatisfy(\.isWhitespace) {
                if fields.isEmpty {
                    if line.allSatisfy(\.isWhitespace) { continue }
                    throw LessonError(file: file, line: number, message: "an indented line before any field; a lesson starts with 'lesson: TITLE'")
                }
                fields[fields.count - 1].lines.append(line)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw LessonError(file: file, line: number, message: "expected 'key: value' (or an indented line continuing the field above)")
            }
            let key = String(line[..<colon]).trimmedBlank()
            guard lessonKeys.contains(key) || stepKeys.contains(key) else {
                let hint = Interpreter.suggestion(for: key, among: lessonKeys + stepKeys).map { "; did you mean '\($0):'?" } ?? ""
                throw LessonError(file: file, line: number, message: "unknown field '\(key)'\(hint)")
            }
            let rest = String(line[line.index(after: colon)...]).trimmedBlank()
            fields.append((key, number, rest.isEmpty ? [] : [rest]))
        }

        var current: Lesson.Step?
        func finish() throws(LessonError) {
            guard let step = current else { return }
            let name = "step \(lesson.steps.count + 1) ('\(step.title)')"
            if step.text.isEmpty && step.task.isEmpty { throw LessonError(file: file, line: step.line, message: "\(name) has no 'text:' or 'task:'") }
            if step.checks.isEmpty { throw LessonError(file: file, line: step.line, message: "\(name) has no 'check:'") }
            if step.hint.isEmpty { throw LessonError(file: file, line: step.line, message: "\(name) has no 'hint:'") }
            if step.solution.isEmpty { throw LessonError(file: file, line: step.line, message: "\(name) has no 'solution:'") }
            lesson.steps.append(step)
        }
        for field in fields {
            let value = block(field.lines)
            if field.key == "step" {
                if lesson.title.isEmpty && current == nil && fields.first?.key != "lesson" {
                    throw LessonError(file: file, line: field.line, message: "'step:' needs a lesson first: start the file with 'lesson: TITLE'")
                }
                try finish()
                current = Lesson.Step()
                current?.title = value
                current?.line = field.line
                continue
            }
            if stepKeys.contains(field.key) {
                guard current != nil else {
                    throw LessonError(file: file, line: field.line, message: "'\(field.key):' belongs to a step; start one with 'step: TITLE'")
                }
                switch field.key {
                case "text": current?.text = value
                case "task": current?.task = value
                case "check": current?.checks += value.split(separator: "\n").map { String($0).trimmedBlank() }.filter { !$0.isEmpty }
                case "hint": current?.hint = value
                case "solution": current?.solution = value
                default: current?.done = value
                }
                continue
            }
            guard current == nil else {
                throw LessonError(file: file, line: field.line, message: "'\(field.key):' belongs before the first step")
            }
            switch field.key {
            case "lesson": lesson.title = value
            case "about": lesson.about = value
            case "intro": lesson.intro = value
            default: lesson.setup = value
            }
        }
        try finish()
        if lesson.title.isEmpty { throw LessonError(file: file, line: 1, message: "the lesson has no title: start it with 'lesson: TITLE'") }
        if lesson.steps.isEmpty { throw LessonError(file: file, line: 1, message: "the lesson has no steps: add one with 'step: TITLE'") }
        return lesson
    }

    /// A field's lines with their common indentation removed and blank
    /// lines at either end dropped; the first line (after `key:`) counts as
    /// unindented.
    static func block(_ lines: [String]) -> String {
        var lines = lines
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        let indents = lines.filter { !$0.allSatisfy(\.isWhitespace) && ($0.first == " " || $0.first == "\t") }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let common = indents.min() ?? 0
        return lines.map { line in
            guard line.first == " " || line.first == "\t" else { return line }
            return line.allSatisfy(\.isWhitespace) ? "" : String(line.dropFirst(common))
        }.joined(separator: "\n")
    }
}

extension String {
    func trimmedBlank() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
