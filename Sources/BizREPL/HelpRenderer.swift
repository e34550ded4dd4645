// Formats `:help`, `:help TOPIC` and `:help NAME` (a function or a cell) in
// the interface language (`:locale`, --locale or the environment).

import BizFormat
import BizLang

struct HelpRenderer {
    let session: BizSession
    var color: Bool { session.color }
    var locale: OutputLocale { session.locale }

    func render(_ argument: String) -> String {
        if argument.isEmpty { return index() }
        return lookup(argument) ?? unknown(argument)
    }

    /// The help on a topic, function or cell; nil when there is none. A
    /// user's own cell named like a topic (price, customers) shows the cell,
    /// then the topic.
    func lookup(_ argument: String) -> String? {
        if argument == "builtins" { return builtins() }
        let isUserName = session.interpreter.userNames.contains { $0.name == argument }
        let exact = HelpTopics.all.first { $0.name == argument }
        if let exact, isUserName, let value = session.interpreter.cachedValue(of: argument) {
            return describe(argument, value) + "\n\n" + render(exact)
        }
        // A standard-library function, unless a cell of the user hides it;
        // after the topic of the same name (rate: the declaration, then the
        // finance function).
        let function = HelpTopics.function(argument)
            .flatMap { session.interpreter.isStandardLibraryFunction(argument) || !isUserName ? $0 : nil }
        switch (exact, function) {
        case let (exact?, function?): return render(exact) + "\n\n" + render(function)
        case let (exact?, nil): return render(exact)
        case let (nil, function?): return render(function)
        default: break
        }
        if let value = session.interpreter.cachedValue(of: argument) { return describe(argument, value) }
        if let topic = HelpTopics.find(argument) { return render(topic) }
        return nil
    }

    /// No help on `argument`, with did-you-mean; `command` is how to list the topics.
    func unknown(_ argument: String, command: String = ":help") -> String {
        let candidates = HelpTopics.names + session.interpreter.userNames.map(\.name) + Interpreter.builtinNames.map(\.name)
        if let near = Interpreter.suggestion(for: argument, among: candidates) {
            return say(Message(ReplText.helpNoHelpDidYouMean, argument, command, near))
        }
        return say(Message(ReplText.helpNoHelp, argument, command))
    }

    private func say(_ m: Message) -> String { m.render(locale) }
    private func bold(_ s: String) -> String { Terminal.paint(s, .bold, enabled: color) }
    private func dim(_ s: String) -> String { Terminal.paint(s, .dim, enabled: color) }

    private func index() -> String {
        var lines = [say(Message(ReplText.helpTagline, bold("Biz"))),
                     "  price = 100 RUB;  revenue = price * 300;  revenue given price = 120 RUB",
                     "", say(Message(ReplText.helpTopics, bold(topicsWord)))]
        lines += Self.topicIndex(locale: locale).map { "  " + $0 }
        lines += ["", commandList(), "", say(Message(ReplText.helpKeys, bold(keysWord)))]
        return lines.joined(separator: "\n")
    }

    private var topicsWord: String { locale == .ru ? "Темы" : "Topics" }
    private var keysWord: String { locale == .ru ? "Клавиши" : "Keys" }

    /// The topics with their summaries; the series, many and short, as one
    /// wrapped list of names.
    static func topicIndex(locale: OutputLocale) -> [String] {
        let listed = HelpTopics.all.filter { $0.group != .series || $0.name == "series" }
        let builtins = ("builtins", Message(ReplText.helpBuiltinsSummary).render(locale))
        let rows = listed.map { ($0.name, pick($0.summary, locale)) } + [builtins]
        let width = rows.map(\.0.count).max() ?? 0
        var lines = rows.map { pad($0.0, width) + "  " + $0.1 }
        let series = HelpTopics.all.filter { $0.group == .series && $0.name != "series" }.map(\.name)
        lines.append("")
        lines += wrap((locale == .ru ? "ряды (:help ИМЯ): " : "series (:help NAME): ") + series.joined(separator: ", "), width: 78)
        return lines
    }

    private func commandList() -> String {
        let usages = Commands.all.map { ":" + $0.name + ($0.argument.isEmpty ? "" : " " + $0.argument) }
        let width = usages.map(\.count).max() ?? 0
        let rows = zip(usages, Commands.all).map { "  " + Self.pad($0, width) + "  " + say(Message($1.summary)) }
        return ([bold(say(Message(ReplText.helpCommands))) + ":"] + rows).joined(separator: "\n")
    }

    func render(_ topic: HelpTopic) -> String {
        var lines = [bold(topic.name) + " — " + pick(topic.summary, locale), ""]
        for line in pick(topic.text, locale).split(separator: "\n", omittingEmptySubsequences: false) {
            lines += Self.wrap(String(line), width: 76).map { "  " + $0 }
        }
        if topic.name == "repl" { lines += ["", commandList()] }
        if !topic.fields.isEmpty { lines += [""] + fieldTable(topic.fields) }
        if topic.group != .function, let builtin = HelpFunctionLines.line(topic.name), Interpreter.builtinNames.contains(where: { $0.name == topic.name }) {
            lines += ["", "  " + signature(topic.name) + " — " + pick(builtin, locale)]
        }
        lines.append("")
        let codeWidth = min(44, topic.examples.flatMap { $0.code.split(separator: "\n") }.map(\.count).max() ?? 0)
        for example in topic.examples {
            let codeLines = example.code.split(separator: "\n").map(String.init)
            for (i, line) in codeLines.enumerated() {
                var text = "    " + line
                if i == codeLines.count - 1, let result = example.result(locale) {
                    text = line.count <= codeWidth
                        ? "    " + Self.pad(line, codeWidth) + "  " + dim("=> " + result)
                        : text + "\n    " + Self.pad("", codeWidth) + "  " + dim("=> " + result)
                }
                lines.append(text)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each field: its name and meaning, then its unit and default.
    private func fieldTable(_ fields: [HelpTopic.Field]) -> [String] {
        let width = fields.map(\.name.count).max() ?? 0
        let indent = String(repeating: " ", count: width + 6)
        var lines = ["  " + bold(say(Message(ReplText.helpFields))) + ":"]
        for f in fields {
            let meaning = Self.wrap(pick(f.meaning, locale), width: 76 - width - 6)
            for (i, part) in meaning.enumerated() {
                lines.append(i == 0 ? "    " + Self.pad(f.name, width) + "  " + part : indent + part)
            }
            let unit = say(Message(ReplText.helpUnit)) + ": " + pick(f.unit, locale)
            let byDefault = say(Message(ReplText.helpDefault)) + ": " + pick(f.defaultValue, locale)
            lines += Self.wrap(unit + " · " + byDefault, width: 76 - width - 6).map { indent + dim($0) }
        }
        return lines
    }

    private func signature(_ name: String) -> String {
        let info = (session.interpreter.userNames + Interpreter.builtinNames).last { $0.name == name }
        return "\(bold(name))(\(info?.parameters.joined(separator: ", ") ?? ""))"
    }

    private func builtins() -> String {
        var lines = [bold("builtins") + " — " + say(Message(ReplText.helpBuiltinsTitle)), ""]
        let signatures = Interpreter.builtinNames.map { "\($0.name)(\($0.parameters.joined(separator: ", ")))" }
        let width = (signatures.map(\.count).max() ?? 0) + 2
        var row = "  "
        for signature in signatures {
            if row.count + width > 80 { lines.append(row); row = "  " }
            row += Self.pad(signature, width)
        }
        if row.count > 2 { lines.append(row) }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    private func describe(_ name: String, _ value: Value) -> String {
        let info = (session.interpreter.userNames + Interpreter.builtinNames).last { $0.name == name }
        if let info, info.isFunction {
            let isUser = session.interpreter.userNames.contains { $0.name == name }
            let kind = say(Message(isUser ? ReplText.helpFunction : ReplText.helpBuiltinFunction))
            var text = "\(bold(name))(\(info.parameters.joined(separator: ", "))) — \(kind)"
            if let line = HelpFunctionLines.line(name), !isUser || isUntouchedPrelude(name, value) {
                text += "\n  " + pick(line, locale)
            }
            return text
        }
        return "\(bold(name)) = \(session.show(value))  \(dim("(" + value.typeName + ")"))"
    }

    private func isUntouchedPrelude(_ name: String, _ value: Value) -> Bool { session.isUntouchedPrelude(name, value) }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// Breaks a long line at spaces, keeping its leading indentation.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var out: [String] = []
        var current = indent
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            if current.count > indent.count, current.count + 1 + word.count > width {
                out.append(current)
                current = indent + word
            } else {
                current += (current.count > indent.count ? " " : "") + word
            }
        }
        out.append(current)
        return out
    }
}
