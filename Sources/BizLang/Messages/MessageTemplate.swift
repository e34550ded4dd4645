import BizFormat

/// Message templates: `{1}`, `{2}` … stand for the arguments; `{1|form|…}`
/// picks the form agreeing with argument 1 as it is shown — English
/// `{1|month|months}`, Russian `{1|месяц|месяца|месяцев}` (one, few, many);
/// `{{` is a literal brace.
enum MessageTemplate {
    static func expand(_ template: String, arguments: [MessageArgument], locale: OutputLocale) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            if after < rest.endIndex, rest[after] == "{" {
                out += "{"
                rest = rest[rest.index(after: after)...]
                continue
            }
            guard let close = rest[after...].firstIndex(of: "}") else { return out + rest[open...] }
            out += placeholder(rest[after..<close], arguments: arguments, locale: locale)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func placeholder(_ body: Substring, arguments: [MessageArgument], locale: OutputLocale) -> String {
        let parts = body.split(separator: "|", omittingEmptySubsequences: false)
        guard let first = parts.first, let n = Int(first), n >= 1, n <= arguments.count else { return "{\(body)}" }
        let shown = arguments[n - 1].render(locale)
        guard parts.count > 1 else { return shown }
        let forms = parts.dropFirst().map(String.init)
        switch locale {
        case .ru where forms.count == 3:
            return russianPlural(shown: shown, one: forms[0], few: forms[1], many: forms[2])
        default:
            let isOne = shown == "1" || shown == "-1"
            return isOne ? forms[0] : forms[forms.count - 1]
        }
    }

    /// The argument numbers a template uses (CatalogTests compares languages).
    static func placeholders(_ template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            if after < rest.endIndex, rest[after] == "{" { rest = rest[rest.index(after: after)...]; continue }
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            if let n = Int(rest[after..<close].split(separator: "|", omittingEmptySubsequences: false).first ?? "") {
                found.insert(n)
            }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
