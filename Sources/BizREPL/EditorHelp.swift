// The help an editor shows (`biz lsp`'s hover and completion): the same
// topics and function texts as `:help NAME`, and each declaration field's
// meaning, unit and default, so the editor and the REPL never disagree.

import BizFormat
import BizLang

public enum EditorHelp {
    /// One field of a declaration, in one interface language.
    public struct FieldHelp: Sendable {
        public let name: String
        public let meaning: String
        public let unit: String
        public let defaultValue: String
    }

    /// `:help NAME` as the REPL prints it in a fresh session (no colours);
    /// nil when NAME is not exactly a topic, a function or a prelude name
    /// (`:help` would also take a prefix: a hover must not).
    public static func help(on name: String, locale: OutputLocale) -> String? {
        var settings = Settings()
        settings.locale = locale
        let session = BizSession(settings: settings)
        guard HelpTopics.names.contains(name) || HelpTopics.function(name) != nil
                || session.interpreter.cachedValue(of: name) != nil else { return nil }
        return HelpRenderer(session: session).lookup(name)
    }

    /// The declarations that have fields (`market`, `segment`, …).
    public static var declarationKinds: [String] {
        HelpDeclarationTopics.all.filter { !$0.fields.isEmpty }.map(\.name)
    }

    /// The fields a declaration accepts, in the order `:help KIND` lists them.
    public static func fields(of kind: String, locale: OutputLocale) -> [FieldHelp] {
        guard let topic = HelpDeclarationTopics.all.first(where: { $0.name == kind }) else { return [] }
        return topic.fields.map {
            FieldHelp(name: $0.name, meaning: pick($0.meaning, locale), unit: pick($0.unit, locale), defaultValue: pick($0.defaultValue, locale))
        }
    }

    /// A topic's one-line summary (`:help`'s index), for completion details.
    public static func summary(of name: String, locale: OutputLocale) -> String? {
        HelpTopics.all.first { $0.name == name }.map { pick($0.summary, locale) }
    }
}

extension EditorHelp {
    /// Words special only where the grammar expects them, and period words
    /// (what the REPL's Tab offers besides keywords and names).
    public static var contextualWords: [String] { Completion.contextualWords }
}
