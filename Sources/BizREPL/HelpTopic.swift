// The shape of a `:help` topic: its texts in English and Russian side by
// side (the interface language picks one), its examples, and for a
// declaration its fields. HelpExamplesTests runs every example in both
// languages and HelpCoverageTests checks that every declaration field,
// run series and function has an entry in both.

import BizFormat

/// A text in both interface languages, as the message catalog keeps them.
typealias Bilingual = (en: String, ru: String)

func pick(_ text: Bilingual, _ locale: OutputLocale) -> String {
    switch locale {
    case .en: return text.en
    case .ru: return text.ru
    }
}

struct HelpTopic {
    enum Group: CaseIterable {
        case language, declaration, model, series, whatIf, session
        /// A function of the standard library: `:help NAME`, not in the index.
        case function
    }

    struct Example {
        let code: String
        /// What the REPL prints for it in English; nil when nothing is checked.
        let result: String?
        /// What it prints in Russian, when that differs (number format).
        let ruResult: String?

        func result(_ locale: OutputLocale) -> String? {
            locale == .ru ? (ruResult ?? result) : result
        }
    }

    /// One field of a declaration: what it means, its unit and its default
    /// (MODEL.md "Defaults and units").
    struct Field {
        let name: String
        let meaning: Bilingual
        let unit: Bilingual
        let defaultValue: Bilingual
    }

    let name: String
    var group: Group = .language
    let summary: Bilingual
    let text: Bilingual
    var fields: [Field] = []
    let examples: [Example]
    /// Run before the examples (by the tests) but not shown: the model of
    /// `:help declarations`, for the topics that need a company.
    var setup: [Example] = []
}

func ex(_ code: String, _ result: String? = nil, ru: String? = nil) -> HelpTopic.Example {
    HelpTopic.Example(code: code, result: result, ruResult: ru)
}

func field(_ name: String, _ meaning: Bilingual, unit: Bilingual, default defaultValue: Bilingual) -> HelpTopic.Field {
    HelpTopic.Field(name: name, meaning: meaning, unit: unit, defaultValue: defaultValue)
}
