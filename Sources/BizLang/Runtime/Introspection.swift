/// Read-only views of a session for tools around the language (the REPL's
/// completion, `:cells`, `:help`, `:save`). Nothing here evaluates user code:
/// Tab must never run a formula, call a function or touch the session.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    /// A top-level name a user can refer to.
    public struct NameInfo: Sendable {
        public let name: String
        public let isFunction: Bool
        /// Parameter names, for functions (named-argument completion).
        public let parameters: [String]
    }

    /// The session's visible cells (hidden ones, like `_` and frozen
    /// previous values, left out), in definition order. Values are the
    /// cached ones: a dirty cell is not recomputed.
    public var userNames: [NameInfo] {
        globals.sorted { $0.value < $1.value }.compactMap { name, i -> NameInfo? in
            guard cells.defined[i], !cells.hidden[i] else { return nil }
            return Self.info(name, cells.values[i])
        }
    }

    /// The builtins this session can call: the finance library's too once
    /// `use finance` has loaded it (for completion).
    public var visibleBuiltinNames: [NameInfo] {
        guard loadedModules.contains("finance") else { return Self.builtinNames }
        let finance = Builtins.financeTable.keys.sorted().compactMap { name in Builtins.financeTable[name].map { Self.info(name, .builtin($0)) } }
        return (Self.builtinNames + finance).sorted { $0.name < $1.name }
    }

    /// The builtins of the finance library (`use finance`), sorted.
    public static var financeLibraryNames: [String] { Builtins.financeTable.keys.sorted() }

    /// The builtins that stand in for the prelude's formulas (runway, cagr, breakeven_units).
    public static var preludeBuiltinNames: [String] { Builtins.businessBasics.map(\.name).sorted() }

    /// Whether a top-level name is a function of the standard library
    /// (stdlib/*.biz), not one the user defined.
    public func isStandardLibraryFunction(_ name: String) -> Bool {
        guard let i = globals[name], cells.defined[i], case .function(let c) = cells.values[i].unboxed else { return false }
        return c.code.span.file?.name.hasPrefix("stdlib/") == true
    }

    /// Every builtin function, sorted by name.
    public static var builtinNames: [NameInfo] {
        Builtins.table.keys.sorted().compactMap { name in Builtins.table[name].map { info(name, .builtin($0)) } }
    }

    private static func info(_ name: String, _ value: Value) -> NameInfo {
        switch value.unboxed {
        case .function(let c): return NameInfo(name: name, isFunction: true, parameters: c.code.params.map(\.name))
        case .builtin(let b): return NameInfo(name: name, isFunction: true, parameters: b.params)
        default: return NameInfo(name: name, isFunction: false, parameters: [])
        }
    }

    /// The cached value of a top-level name, without recomputing it: nil
    /// when the name is unknown or its cell is waiting to be recomputed.
    public func cachedValue(of name: String) -> Value? {
        guard let i = globals[name], cells.defined[i], cells.states[i] == CellTable.State.clean.rawValue else {
            return Builtins.table[name].map { .builtin($0) }
        }
        return cells.values[i].unboxed
    }

    /// The names `value.NAME` accepts. Must follow `member(_:_:_:)` in
    /// Members.swift.
    public static func fieldNames(of value: Value) -> [String] {
        switch value.unboxed {
        case .record(let r): return r.names
        case .range: return ["lo", "hi", "mid", "width"]
        case .series: return ["first", "last", "sum", "total", "min", "max", "mean", "months", "values"]
        case .dist: return ["mean", "sd", "median", "p5", "p95"]
        case .list: return ["first", "last", "len", "count"]
        case .object(let o): return ["name"] + o.fields.names
        case .str: return ["len"]
        default: return []
        }
    }

    /// `value.name` when it is a stored field (records, model objects and
    /// runs): never computes anything. Nil otherwise.
    public static func storedField(_ name: String, of value: Value) -> Value? {
        switch value.unboxed {
        case .record(let r): return r[name]
        case .object(let o): return name == "name" ? .str(o.name) : o.fields[name]
        default: return nil
        }
    }

    /// Modules `use` can load from here: `.biz` files in the script folder
    /// and the embedded standard library, sorted, without `prelude`.
    public var availableModules: [String] {
        var names = Set(ModuleLoader.embeddedNames)
        names.remove("prelude")
        for file in Self.filesEnding(in: ".biz", folder: scriptFolder) {
            names.insert(String(file.dropLast(4)))
        }
        return names.sorted()
    }

    /// Names of the files in `folder` ending in `suffix`, sorted; hidden
    /// files left out.
    static func filesEnding(in suffix: String, folder: String) -> [String] {
        directoryEntries(folder).filter { $0.hasSuffix(suffix) && $0.count > suffix.count }
    }

    /// The closest of `candidates` to a misspelt `name`, for did-you-mean.
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        closest(to: name, among: candidates)
    }
}

extension Interpreter {
    /// Appends to `sessionLog` the text of the statements (by span) that
    /// changed the session. Statements that came from a module `use` loaded
    /// are logged as that `use` line, once.
    func logChanges(_ spans: [SourceSpan], of file: SourceFile) {
        var lastModule: String?
        for span in spans {
            guard let source = span.file else { continue }
            if source === file {
                sessionLog.append(file.slice(span))
                lastModule = nil
                continue
            }
            var module = Substring(source.name.split(separator: "/").last ?? "")
            if module.hasSuffix(".biz") { module = module.dropLast(4) }
            if String(module) != lastModule {
                sessionLog.append("use \(module)")
                lastModule = String(module)
            }
        }
    }
}
