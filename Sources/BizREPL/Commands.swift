// The REPL's :commands: their names, arguments and one-line descriptions.
// What each one does is in BizSession+Commands.swift.

import BizLang

struct Command {
    let name: String
    let argument: String
    let summary: String
    var aliases: [String] = []
}

enum Commands {
    static let all: [Command] = [
        Command(name: "help", argument: "[TOPIC]", summary: "topics with examples; :help NAME for a function or cell",
                aliases: ["h", "?"]),
        Command(name: "cells", argument: "", summary: "every cell with its value and type"),
        Command(name: "load", argument: "FILE", summary: "run a .biz file into this session"),
        Command(name: "save", argument: "FILE", summary: "write this session's definitions as a script"),
        Command(name: "reset", argument: "", summary: "forget every cell and start afresh"),
        Command(name: "seed", argument: "N", summary: "random seed for distributions"),
        Command(name: "samples", argument: "N", summary: "Monte Carlo sample count"),
        Command(name: "locale", argument: "en|ru", summary: "number formatting"),
        Command(name: "time", argument: "EXPR", summary: "evaluate and print how long it took"),
        Command(name: "type", argument: "EXPR", summary: "the type of a value, without printing it"),
        Command(name: "quit", argument: "", summary: "leave (Ctrl-D does too)", aliases: ["q", "exit"]),
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
