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
    public var settings: Settings {
        didSet { machine.pointee.stepLimit = settings.maxSteps ?? .max }
    }
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
    public var output: (String) -> Void = { writeAll(1, $0) }
    /// Where expect failures go.
    public var errorOutput: (String) -> Void = { writeAll(2, $0) }
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
    static let maxCallDepth = 20_000
    /// The state every call and loop iteration touches (see `Machine`).
    let machine: UnsafeMutablePointer<Machine>
    var stack: UnsafeMutablePointer<Value> { machine.pointee.stack }
    var stackTop: Int { machine.pointee.stackTop }
    var callDepth: Int { machine.pointee.callDepth }
    var steps: Int { machine.pointee.steps }
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
        machine = .allocate(capacity: 1)
        machine.initialize(to: Machine(stack: .allocate(capacity: Interpreter.stackCapacity),
                                       stepLimit: settings.maxSteps ?? .max))
        if loadPrelude { loadPreludeModule() }
    }

    deinit {
        machine.pointee.stack.deallocate()
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

/// The interpreter state that compiled code touches on every call and loop
/// iteration: the value stack, call depth and step count. Compiled closures
/// capture a pointer to it rather than the interpreter, so that using it
/// costs no reference counting and no exclusivity checks.
struct Machine {
    let stack: UnsafeMutablePointer<Value>
    var stackTop = 0
    var callDepth = 0
    var steps = 0
    /// `settings.maxSteps`, or Int.max for no limit.
    var stepLimit: Int
    var nativeStackFloor: UInt = 0

    init(stack: UnsafeMutablePointer<Value>, stepLimit: Int) {
        self.stack = stack
        self.stepLimit = stepLimit
    }
}

extension UnsafeMutablePointer where Pointee == Machine {
    /// Runs `body` with a fresh frame of `size` slots on the value stack.
    @inline(__always)
    func withFrame<T>(size: Int, span: SourceSpan, _ body: (UnsafeMutablePointer<Value>) throws(BizError) -> T) throws(BizError) -> T {
        let base = try push(size, span)
        for i in 0..<size { (base + i).initialize(to: .nothing) }
        defer { pop(base, size) }
        return try body(base)
    }

    /// Reserves a frame of `size` uninitialised slots.
    @inline(__always)
    func push(_ size: Int, _ span: SourceSpan) throws(BizError) -> UnsafeMutablePointer<Value> {
        guard pointee.stackTop + size <= Interpreter.stackCapacity, pointee.callDepth < Interpreter.maxCallDepth,
              NativeStack.pointer() > pointee.nativeStackFloor else {
            throw tooDeep(span)
        }
        let base = pointee.stack + pointee.stackTop
        pointee.stackTop += size
        pointee.callDepth += 1
        return base
    }

    /// Destroys and releases the frame at the top of the stack.
    @inline(__always)
    func pop(_ base: UnsafeMutablePointer<Value>, _ size: Int) {
        // One by one: deinitialize(count:) goes through the runtime.
        for i in 0..<size { _ = (base + i).move() }
        pointee.stackTop -= size
        pointee.callDepth -= 1
    }

    @inline(never)
    func tooDeep(_ span: SourceSpan) -> BizError {
        let depth = pointee.callDepth
        let limit = depth >= Interpreter.maxCallDepth ? "more than \(Interpreter.maxCallDepth)" : "\(depth)"
        return BizError.at(span, "recursion is too deep (\(limit) nested calls)",
                           hint: "check that the recursion has a base case that is reached")
    }

    /// Called at every function call and loop iteration.
    @inline(__always)
    func tick(_ span: SourceSpan) throws(BizError) {
        pointee.steps &+= 1
        if pointee.steps > pointee.stepLimit || Interrupt.requested { try stopped(span) }
    }

    /// Why `tick` stops: Ctrl-C, or the step limit.
    @inline(never)
    func stopped(_ span: SourceSpan) throws(BizError) {
        if Interrupt.requested {
            Interrupt.clear()
            throw BizError.at(span, "interrupted")
        }
        if pointee.steps > pointee.stepLimit {
            throw BizError.at(span, "evaluation took more than \(pointee.stepLimit) steps", hint: "is there an endless loop?")
        }
    }

    /// Calls a function that takes exactly `argc` (≤ 3) arguments, all
    /// given by position, and captures nothing: the common case, with no
    /// argument arrays, defaults or named-argument matching.
    @inline(__always)
    func invokeSimple(_ cf: CompiledFunction, _ argc: Int, _ a0: consuming Value, _ a1: consuming Value, _ a2: consuming Value,
                      _ span: SourceSpan) throws(BizError) -> Value {
        try tick(span)
        let size = cf.frameSize
        let base = try push(size, span)
        if argc > 0 { base.initialize(to: a0) }
        if argc > 1 { (base + 1).initialize(to: a1) }
        if argc > 2 { (base + 2).initialize(to: a2) }
        for i in argc..<Swift.max(argc, size) { (base + i).initialize(to: .nothing) }
        defer { pop(base, size) }
        do throws(BizError) { return try cf.body(base) } catch {
            if case .returning(let v) = error { return v }
            throw error
        }
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

/// Writes all of a string to a file descriptor, unbuffered.
public func writeAll(_ fd: Int32, _ s: String) {
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
