import BizCore
import BizFormat
#if canImport(Glibc)
import Glibc
#endif

/// Settings a user chooses for a session.
public struct Settings: Sendable {
    /// The interface language: messages, help, labels and how values print
    /// (LANGUAGE.md §1) — from `--locale`/`:locale`, else the environment.
    public var locale: OutputLocale = .en
    /// Whether `locale` came from the environment rather than `--locale`/`:locale`.
    public var localeFromEnvironment = false
    /// What a program computes — string interpolation, `str`, exported
    /// files — follows only an explicit locale, so a script computes the same
    /// strings on every machine.
    public var programLocale: OutputLocale { localeFromEnvironment ? .en : locale }
    public var seed: UInt64 = 42
    public var samples: Int = 1000
    /// How distributions draw their samples: Latin hypercube by default,
    /// `--sampling random` / `:sampling random` for plain independent draws.
    public var sampling: SamplingMethod = .latinHypercube
    /// The sampling method's name as `--sampling` and `:sampling` write it.
    public var samplingName: String { sampling.rawValue }
    /// Sets the sampling method from its name (`lhs` or `random`); false for any other.
    public mutating func setSampling(named name: String) -> Bool {
        guard let method = SamplingMethod(rawValue: name) else { return false }
        sampling = method
        return true
    }
    public var color: Bool = false
    /// Folders `write`s may go to besides the current directory.
    public var allowWrite: [String] = []
    /// Evaluation steps (calls and loop iterations) allowed; nil for no limit.
    public var maxSteps: Int? = nil
    /// The step limit of evaluations nobody watches (`biz lsp`, `biz serve`)
    /// when `--max-steps` is not given: they always have one.
    public static let backgroundMaxSteps = 20_000_000
    /// The memory budget in bytes (`--max-memory`); nil for the default
    /// (BizCore's `MemoryBudget`). Process-wide: the interpreter sets it.
    public var maxMemory: Int? = nil
    /// `--timeout`: seconds one evaluation may take (the command starts a
    /// `Deadline` for each); nil for no limit.
    public var timeout: Double? = nil
    /// False in an editor's background run (`biz lsp`, `biz watch`): `export`,
    /// `plot … to` and `report … to` check their destination but write nothing
    /// (`Interpreter.skippedWrites` lists what they would have written).
    public var writesFiles = true
    /// Whether long evaluations show a progress line on stderr
    /// (`ProgressLine`): the `biz` command sets it when stderr is a terminal.
    public var progress = false
    /// Whether functions over plain numbers get a numeric body
    /// (NumericFunction.swift). Off only in tests, which run a program both
    /// ways and compare what it printed and its errors.
    var numericBodies = true
    public init() {}
}

/// A Biz session: cells, exchange rates, the value stack, and the settings.
/// One interpreter is one REPL session or one script run.
public final class Interpreter {
    public var settings: Settings {
        didSet {
            machine.pointee.stepLimit = settings.maxSteps ?? .max
            machine.pointee.programLocale = settings.programLocale
            if settings.maxMemory != oldValue.maxMemory { MemoryBudget.setLimit(settings.maxMemory) }
        }
    }
    let cells = CellTable()
    /// Above 0 while `plot` evaluates its items: a tornado or sweep drawn as a chart prints no table.
    var quietWhatIfs = 0
    /// Set by a search's coarse scan over a Monte Carlo target: `simulate`
    /// runs only the first this many samples (docs/WHATIF.md, coarse to fine).
    var sampleLimit: Int?
    /// Monte Carlo `simulate` calls so far: a search tells from it whether
    /// its target runs one.
    var monteCarloRuns = 0
    /// Samples those calls ran, in all (what a search costs).
    var monteCarloSamples = 0
    var globals: [String: Int] = [:]
    /// Record shapes by their names (RecordShape.swift).
    var shapes: [[String]: Shape] = [:]
    var rates = RateTable()
    /// The hidden cells of `rate` declarations, in order.
    var rateCells: [Int] = []
    /// The kind of declaration each top-level name was last compiled as, so
    /// that `given smb.chrun = …` is a compile-time error (`biz check` too).
    var declarationKinds: [String: ModelObject.Kind] = [:]
    /// Each name's pair of hidden cells for frozen previous values (PreviousCells.swift).
    var previousCells: [String: PreviousCells] = [:]
    /// What-if inputs already checked for the unread note in this top-level statement.
    var notedSpans: Set<SourceSpan> = []
    var loadedModules: Set<String> = []
    let moduleLoader = ModuleLoader()
    /// Where `print`, `show` and expression results go.
    /// Written straight to the file descriptor, so it interleaves correctly
    /// with everything else the command prints.
    public var output: (String) -> Void {
        get { let write = outputSink, line = progressLine; return { line.clear(); write($0) } }
        set { outputSink = newValue }
    }
    /// Where expect failures go.
    public var errorOutput: (String) -> Void {
        get { let write = errorSink, line = progressLine; return { line.clear(); write($0) } }
        set { errorSink = newValue }
    }
    private var outputSink: (String) -> Void = { writeAll(1, $0) }
    private var errorSink: (String) -> Void = { writeAll(2, $0) }
    /// The progress line of long evaluations (erased before any output above).
    let progressLine = ProgressLine()
    public internal(set) var expectPassed = 0
    public internal(set) var expectFailed = 0
    /// The folder `use` looks in first.
    public var scriptFolder: String = "."
    /// Source text of every top-level statement that changed the session
    /// (definitions, rates, `use`, loops that assigned cells), in order, from
    /// successful REPL entries only: the REPL's `:save` writes it out as a
    /// script that rebuilds the session. Filled by `evaluateEntry`.
    public internal(set) var sessionLog: [String] = []
    /// Files not written because `settings.writesFiles` is false, in order.
    public internal(set) var skippedWrites: [String] = []
    /// A host that draws (`biz serve`): gets the SVG of every `plot` without
    /// a destination, besides the terminal chart in `output`.
    public var chartOutput: ((String) -> Void)?
    /// A host that offers downloads (`biz serve`): gets the bytes of each
    /// write skipped because `settings.writesFiles` is false.
    public var skippedWriteOutput: ((String, [UInt8]) -> Void)?

    // The value stack for function frames.
    static let stackCapacity = 1 << 18
    static let maxCallDepth = 20_000
    /// The state every call and loop iteration touches (see `Machine`).
    let machine: UnsafeMutablePointer<Machine>
    var stack: UnsafeMutablePointer<Value> { machine.pointee.stack }
    /// Calls fail with "recursion is too deep" when the native stack pointer
    /// gets below this address (0: no check), so that deep recursion on a
    /// thread with an ordinary stack ends in a diagnostic, not a crash.
    /// Set for the calling thread by every public entry point.
    var nativeStackFloor: UInt {
        get { machine.pointee.nativeStackFloor }
        set { machine.pointee.nativeStackFloor = newValue }
    }

    public init(settings: Settings = Settings(), loadPrelude: Bool = true) {
        self.settings = settings
        MemoryBudget.setLimit(settings.maxMemory)
        machine = .allocate(capacity: 1)
        machine.initialize(to: Machine(stack: .allocate(capacity: Interpreter.stackCapacity),
                                       numbers: .allocate(capacity: Interpreter.stackCapacity),
                                       stepLimit: settings.maxSteps ?? .max))
        machine.pointee.programLocale = settings.programLocale
        if loadPrelude { loadPreludeModule() }
    }

    deinit {
        machine.pointee.stack.deallocate()
        machine.pointee.numbers.deallocate()
        machine.deinitialize(count: 1)
        machine.deallocate()
    }

    // MARK: Frames

    /// Runs `body` with a fresh frame of `size` slots on the value stack.
    @inline(__always)
    func withFrame<T>(size: Int, span: SourceSpan, _ body: (UnsafeMutablePointer<Value>) throws(BizError) -> T) throws(BizError) -> T {
        try machine.withFrame(size: size, span: span, body)
    }

    /// Called at every function call and loop iteration.
    @inline(__always)
    func tick(_ span: SourceSpan) throws(BizError) { try machine.tick(span) }

    // MARK: Cells

    /// Reads a cell, recomputing it first if something it depends on changed.
    @inline(__always)
    func readCell(_ i: Int, _ span: SourceSpan) throws(BizError) -> Value {
        if cells.states[i] != 0 { try recompute(i, span) }
        return cells.values[i]
    }

    func recompute(_ i: Int, _ span: SourceSpan) throws(BizError) {
        if cells.states[i] == CellTable.State.computing.rawValue {
            throw BizError.at(span, Message(RuntimeText.cycleSelf, cells.names[i]))
        }
        guard let f = cells.formulas[i] else { cells.setState(i, .clean); return }
        cells.setState(i, .computing)
        do {
            let v = try withFrame(size: f.frameSize, span: f.span) { (frame) throws(BizError) in try f.code(frame) }
            cells.store(i, v)
        } catch {
            cells.setState(i, .dirty)
            throw error
        }
    }

    /// Recomputes every dirty cell, so that errors show when a change is made.
    func settle() throws(BizError) {
        // Conversions read the rate table, not the rate cells: a rate that
        // moved must reach the table before any formula that converts.
        for r in rateCells where cells.states[r] != 0 { try recompute(r, cells.formulas[r]?.span ?? .none) }
        // In the order the cells went dirty, which follows the dependencies
        // out from the change: in a chain `c2 = c1 + 1`, … each recompute
        // reads a cell already recomputed, instead of the last one
        // recursing through all 10,000 before it.
        while !cells.dirtyList.isEmpty {
            let pending = cells.dirtyList
            cells.dirtyList = []
            for (k, i) in pending.enumerated() where cells.states[i] != 0 {
                do { try recompute(i, cells.formulas[i]?.span ?? .none) } catch {
                    cells.dirtyList = Array(pending[k...]) + cells.dirtyList
                    throw error
                }
            }
        }
    }

    /// The value of a top-level name, or nil.
    public func value(of name: String) -> Value? {
        guard let i = globals[name], cells.defined[i] else { return nil }
        nativeStackFloor = NativeStack.floor()
        return try? readCell(i, .none)
    }

    /// Every visible cell with its value, in definition order.
    public func visibleCells() -> [(name: String, value: Value)] {
        var out: [(String, Value)] = []
        nativeStackFloor = NativeStack.floor()
        for (name, i) in globals.sorted(by: { $0.value < $1.value }) where cells.defined[i] && !cells.hidden[i] {
            if let v = try? readCell(i, .none) { out.append((name, v)) }
        }
        return out
    }

    // MARK: Transactions (a failed REPL line changes nothing)

    struct Snapshot {
        let globals: [String: Int]
        let rates: RateTable
        let rateCells: [Int]
        let modules: Set<String>
        let settings: Settings
        let declarationKinds: [String: ModelObject.Kind]
        let previousCells: [String: PreviousCells]
    }

    func beginTransaction() -> Snapshot {
        cells.begin()
        return Snapshot(globals: globals, rates: rates, rateCells: rateCells, modules: loadedModules, settings: settings,
                        declarationKinds: declarationKinds, previousCells: previousCells)
    }

    func commit(_ s: Snapshot) { cells.commit() }

    func rollback(_ s: Snapshot) {
        cells.rollback()
        globals = s.globals
        rates = s.rates
        rateCells = s.rateCells
        loadedModules = s.modules
        settings = s.settings
        declarationKinds = s.declarationKinds
        previousCells = s.previousCells
    }
}
