import BizCore
import BizFormat
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Settings a user chooses for a session.
public struct Settings: Sendable {
    public var locale: OutputLocale = .en
    public var seed: UInt64 = 42
    public var samples: Int = 1000
    public var color: Bool = false
    /// Folders `write`s may go to besides the current directory.
    public var allowWrite: [String] = []
    /// Evaluation steps (calls and loop iterations) allowed; nil for no limit.
    public var maxSteps: Int? = nil
    public init() {}
}

/// A Biz session: cells, exchange rates, the value stack, and the settings.
/// One interpreter is one REPL session or one script run.
public final class Interpreter {
    public var settings: Settings
    let cells = CellTable()
    var globals: [String: Int] = [:]
    var rates = RateTable()
    /// The hidden cells of `rate` declarations, in order.
    var rateCells: [Int] = []
    var loadedModules: Set<String> = []
    let moduleLoader = ModuleLoader()
    /// Where `print`, `show` and expression results go.
    /// Written straight to the file descriptor, so it interleaves correctly
    /// with everything else the command prints.
    public var output: (String) -> Void = { FileHandleOut.write(1, $0) }
    /// Where expect failures go.
    public var errorOutput: (String) -> Void = { FileHandleOut.write(2, $0) }
    public internal(set) var expectPassed = 0
    public internal(set) var expectFailed = 0
    /// The last value printed (`_` in the REPL).
    public var lastResult: Value = .nothing
    /// The folder `use` looks in first.
    public var scriptFolder: String = "."
    /// Source text of every top-level statement that changed the session
    /// (definitions, rates, `use`, loops that assigned cells), in order, from
    /// successful REPL entries only: the REPL's `:save` writes it out as a
    /// script that rebuilds the session. Filled by `evaluateEntry`.
    public internal(set) var sessionLog: [String] = []

    // The value stack for function frames.
    static let stackCapacity = 1 << 18
    let stack: UnsafeMutablePointer<Value>
    var stackTop = 0
    var callDepth = 0
    static let maxCallDepth = 20_000
    var steps = 0

    /// Calls fail with "recursion is too deep" when the native stack pointer
    /// gets below this address (0: no check), so that deep recursion on a
    /// thread with an ordinary stack ends in a diagnostic, not a crash.
    /// Set for the calling thread by every public entry point.
    var nativeStackFloor: UInt = 0

    public init(settings: Settings = Settings(), loadPrelude: Bool = true) {
        self.settings = settings
        stack = .allocate(capacity: Interpreter.stackCapacity)
        if loadPrelude { loadPreludeModule() }
    }

    deinit { stack.deallocate() }

    // MARK: Frames

    /// Runs `body` with a fresh frame of `size` slots on the value stack.
    @inline(__always)
    func withFrame<T>(size: Int, span: SourceSpan, _ body: (UnsafeMutablePointer<Value>) throws(BizError) -> T) throws(BizError) -> T {
        guard stackTop + size <= Interpreter.stackCapacity, callDepth < Interpreter.maxCallDepth,
              NativeStack.pointer() > nativeStackFloor else {
            let limit = callDepth >= Interpreter.maxCallDepth ? "more than \(Interpreter.maxCallDepth)" : "\(callDepth)"
            throw BizError.at(span, "recursion is too deep (\(limit) nested calls)",
                              hint: "check that the recursion has a base case that is reached")
        }
        let base = stack + stackTop
        base.initialize(repeating: .nothing, count: size)
        stackTop += size
        callDepth += 1
        defer {
            base.deinitialize(count: size)
            stackTop -= size
            callDepth -= 1
        }
        return try body(base)
    }

    /// Called at every function call and loop iteration.
    @inline(__always)
    func tick(_ span: SourceSpan) throws(BizError) {
        if Interrupt.requested {
            Interrupt.clear()
            throw BizError.at(span, "interrupted")
        }
        if let max = settings.maxSteps {
            steps += 1
            if steps > max { throw BizError.at(span, "evaluation took more than \(max) steps", hint: "is there an endless loop?") }
        }
    }

    // MARK: Cells

    /// Reads a cell, recomputing it first if something it depends on changed.
    @inline(__always)
    func readCell(_ i: Int, _ span: SourceSpan) throws(BizError) -> Value {
        if cells.states[i] != 0 { try recompute(i, span) }
        return cells.values[i]
    }

    func recompute(_ i: Int, _ span: SourceSpan) throws(BizError) {
        if cells.states[i] == CellTable.State.computing.rawValue {
            throw BizError.at(span, "cycle: \(cells.names[i]) depends on itself")
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
        while let i = cells.dirtyList.popLast() {
            if cells.states[i] != 0 {
                do { try recompute(i, cells.formulas[i]?.span ?? .none) } catch {
                    cells.dirtyList.append(i)
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

    public var cellNames: [String] { Array(globals.keys) }

    // MARK: Transactions (a failed REPL line changes nothing)

    struct Snapshot {
        let globals: [String: Int]
        let rates: RateTable
        let rateCells: [Int]
        let modules: Set<String>
        let settings: Settings
    }

    func beginTransaction() -> Snapshot {
        cells.begin()
        return Snapshot(globals: globals, rates: rates, rateCells: rateCells, modules: loadedModules, settings: settings)
    }

    func commit(_ s: Snapshot) { cells.commit() }

    func rollback(_ s: Snapshot) {
        cells.rollback()
        globals = s.globals
        rates = s.rates
        rateCells = s.rateCells
        loadedModules = s.modules
        settings = s.settings
    }
}

/// The native stack of the current thread.
enum NativeStack {
    /// Roughly the current stack pointer: the address of a local.
    @inline(__always)
    static func pointer() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The address below which the interpreter refuses to recurse on this
    /// thread: the stack's low end plus a reserve (an eighth of the stack,
    /// at least 256 KiB) for the builtins, formatting and error reporting
    /// that run above the deepest call. 0 when the bounds are unknown.
    #if canImport(Glibc)
    private typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    private static let getAttributes: GetAttributes? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// The last stack looked up: (low, high, floor). Reading a thread's
    /// bounds parses /proc/self/maps on the main thread, so it is cached;
    /// the cache holds while the stack pointer lies within those bounds.
    private static let lastStack = Mutex<(UInt, UInt, UInt)>((0, 0, 0))

    static func floor() -> UInt {
        let sp = pointer()
        let cached = lastStack.withLock { $0 }
        if sp > cached.0, sp < cached.1 { return cached.2 }
        let (low, high, floor) = lookUp()
        lastStack.withLock { $0 = (low, high, floor) }
        return floor
    }

    private static func lookUp() -> (UInt, UInt, UInt) {
        #if canImport(Glibc)
        // pthread_getattr_np is a GNU extension the Glibc module does not
        // export; look it up once.
        guard let getattr = getAttributes else { return (0, 0, 0) }
        var attr = pthread_attr_t()
        guard getattr(pthread_self(), &attr) == 0 else { return (0, 0, 0) }
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &base, &size) == 0, let base, size > 0 else { return (0, 0, 0) }
        let low = UInt(bitPattern: base)
        let reserve = UInt(max(size / 8, 256 << 10))
        guard UInt(size) > reserve * 2 else { return (0, 0, 0) }
        return (low, low + UInt(size), low + reserve)
        #else
        return (0, 0, 0)
        #endif
    }
}

enum FileHandleOut {
    static func write(_ fd: Int32, _ s: String) {
        let bytes = Array(s.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}
