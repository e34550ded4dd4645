/// The language of printed output (`--locale en|ru`). It changes separators
/// and a few words, never the value.
public enum OutputLocale: String, Sendable, CaseIterable {
    case en, ru

    /// The interface language the environment asks for (LANGUAGE.md §1): the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty
    /// decides, as POSIX orders them; `ru_*` (or `ru`) is ru, anything else en.
    public static func fromEnvironment(_ variable: (String) -> String?) -> OutputLocale {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variable(name), !value.isEmpty else { continue }
            return value == "ru" || value.hasPrefix("ru_") || value.hasPrefix("ru.") ? .ru : .en
        }
        return .en
    }

    /// Between groups of three integer digits. ru uses a plain space (U+0020),
    /// not U+00A0/U+202F: output is meant to be copied into terminals,
    /// spreadsheets and chat, where invisible special spaces cause surprises.
    var groupingSeparator: String {
        switch self {
        case .en: return ","
        case .ru: return " "
        }
    }

    var decimalSeparator: String {
        switch self {
        case .en: return "."
        case .ru: return ","
        }
    }

    /// `groupingSeparator` and `decimalSeparator` as their byte of ASCII,
    /// for numbers written as bytes (WholeAmount); a test checks that they
    /// agree with the strings.
    var groupingByte: UInt8 {
        switch self {
        case .en: return UInt8(ascii: ",")
        case .ru: return UInt8(ascii: " ")
        }
    }

    var decimalByte: UInt8 {
        switch self {
        case .en: return UInt8(ascii: ".")
        case .ru: return UInt8(ascii: ",")
        }
    }

    /// Shown when a chart has nothing finite to draw.
    var noData: String {
        switch self {
        case .en: return "(no data)"
        case .ru: return "(нет данных)"
        }
    }
}
