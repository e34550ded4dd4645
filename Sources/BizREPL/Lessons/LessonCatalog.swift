// The shipped lessons (lessons/LANG/N-name.lesson, compiled into the binary
// by scripts/embed-lessons, so `biz learn` works from any folder) and the
// interface language that picks among them.

import BizFormat

public struct ShippedLesson: Sendable {
    /// `ru/3-market`: the progress key and the file's place under lessons/.
    public let key: String
    public let number: Int
    public let locale: OutputLocale
    public let text: String
}

public enum LessonCatalog {
    public static var all: [ShippedLesson] {
        EmbeddedLessons.files.compactMap { key, text -> ShippedLesson? in
            let parts = key.split(separator: "/")
            guard parts.count == 2, let locale = OutputLocale(rawValue: String(parts[0])),
                  let number = Int(parts[1].prefix { $0.isNumber }) else { return nil }
            return ShippedLesson(key: key, number: number, locale: locale, text: text)
        }.sorted { ($0.locale.rawValue, $0.number) < ($1.locale.rawValue, $1.number) }
    }

    public static func lessons(in locale: OutputLocale) -> [ShippedLesson] {
        all.filter { $0.locale == locale }
    }

    /// `3` or `3-market` (or `ru/3-market`): a shipped lesson, else nil.
    public static func find(_ name: String, in locale: OutputLocale) -> ShippedLesson? {
        let list = lessons(in: locale)
        if let n = Int(name) { return list.first { $0.number == n } }
        return all.first { $0.key == name } ?? list.first { $0.key.hasSuffix("/" + name) }
    }
}

/// The interface language (LANGUAGE.md §1): `--locale` when given, else
/// the first of LC_ALL, LC_MESSAGES, LANG that is set, `ru…` giving ru,
/// else en.
public enum InterfaceLocale {
    public static func resolve(explicit: String?, environment: [String: String]) -> OutputLocale {
        explicit.flatMap(OutputLocale.init(rawValue:)) ?? OutputLocale.fromEnvironment { environment[$0] }
    }
}
