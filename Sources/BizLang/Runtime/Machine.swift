import BizFormat

/// The interpreter state that compiled code touches on every call and loop
/// iteration: the value stack, call depth and step count. Compiled closures
/// capture a pointer to it rather than the interpreter, so that using it
/// costs no reference counting and no exclusivity checks.
struct Machine {
    let stack: UnsafeMutablePointer<Value>
    /// Beside `stack`, slot for slot: the frames of numeric bodies
    /// (NumericFunction.swift), which take their share of `stack` uninitialised.
    let numbers: UnsafeMutablePointer<Double>
    var stackTop = 0
    var callDepth = 0
    var steps = 0
    /// `settings.maxSteps`, or Int.max for no limit.
    var stepLimit: Int
    var nativeStackFloor: UInt = 0
    /// `settings.programLocale`, for string interpolation: reading the
    /// settings copies them (their arrays retained) on every piece.
    var programLocale: OutputLocale = .en

    init(stack: UnsafeMutablePointer<Value>, numbers: UnsafeMutablePointer<Double>, stepLimit: Int) {
        self.stack = stack
        self.numbers = numbers
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
        // One by one: deinitialize(count:) goes through the runtime. A number,
        // a bool or nothing holds no reference: its tag is all that is read
        // (no call of Value's outlined destroy for a frame of numbers).
        for i in 0..<size where !holdsNoReference(base + i) { _ = (base + i).move() }
        pointee.stackTop -= size
        pointee.callDepth -= 1
    }

    @inline(never)
    func tooDeep(_ span: SourceSpan) -> BizError {
        let depth = pointee.callDepth
        let limit = depth >= Interpreter.maxCallDepth ? Message(RuntimeText.moreThan, String(Interpreter.maxCallDepth)) : .verbatim("\(depth)")
        return BizError.at(span, Message(RuntimeText.recursionTooDeep, limit), hint: Message(RuntimeText.baseCase))
    }

    /// Called at every function call and loop iteration.
    @inline(__always)
    func tick(_ span: SourceSpan) throws(BizError) {
        pointee.steps &+= 1
        if pointee.steps > pointee.stepLimit || Interrupt.requested { try stopped(span) }
    }

    /// Why `tick` stops: a requested stop (Ctrl-C, see `Interrupt`), or the
    /// step limit. Every stop check ends here (`Interpreter.checkStop`).
    @inline(never)
    func stopped(_ span: SourceSpan) throws(BizError) {
        var error: BizError?
        if let reason = Interrupt.reason {
            Interrupt.clear()
            switch reason {
            case .interrupt: error = BizError.at(span, Message(RuntimeText.interrupted))
            case .timeout: error = BizError.at(span, Message(LimitText.timeout, Deadline.armedSeconds), hint: Message(LimitText.timeoutHint))
            }
        } else if pointee.steps > pointee.stepLimit {
            error = BizError.at(span, Message(RuntimeText.stepLimit, String(pointee.stepLimit)), hint: Message(RuntimeText.endlessLoop))
        }
        if case .failure(var d) = error {
            d.stopsEvaluation = true
            throw .failure(d)
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

/// Drops a statement's value (a loop body's, all but a block's last): a
/// number, a bool or nothing — what statements mostly give — is dropped
/// by its tag, without a call of Value's outlined destroy.
@inline(__always)
func discard(_ v: consuming Value) {
    switch v {
    case .num, .bool, .nothing: return
    default: _ = consume v
    }
}

/// A number, a bool or nothing: a slot that can be overwritten or left
/// with no destroying first (`pop`, the fused stores; not a box, which a
/// captured variable needs kept).
@inline(__always)
func holdsNoReference(_ slot: UnsafeMutablePointer<Value>) -> Bool {
    switch slot.pointee {
    case .num, .bool, .nothing: return true
    default: return false
    }
}
