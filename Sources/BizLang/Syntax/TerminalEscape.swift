/// Source text shown on a terminal in a diagnostic (issue 16 item 6): a
/// file from someone else must not send terminal codes. ESC, CR, BEL and
/// every other C0 control, DEL, the C1 controls and the bidirectional
/// overrides ("Trojan source") are shown as Swift-style escapes, `\u{1B}`;
/// the excerpt's caret line widens by the same amount, so carets stay under
/// what they point at. Tabs are shown as one space (Diagnostic.excerpt).
public enum TerminalEscape {
    /// Whether `scalar` is shown escaped.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false                 // a tab: one space in the excerpt, harmless in a message
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true   // bidi embeddings, overrides, isolates
        default: return false
        }
    }

    /// How `scalar` is shown: itself, or `\u{1B}`.
    public static func shown(_ scalar: Unicode.Scalar) -> String {
        guard isUnsafe(scalar) else { return String(Character(scalar)) }
        return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// The text with every unsafe scalar escaped (messages, notes, hints, file names).
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out += shown(scalar) }
        return out
    }
}
