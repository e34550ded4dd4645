/// Functions over plain numbers, run speculatively on unboxed doubles.
///
/// A function whose body is arithmetic, comparisons, `if` and calls of
/// top-level functions on its parameters and number literals (`fib`) gets a
/// second body besides its general one (CompileNumericFunction.swift): a tree
/// of closures that take a frame of doubles and return a double. Its calls of
/// other such functions go straight to their numeric bodies, with double
/// arguments on a stack of doubles beside the value stack, no `Value` built
/// and no error of 90 bytes returned through memory on the way out.
///
/// The numeric body runs only when every argument is a plain number (not a
/// count, no unit); anything else takes the general body. Inside it, what it
/// cannot do as the general body would (a callee cell that does not hold such
/// a function, an arithmetic result that is not a plain number) makes it
/// *deoptimize*: the whole numeric evaluation is abandoned at the outermost
/// numeric entry, which puts the step count back and runs the general body
/// from the start. That is sound because a numeric body has no effects: it
/// assigns nothing, prints nothing, allocates nothing; its only traces are
/// the step count (restored), the frames (popped as the deoptimization
/// unwinds) and errors — which it gives exactly as the general body does, at
/// the same step and the same source location, because it evaluates in the
/// same order and counts steps and depth at the same calls. A function that
/// deoptimized once keeps to its general body, so no work is repeated twice.

/// Numeric code: evaluates against a frame of doubles (see above).
typealias NumCode = (UnsafeMutablePointer<Double>) throws(NumericExit) -> Double

/// A numeric condition: the Bool of a comparison of doubles.
typealias NumCondition = (UnsafeMutablePointer<Double>) throws(NumericExit) -> Bool

/// How numeric code leaves early: an error of the general path to report, or
/// nil to deoptimize. A class, so that what numeric closures return on the
/// error path is one pointer.
final class NumericExit: Error {
    let error: BizError?
    init(_ error: BizError?) { self.error = error }
    static let deoptimize = NumericExit(nil)
}

/// The numeric body of a compiled function (see above).
final class NumericFunction: @unchecked Sendable {
    let body: NumCode
    let arity: Int
    /// The function's frame size: a numeric call takes as much of the value
    /// stack as the general one, so the stack limit falls at the same depth.
    let frameSize: Int
    /// False once the function deoptimized: it runs its general body only.
    var enabled = true

    init(body: @escaping NumCode, arity: Int, frameSize: Int) {
        self.body = body
        self.arity = arity
        self.frameSize = frameSize
    }
}

extension UnsafeMutablePointer where Pointee == Machine {
    /// Calls the numeric body `callee` with the arguments `fill` writes: the
    /// same step and depth checks, at the same span, as `invokeSimple`.
    /// Neither the function nor its body's context is retained: the cell
    /// that holds the function cannot change while a numeric body runs (it
    /// assigns nothing), and a retain and release were a sixth of a call.
    @inline(__always)
    func callNumeric(_ callee: Unmanaged<NumericFunction>, _ span: SourceSpan,
                     _ fill: (UnsafeMutablePointer<Double>) -> Void) throws(NumericExit) -> Double {
        pointee.steps &+= 1
        if pointee.steps > pointee.stepLimit || Interrupt.requested { try numericStopped(span) }
        let top = pointee.stackTop
        let size = callee._withUnsafeGuaranteedRef { $0.frameSize }
        guard top + size <= Interpreter.stackCapacity, pointee.callDepth < Interpreter.maxCallDepth,
              NativeStack.pointer() > pointee.nativeStackFloor else {
            throw NumericExit(tooDeep(span))
        }
        pointee.stackTop = top + size
        pointee.callDepth += 1
        defer {
            pointee.stackTop = top
            pointee.callDepth -= 1
        }
        let frame = pointee.numbers + top
        fill(frame)
        var exit: NumericExit?
        let result = callee._withUnsafeGuaranteedRef { nf -> Double in
            do throws(NumericExit) { return try nf.body(frame) } catch {
                exit = error
                return 0
            }
        }
        if let exit { throw exit }
        return result
    }

    @inline(never)
    func numericStopped(_ span: SourceSpan) throws(NumericExit) {
        do throws(BizError) { try stopped(span) } catch { throw NumericExit(error) }
    }

    /// Runs `nf` on the arguments already in the value frame `f` (all plain
    /// numbers, checked by the caller), or, if it deoptimizes, `general`.
    @inline(never)
    func enterNumeric(_ nf: NumericFunction, _ f: UnsafeMutablePointer<Value>, _ frame: UnsafeMutablePointer<Double>,
                      _ general: Code) throws(BizError) -> Value {
        let steps = pointee.steps
        do throws(NumericExit) {
            return .num(try nf.body(frame), .number)
        } catch {
            if let e = error.error { throw e }
            nf.enabled = false
            pointee.steps = steps
            return try general(f)
        }
    }
}

/// The general body of a function that has a numeric one: the numeric body
/// when every argument is a plain number, else (or after a deoptimization)
/// `general`. The frame of doubles lies beside the value frame, at the same
/// index of the stack of doubles.
func numericEntry(_ nf: NumericFunction, _ general: @escaping Code, _ m: UnsafeMutablePointer<Machine>) -> Code {
    switch nf.arity {
    case 1:
        return { f throws(BizError) in
            guard nf.enabled, case .num(let x, let d) = f[0], d.isExactNumber else { return try general(f) }
            let frame = m.pointee.numbers + (f - m.pointee.stack)
            frame[0] = x
            return try m.enterNumeric(nf, f, frame, general)
        }
    case 2:
        return { f throws(BizError) in
            guard nf.enabled, case .num(let x, let dx) = f[0], dx.isExactNumber,
                  case .num(let y, let dy) = f[1], dy.isExactNumber else { return try general(f) }
            let frame = m.pointee.numbers + (f - m.pointee.stack)
            frame[0] = x
            frame[1] = y
            return try m.enterNumeric(nf, f, frame, general)
        }
    default:
        let arity = nf.arity
        return { f throws(BizError) in
            guard nf.enabled else { return try general(f) }
            let frame = m.pointee.numbers + (f - m.pointee.stack)
            for i in 0..<arity {
                guard case .num(let x, let d) = f[i], d.isExactNumber else { return try general(f) }
                frame[i] = x
            }
            return try m.enterNumeric(nf, f, frame, general)
        }
    }
}

/// The numeric function the cell holds, if a call with `argc` arguments may
/// go straight to its numeric body: the cell is up to date and holds a
/// function with a numeric body of that arity that has not deoptimized.
@inline(__always)
func numericCallee(_ states: UnsafeMutablePointer<UInt8>, _ values: UnsafeMutablePointer<Value>, _ cell: Int,
                   _ argc: Int) -> Unmanaged<NumericFunction>? {
    guard states[cell] == 0, case .function(let c) = values[cell], let nf = c.code.numeric,
          nf.arity == argc, nf.enabled else { return nil }
    return Unmanaged.passUnretained(nf)
}

/// Arithmetic the numeric path leaves to the general one (a division by
/// zero, a result that is not finite): its error, or its result if that is
/// a plain number, else a deoptimization.
@inline(never)
func numericSlow(_ rt: Interpreter, _ op: BinaryOp, _ p: Double, _ q: Double, _ sa: SourceSpan, _ sb: SourceSpan,
                 _ span: SourceSpan) throws(NumericExit) -> Double {
    let v: Value
    do throws(BizError) { v = try rt.binary(op, .num(p, .number), .num(q, .number), sa, sb, span) } catch { throw NumericExit(error) }
    guard case .num(let r, let d) = v, d.isExactNumber else { throw NumericExit.deoptimize }
    return r
}
