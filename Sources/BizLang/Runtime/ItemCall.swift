/// A function that a builtin calls once per item (`map`, `filter`,
/// `reduce`): when it takes exactly that many arguments by position, its
/// code is taken out of the value once, and every item goes through the
/// fast call (Machine.invokeSimple) with no copy of the closure and the
/// call's span; anything else goes through `apply`, as before.
struct ItemCall {
    private let fn: Value
    private let code: CompiledFunction?
    private let machine: UnsafeMutablePointer<Machine>
    private unowned(unsafe) let rt: Interpreter
    private let span: SourceSpan

    init(_ fn: Value, arity: Int, _ rt: Interpreter, _ span: SourceSpan) {
        self.fn = fn
        if case .function(let c) = fn, c.code.simpleArity == arity { code = c.code } else { code = nil }
        machine = rt.machine
        self.rt = rt
        self.span = span
    }

    @inline(__always)
    func callAsFunction(_ x: Value) throws(BizError) -> Value {
        if let code { return try machine.invokeSimple(code, 1, x, .nothing, .nothing, span) }
        return try rt.apply(fn, x, span)
    }

    @inline(__always)
    func callAsFunction(_ x: Value, _ y: Value) throws(BizError) -> Value {
        if let code { return try machine.invokeSimple(code, 2, x, y, .nothing, span) }
        return try rt.apply(fn, x, y, span)
    }
}
