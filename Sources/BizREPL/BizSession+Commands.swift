// What the :commands do (their list is in Commands.swift).

import BizFormat
import BizLang

extension BizSession {
    func runCommand(_ line: String) -> REPLOutcome {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = String(body.dropFirst(name.count).drop { $0.isWhitespace })
            .trimmingSuffix { $0.isWhitespace }
        guard let command = Commands.find(name) else {
            let hint = Commands.suggestion(for: name).map { Message(ReplText.didYouMeanCommand, $0) } ?? Message(ReplText.listCommands)
            return commandError(Message(ReplText.unknownCommand, name), hint: hint)
        }
        switch command.name {
        case "help": return .output(HelpRenderer(session: self).render(argument))
        case "cells": return .output(cellsTable())
        case "load": return load(argument)
        case "save": return save(argument)
        case "reset":
            reset()
            return .output(Highlight.dim(say(Message(ReplText.sessionCleared)), enabled: color))
        case "seed": return setSeed(argument)
        case "samples": return setSamples(argument)
        case "sampling": return setSampling(argument)
        case "locale": return setLocale(argument)
        case "time": return time(argument)
        case "type": return typeOf(argument)
        default: return .quit
        }
    }

    /// `error:` and `hint:` stay English in every language (LANGUAGE.md §1).
    func commandError(_ message: Message, hint: Message? = nil) -> REPLOutcome {
        var text = Terminal.paint("error:", .red, enabled: color) + " " + say(message)
        if let hint { text += "\n" + Terminal.paint("hint:", .cyan, enabled: color) + " " + say(hint) }
        return .error(text)
    }

    private func needsArgument(_ argument: String, _ usage: String) -> REPLOutcome? {
        argument.isEmpty ? commandError(Message(ReplText.missingArgument), hint: Message(ReplText.usage, usage)) : nil
    }

    // MARK: Cells

    /// The user's cells as a table, then their functions on one line. The
    /// prelude's functions are left out while the user has not redefined them.
    func cellsTable() -> String {
        var rows: [[String]] = []
        var functions: [String] = []
        for (name, value) in interpreter.visibleCells() where !isUntouchedPrelude(name, value) {
            if let info = interpreter.userNames.first(where: { $0.name == name }), info.isFunction {
                functions.append("\(name)(\(info.parameters.joined(separator: ", ")))")
            } else {
                rows.append([name, BizSession.short(interpreter.display(value), limit: 60), value.typeName])
            }
        }
        var parts: [String] = []
        if !rows.isEmpty {
            parts.append(renderTable(headers: [ReplText.cellHeader, .valueHeader, .typeHeader].map { say(Message($0)) }, rows: rows, alignments: [.left, .left, .left]))
        }
        if !functions.isEmpty { parts.append(say(Message(ReplText.functions, functions.joined(separator: ", ")))) }
        return parts.isEmpty ? say(Message(ReplText.noCells)) : parts.joined(separator: "\n")
    }

    // MARK: Files

    private func load(_ path: String) -> REPLOutcome {
        if let usage = needsArgument(path, ":load FILE.biz") { return usage }
        guard let text = readTextFile(path) ?? (path.hasSuffix(".biz") ? nil : readTextFile(path + ".biz")) else {
            return commandError(Message(ReplText.cannotRead, path))
        }
        let countBefore = interpreter.visibleCells().count
        let savedFolder = interpreter.scriptFolder
        interpreter.scriptFolder = Self.folder(of: path)   // `use` inside the file looks beside it
        defer { interpreter.scriptFolder = savedFolder }
        do {
            _ = try interpreter.evaluateEntry(SourceFile(name: path, text: text))
        } catch {
            return .error(render(error) + say(Message(ReplText.nothingLoaded, path)))
        }
        let added = interpreter.visibleCells().count - countBefore
        return .output(Highlight.dim(say(Message(ReplText.loaded, path, added)), enabled: color))
    }

    private func save(_ path: String) -> REPLOutcome {
        if let usage = needsArgument(path, ":save FILE.biz") { return usage }
        let script = SessionScript.render(interpreter.sessionLog, settings: interpreter.settings)
        // The same real-path rule as `export` (issue 16): `:save /etc/x.biz`
        // or a link out of the folder is refused.
        if let refusal = GuardedWrite(allowWrite: interpreter.settings.allowWrite).write(path, bytes: Array(script.utf8)) {
            return commandError(refusal.0, hint: refusal.hint)
        }
        let count = interpreter.sessionLog.count
        return .output(Highlight.dim(say(Message(ReplText.saved, path, count)), enabled: color))
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return path[..<slash].isEmpty ? "/" : String(path[..<slash])
    }

    // MARK: Settings

    private func setSeed(_ argument: String) -> REPLOutcome {
        if argument.isEmpty { return .output(say(Message(ReplText.seed, String(interpreter.settings.seed)))) }
        guard let seed = UInt64(argument) else { return commandError(Message(ReplText.badSeed, argument)) }
        interpreter.settings.seed = seed
        return .output(Highlight.dim(say(Message(ReplText.seed, String(seed))), enabled: color))
    }

    private func setSamples(_ argument: String) -> REPLOutcome {
        if argument.isEmpty { return .output(say(Message(ReplText.samples, String(interpreter.settings.samples)))) }
        guard let n = Int(argument.filter { $0 != "_" }), (1...1_000_000).contains(n) else {
            return commandError(Message(ReplText.badSamples, argument))
        }
        interpreter.settings.samples = n
        return .output(Highlight.dim(say(Message(ReplText.samples, String(n))), enabled: color))
    }

    private func setSampling(_ argument: String) -> REPLOutcome {
        if argument.isEmpty { return .output(say(Message(ReplText.sampling, interpreter.settings.samplingName))) }
        guard interpreter.settings.setSampling(named: argument) else {
            return commandError(Message(ReplText.badSampling, argument))
        }
        return .output(Highlight.dim(say(Message(ReplText.sampling, argument)), enabled: color))
    }

    private func setLocale(_ argument: String) -> REPLOutcome {
        if argument.isEmpty { return .output(say(Message(ReplText.locale, interpreter.settings.locale.rawValue))) }
        guard let locale = OutputLocale(rawValue: argument) else {
            return commandError(Message(ReplText.unknownLocale, argument), hint: Message(ReplText.useLocale))
        }
        interpreter.settings.locale = locale
        interpreter.settings.localeFromEnvironment = false
        return .output(Highlight.dim(say(Message(ReplText.locale, locale.rawValue)), enabled: color))
    }

    // MARK: Evaluation helpers

    private func time(_ code: String) -> REPLOutcome {
        if let usage = needsArgument(code, ":time EXPR") { return usage }
        let start = Clock.now()
        let outcome = evaluateCode(code)
        let elapsed = Clock.now() - start
        let timing = Highlight.dim(say(Message(ReplText.time, Clock.describe(elapsed))), enabled: color)
        switch outcome {
        case .output(let text): return .output(text.isEmpty ? timing : text + "\n" + timing)
        case .error(let text): return .error(text + timing)
        case .quit: return .quit
        }
    }

    private func typeOf(_ code: String) -> REPLOutcome {
        if let usage = needsArgument(code, ":type EXPR") { return usage }
        do {
            guard let value = try interpreter.evaluateEntry(SourceFile(name: "<repl>", text: code)) else {
                return .output(say(Message(ReplText.nothing)))
            }
            return .output(value.typeName)
        } catch {
            return .error(render(error))
        }
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
