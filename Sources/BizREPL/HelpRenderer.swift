// Formats `:help`, `:help TOPIC` and `:help NAME` (a function or a cell).

import BizLang

struct HelpRenderer {
    let session: BizSession
    var color: Bool { session.color }

    func render(_ argument: String) -> String {
        if argument.isEmpty { return index() }
        return lookup(argument) ?? unknown(argument)
    }

    /// The help on a topic, function or cell; nil when there is none.
    func lookup(_ argument: String) -> String? {
        if argument == "builtins" { return builtins() }
        if let topic = HelpTopics.all.first(where: { $0.name == argument }) { return render(topic) }
        // A standard-library function, unless a cell of the user hides it.
        if let function = HelpTopics.function(argument),
           session.interpreter.isStandardLibraryFunction(argument) || !session.interpreter.userNames.contains(where: { $0.name == argument }) {
            return render(function)
        }
        if let value = session.interpreter.cachedValue(of: argument) { return describe(argument, value) }
        if let topic = HelpTopics.find(argument) { return render(topic) }
        return nil
    }

    /// No help on `argument`, with did-you-mean; `command` is how to list the topics.
    func unknown(_ argument: String, command: String = ":help") -> String {
        let candidates = HelpTopics.names + session.interpreter.userNames.map(\.name) + Interpreter.builtinNames.map(\.name)
        let hint = Interpreter.suggestion(for: argument, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
        return "No help on '\(argument)'.\(hint) Type \(command) for the topics."
    }

    private func bold(_ s: String) -> String { Terminal.paint(s, .bold, enabled: color) }
    private func dim(_ s: String) -> String { Terminal.paint(s, .dim, enabled: color) }

    private func index() -> String {
        var lines = [bold("Biz") + ": a spreadsheet you type. Names are cells; cells are formulas.",
                     "  price = 100 RUB;  revenue = price * 300;  revenue given price = 120 RUB",
                     "", bold("Topics") + " (:help TOPIC):"]
        let width = (HelpTopics.names + ["builtins"]).map(\.count).max() ?? 0
        for topic in HelpTopics.all {
            lines.append("  " + pad(topic.name, width) + "  " + topic.summary)
        }
        lines.append("  " + pad("builtins", width) + "  every built-in function")
        lines += ["", commandList(), "", keys]
        return lines.joined(separator: "\n")
    }

    private func commandList() -> String {
        let usages = Commands.all.map { ":" + $0.name + ($0.argument.isEmpty ? "" : " " + $0.argument) }
        let width = usages.map(\.count).max() ?? 0
        let rows = zip(usages, Commands.all).map { "  " + pad($0, width) + "  " + $1.summary }
        return ([bold("Commands") + ":"] + rows).joined(separator: "\n")
    }

    private var keys: String {
        bold("Keys") + ": Tab completes · Up/Down and Ctrl-R search history · Ctrl-C clears the line or stops a run · Ctrl-D quits"
    }

    func render(_ topic: HelpTopic) -> String {
        var lines = [bold(topic.name) + " — " + topic.summary, ""]
        lines += topic.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if topic.name == "repl" { lines += ["", commandList()] }
        lines.append("")
        let codeWidth = min(44, topic.examples.flatMap { $0.code.split(separator: "\n") }.map(\.count).max() ?? 0)
        for example in topic.examples {
            let codeLines = example.code.split(separator: "\n").map(String.init)
            for (i, line) in codeLines.enumerated() {
                var text = "    " + line
                if i == codeLines.count - 1, let result = example.result {
                    text = line.count <= codeWidth
                        ? "    " + pad(line, codeWidth) + "  " + dim("=> " + result)
                        : text + "\n    " + pad("", codeWidth) + "  " + dim("=> " + result)
                }
                lines.append(text)
            }
        }
        return lines.joined(separator: "\n")
    }

    private func builtins() -> String {
        var lines = [bold("builtins") + " — built-in functions (a cell of the same name hides one)", ""]
        let signatures = Interpreter.builtinNames.map { "\($0.name)(\($0.parameters.joined(separator: ", ")))" }
        let width = (signatures.map(\.count).max() ?? 0) + 2
        var row = "  "
        for signature in signatures {
            if row.count + width > 80 { lines.append(row); row = "  " }
            row += pad(signature, width)
        }
        if row.count > 2 { lines.append(row) }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    private func describe(_ name: String, _ value: Value) -> String {
        let info = (session.interpreter.userNames + Interpreter.builtinNames).last { $0.name == name }
        if let info, info.isFunction {
            let kind = session.interpreter.userNames.contains { $0.name == name } ? "function" : "built-in function"
            return "\(bold(name))(\(info.parameters.joined(separator: ", "))) — \(kind)"
        }
        return "\(bold(name)) = \(session.show(value))  \(dim("(" + value.typeName + ")"))"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
