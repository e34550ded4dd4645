/// LANGUAGE.md §1: options may stand before or after the subcommand
/// (`biz --seed 3 run F` is `biz run --seed 3 F`). ArgumentParser only reads
/// a subcommand's options after its name, so the options in front of a
/// subcommand are moved behind it before parsing.
enum ArgumentOrder {
    /// The common options that take a value (`--seed 3`); `--seed=3` is one
    /// argument either way.
    static let valued: Set<String> = ["--seed", "--samples", "--sampling", "--locale", "--allow-write", "--max-memory", "--max-steps", "--timeout"]
    static let flags: Set<String> = ["--no-color"]

    /// The subcommand named after the leading options, and the arguments
    /// for it with those options moved behind its name; nil when no
    /// subcommand follows the options (`biz --seed 3 FILE`).
    static func subcommand(in args: [String], among names: Set<String>) -> (name: String, arguments: [String])? {
        var i = 0
        while i < args.count {
            let arg = args[i]
            let key = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            if valued.contains(key) { i += arg.contains("=") ? 1 : 2 }
            else if flags.contains(arg) { i += 1 }
            else { break }
        }
        guard i < args.count, names.contains(args[i]) else { return nil }
        return (args[i], Array(args[(i + 1)...]) + Array(args[..<i]))
    }

    /// `biz FILE`, `biz -e EXPR` or `biz` alone, which need no parsing:
    /// what ArgumentParser would give for them (`-e` takes any value), or
    /// nil for anything else. Their runs start without its reflection.
    static func withoutOptions(_ args: [String]) -> (e: String?, file: String?)? {
        switch args.count {
        case 0: return (nil, nil)
        case 1 where !args[0].isEmpty && !args[0].hasPrefix("-"): return (nil, args[0])
        case 2 where args[0] == "-e": return (args[1], nil)
        default: return nil
        }
    }

    /// The arguments without the common options (and their values).
    static func withoutCommonOptions(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let arg = args[i]
            let key = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            if valued.contains(key) { i += arg.contains("=") ? 1 : 2 }
            else if flags.contains(arg) { i += 1 }
            else { out.append(arg); i += 1 }
        }
        return out
    }

    /// The value of `--locale`, wherever it stands; nil when absent.
    static func locale(in args: [String]) -> String? {
        for (i, arg) in args.enumerated() {
            if arg.hasPrefix("--locale=") { return String(arg.dropFirst("--locale=".count)) }
            if arg == "--locale", i + 1 < args.count { return args[i + 1] }
        }
        return nil
    }

    enum HelpRequest: Equatable {
        case root
        case subcommand(String)
    }

    /// `--help` or `-h` anywhere (not as `-e`'s value, not after `--`):
    /// the help of the subcommand named first after the common options, else
    /// the root's. Nil when no help is asked for.
    static func helpRequest(in args: [String], subcommands: Set<String>) -> HelpRequest? {
        var positionals: [String] = []
        var asked = false
        var i = 0
        while i < args.count {
            let arg = args[i]
            let key = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            if arg == "--" { break }
            if arg == "--help" || arg == "-h" { asked = true; i += 1 }
            else if valued.contains(key) { i += arg.contains("=") ? 1 : 2 }
            else if arg == "-e" { i += 2 }   // its value may be anything, even `--help`
            else { if !arg.hasPrefix("-") { positionals.append(arg) }; i += 1 }
        }
        guard asked else { return nil }
        if let first = positionals.first, subcommands.contains(first) { return .subcommand(first) }
        return .root
    }
}
