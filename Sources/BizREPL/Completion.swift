// Tab completion for Biz. Looks only at the text before the cursor and at
// cached session state: completing never evaluates a formula or calls a
// function (a Tab must not start a simulation or loop forever).

import BizLang

struct Completion {
    let interpreter: Interpreter
    /// Where `:load`/`:save` look for files and `use` for modules.
    let folder: String

    /// Words special only where the grammar expects them (LANGUAGE.md §2),
    /// and period words: worth offering, never reserved.
    static let contextualWords = [
        "use", "expect", "show", "plot", "export", "report", "rate", "market", "band", "segment",
        "competitor", "strategy", "company", "sweep", "over", "step", "goal", "maximize", "minimize",
        "tornado", "by", "with", "within", "until", "month", "months", "quarter", "quarters",
        "year", "years", "week", "weeks", "of", "per", "to",
    ]

    /// Candidates for the word `line[wordStart..<cursor]` (Unicode-scalar
    /// offsets). Each candidate replaces that word.
    func candidates(line: String, wordStart: Int, cursor: Int) -> [String] {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let start = min(max(wordStart, 0), end)
        let word = Self.text(scalars[start..<end])
        let before = Self.text(scalars[..<start])

        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix(":") || (trimmed.isEmpty && word.hasPrefix(":")) {
            return commandArgument(before: String(trimmed), word: word)
        }
        // `name:` inside a record or call: complete what follows the colon.
        if let colon = word.lastIndex(of: ":") {
            let head = String(word[...colon])
            return names(prefix: String(word[word.index(after: colon)...]), before: before + head).map { head + $0 }
        }
        if before.hasSuffix(".") {
            return fields(before: String(before.dropLast()), prefix: word)
        }
        if Self.lastWord(of: before) == "use" && Self.textBeforeLastWord(of: before).allSatisfy({ $0 == " " || $0 == ";" }) {
            return Self.matching(interpreter.availableModules, word)
        }
        return names(prefix: word, before: before)
    }

    // MARK: Names

    private func names(prefix: String, before: String) -> [String] {
        var pool: [String] = Keyword.allCases.map(\.rawValue) + Self.contextualWords
        for info in interpreter.userNames + interpreter.visibleBuiltinNames where !info.name.contains("'") {
            pool.append(info.isFunction ? info.name + "(" : info.name)
        }
        if let callee = Self.openCallee(before), let info = function(named: callee) {
            pool += info.parameters.map { $0 + ":" }
        }
        return Self.matching(pool, prefix)
    }

    private func function(named name: String) -> Interpreter.NameInfo? {
        (interpreter.userNames + interpreter.visibleBuiltinNames).last { $0.name == name && $0.isFunction }
    }

    /// The name called by the innermost `(` still open in `text`, if any.
    static func openCallee(_ text: String) -> String? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")", "]", "}": depth += 1
            case "[", "{": if depth == 0 { return nil } else { depth -= 1 }
            case "(":
                if depth > 0 { depth -= 1; continue }
                let name = lastWord(of: String(text[..<index]))
                return name.isEmpty ? nil : name
            default: break
            }
        }
        return nil
    }

    // MARK: Fields

    /// Fields of `chain.` where chain is a name or names joined by dots.
    private func fields(before: String, prefix: String) -> [String] {
        guard let chain = Self.nameChain(endingAt: before), let head = chain.first,
              var value = interpreter.cachedValue(of: head)
        else { return [] }
        for name in chain.dropFirst() {
            guard let next = Interpreter.storedField(name, of: value) else { return [] }
            value = next
        }
        return Self.matching(Interpreter.fieldNames(of: value), prefix)
    }

    /// `a.b.c` at the end of `text` as ["a", "b", "c"]; nil when what ends
    /// the text is not a plain chain of names (a call, an index, a number).
    static func nameChain(endingAt text: String) -> [String]? {
        var names: [String] = []
        var rest = Substring(text)
        while true {
            let name = rest.reversed().prefix { isNameCharacter($0) }
            guard !name.isEmpty, let first = name.last, !first.isNumber else { return nil }
            names.insert(String(name.reversed()), at: 0)
            rest = rest.dropLast(name.count)
            guard rest.hasSuffix(".") else { break }
            rest = rest.dropLast()
        }
        // `f(x).a` or `xs[0].a` would need evaluation; `3.5` is a number.
        if let last = rest.last, last == ")" || last == "]" || last == "}" || last == "\"" { return nil }
        return names
    }

    // MARK: Commands

    private func commandArgument(before: String, word: String) -> [String] {
        guard let space = before.firstIndex(of: " ") else {
            return Self.matching(Commands.all.map { ":" + $0.name }, word)
        }
        let command = Commands.find(String(before[before.index(after: before.startIndex)..<space]))
        let argument = String(before[before.index(after: space)...]).drop { $0 == " " }
        switch command?.name {
        case "help": return Self.matching(HelpTopics.names + Interpreter.builtinNames.map(\.name) + HelpTopics.functions.map(\.name), word)
        case "locale": return Self.matching(["en", "ru"], word)
        case "load", "save": return files(argument: String(argument), word: word)
        case "time", "type":
            let code = String(argument)
            let offset = code.unicodeScalars.count
            return candidates(line: code + word, wordStart: offset, cursor: offset + word.unicodeScalars.count)
        default: return []
        }
    }

    /// `.biz` files (and folders, with `/`) matching what is typed; the part
    /// of the path before the current word is left out of the candidates.
    private func files(argument: String, word: String) -> [String] {
        let typed = argument + word
        let slash = typed.lastIndex(of: "/")
        let directory = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folderPath = directory.isEmpty ? folder : (directory.hasPrefix("/") ? directory : folder + "/" + directory)
        let entries = Folder.entries(folderPath).compactMap { entry -> String? in
            entry.isFolder ? entry.name + "/" : entry.name.hasSuffix(".biz") ? entry.name : nil
        }
        // The word starts after the last break character (`/`, `.`, `-`, …),
        // so drop whatever of the path is already typed before it.
        let alreadyTyped = String(typed.dropLast(word.count)).dropFirst(directory.count)
        return entries.filter { $0.hasPrefix(namePrefix) && $0.hasPrefix(alreadyTyped) }
            .map { String($0.dropFirst(alreadyTyped.count)) }
    }

    // MARK: Text helpers

    static func matching(_ pool: [String], _ prefix: String) -> [String] {
        let exact = pool.filter { $0.hasPrefix(prefix) }
        if !exact.isEmpty || prefix.isEmpty { return Array(Set(exact)).sorted() }
        let lower = prefix.lowercased()
        return Array(Set(pool.filter { $0.lowercased().hasPrefix(lower) })).sorted()
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber
    }

    /// The identifier right before the end of `text` (spaces skipped).
    static func lastWord(of text: String) -> String {
        let trimmed = text.reversed().drop { $0 == " " }
        return String(trimmed.prefix { isNameCharacter($0) }.reversed())
    }

    static func textBeforeLastWord(of text: String) -> Substring {
        let trimmed = Substring(text).reversed().drop { $0 == " " }
        let wordLength = trimmed.prefix { isNameCharacter($0) }.count
        return Substring(String(trimmed.dropFirst(wordLength).reversed()))
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}
