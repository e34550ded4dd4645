// `biz help` and `biz help NAME` on the command line (LANGUAGE.md §1): the
// REPL's help topics, rendered by the same HelpRenderer as `:help`, in the
// interface language, so the two never differ.

import BizLang

public enum CommandLineHelp {
    /// The topic index as `:help` shows it, in the settings' language.
    public static func topicIndex(settings: Settings) -> [String] {
        HelpRenderer.topicIndex(locale: settings.locale)
    }

    /// `:help NAME` in a fresh session (topics, built-in functions and the
    /// prelude's names); nil when there is no help on NAME.
    public static func help(on name: String, settings: Settings) -> String? {
        HelpRenderer(session: BizSession(settings: settings)).lookup(name)
    }

    /// The REPL's answer when there is no help on NAME, with did-you-mean.
    public static func unknown(_ name: String, settings: Settings) -> String {
        HelpRenderer(session: BizSession(settings: settings)).unknown(name, command: "biz help")
    }
}
