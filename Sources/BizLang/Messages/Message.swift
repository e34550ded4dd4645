import BizFormat

/// A text a person reads, kept as a value — a stable id and its arguments —
/// and put into words only when it is shown, in the interface language
/// (LANGUAGE.md §1). Diagnostics, notes, hints and labels are Messages, so
/// one error reads in English or Russian depending on who looks at it.
public struct Message: Sendable, CustomStringConvertible {
    public let kind: any MessageKind
    public let arguments: [MessageArgument]

    public init(_ kind: some MessageKind, _ arguments: any MessageArgumentConvertible...) {
        self.kind = kind
        self.arguments = arguments.map(\.messageArgument)
    }

    public init(_ kind: some MessageKind, arguments: [MessageArgument]) {
        self.kind = kind
        self.arguments = arguments
    }

    /// Text that is the same in every language: a user's own `expect`
    /// message, an operating-system error, a name.
    public static func verbatim(_ text: String) -> Message { Message(CommonText.verbatim, text) }

    public var id: String { kind.id }

    /// The empty verbatim text marks an error already reported (by the lexer).
    public var isEmpty: Bool {
        guard kind.id == CommonText.verbatim.id, arguments.count == 1, case .code(let s) = arguments[0] else { return false }
        return s.isEmpty
    }

    public func render(_ locale: OutputLocale) -> String {
        MessageTemplate.expand(kind.template(locale), arguments: arguments, locale: locale)
    }

    /// English, for logs and tests that do not care about the language.
    public var description: String { render(.en) }
}

/// An argument of a message: source text (code, names, paths — never
/// translated), a nested message (translated with its parent), or a number
/// (formatted in the language's style).
public enum MessageArgument: Sendable {
    case code(String)
    case text(Message)
    case number(Double)

    func render(_ locale: OutputLocale) -> String {
        switch self {
        case .code(let s): return s
        case .text(let m): return m.render(locale)
        case .number(let x): return formatNumber(x, locale: locale)
        }
    }
}

public protocol MessageArgumentConvertible: Sendable {
    var messageArgument: MessageArgument { get }
}

extension String: MessageArgumentConvertible { public var messageArgument: MessageArgument { .code(self) } }
extension Substring: MessageArgumentConvertible { public var messageArgument: MessageArgument { .code(String(self)) } }
extension Message: MessageArgumentConvertible { public var messageArgument: MessageArgument { .text(self) } }
extension Double: MessageArgumentConvertible { public var messageArgument: MessageArgument { .number(self) } }
extension Int: MessageArgumentConvertible { public var messageArgument: MessageArgument { .number(Double(self)) } }
extension MessageArgument: MessageArgumentConvertible { public var messageArgument: MessageArgument { self } }

/// One family of messages (syntax, units, model, …): an enum whose cases are
/// the messages, each with a stable dotted id and its text in every language,
/// side by side. The texts are a `switch` over the cases returning both
/// languages, so a message without one does not compile; CatalogTests checks
/// that the languages agree on their placeholders.
public protocol MessageKind: Sendable {
    /// Stable, e.g. `unit.cannot-add`: what tools and tests may rely on.
    var id: String { get }
    var texts: (en: String, ru: String) { get }
}

extension MessageKind {
    func template(_ locale: OutputLocale) -> String {
        switch locale {
        case .en: return texts.en
        case .ru: return texts.ru
        }
    }
}

extension MessageKind where Self: RawRepresentable, RawValue == String {
    public var id: String { rawValue }
}
