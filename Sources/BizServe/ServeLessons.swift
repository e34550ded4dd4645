// The shipped lessons (lessons/LANG/*.lesson, embedded in the binary) as the
// playground shows them: step by step, the checks run by the child.

import BizFormat
import BizREPL

struct LessonSummary: Codable, Sendable {
    struct Step: Codable, Sendable {
        var title: String
        var text: String
        var task: String
        var hint: String
        var done: String
    }
    var key: String
    var number: Int
    var title: String
    var about: String
    var intro: String
    var steps: [Step]
}

enum ServeLessons {
    static func lesson(_ key: String) -> Lesson? {
        guard let shipped = LessonCatalog.all.first(where: { $0.key == key }) else { return nil }
        return try? LessonParser.parse(shipped.text, file: shipped.key)
    }

    static func list(_ locale: OutputLocale) -> [LessonSummary] {
        LessonCatalog.lessons(in: locale).compactMap { shipped in
            guard let l = try? LessonParser.parse(shipped.text, file: shipped.key) else { return nil }
            return LessonSummary(key: shipped.key, number: shipped.number, title: l.title, about: l.about, intro: l.intro,
                                 steps: l.steps.map { .init(title: $0.title, text: $0.text, task: $0.task, hint: $0.hint, done: $0.done) })
        }
    }
}
