// The REPL's :commands: their names, arguments and one-line descriptions.
// What each one does is in BizSession+Commands.swift.

import BizLang

struct Command {
    let name: String
    let argument: String
    let summary: ReplText
    var aliases: [String] = []
}

enum Commands {
    static let all: [Command] = [
        Command(name: "help", argument: "[TOPIC]", summary: .cmdHelp, aliases: ["h", "?"]),
        Command(name: "cells", argument: "", summary: .cmdCells),
        Command(name: "load", argument: "FILE", summary: .cmdLoad),
        Command(name: "save", argument: "FILE", summary: .cmdSave),
        Command(name: "reset", argument: "", summary: .cmdReset),
        Command(name: "seed", argument: "N", summary: .cmdSeed),
        Command(name: "samples", argument: "N", summary: .cmdSamples),
        Command(name: "sampling", argument: "lhs|random", summary: .cmdSampling),
        Command(name: "locale", argument: "en|ru", summary: .cmdLocale),
        Command(name: "time", argument: "EXPR", summary: .cmdTime),
        Command(name: "type", argument: "EXPR", summary: .cmdType),
        Command(name: "quit", argument: "", summary: .cmdQuit, aliases: ["q", "exit"]),
    ]

    static func find(_ name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// A nearby command name for "did you mean", or a unique prefix match.
    static func suggestion(for name: String) -> String? {
        let prefixed = all.filter { $0.name.hasPrefix(name) }
        if !name.isEmpty, prefixed.count == 1 { return prefixed[0].name }
        return Interpreter.suggestion(for: name, among: all.map(\.name))
    }
}
