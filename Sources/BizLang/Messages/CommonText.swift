/// Messages that belong to no one area.
public enum CommonText: String, CaseIterable, MessageKind {
    case verbatim = "common.verbatim"

    public var texts: (en: String, ru: String) {
        switch self {
        case .verbatim: return ("{1}", "{1}")
        }
    }
}
