/// Arithmetic of a list or a range with a single number, quantity,
/// distribution or series, element by element
/// (LANGUAGE.md §4: lists and ranges follow the scalar rules element-wise,
/// with the operand's typedness): `[100, 200] - 10%` is `[90, 180]`,
/// `(80..120 RUB) * 2` is `160..240 RUB`. Two lists concatenate with `+`
/// and are not otherwise combined; two ranges are not combined.
extension Interpreter {
    static func isElementWise(_ op: BinaryOp) -> Bool {
        switch op {
        case .add, .sub, .mul, .div, .pow, .of: return true
        default: return false
        }
    }

    /// nil when neither side is a list or a range with a single value.
    func elementWise(_ op: BinaryOp, _ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan,
                     typedPercent t: Bool) throws(BizError) -> Value? {
        guard Interpreter.isElementWise(op) else { return nil }
        switch (x, y) {
        case (.list, .list), (.range, .range), (.list, .range), (.range, .list):
            return nil
        case (.list(let xs), _) where y.isArithmetic:
            var done: [UnsafeRawPointer: Value] = [:]
            return try eachItem(xs, &done, span) { (v) throws(BizError) in try binary(op, v, y, sa, sb, span, typedPercent: t) }
        case (_, .list(let ys)) where x.isArithmetic:
            var done: [UnsafeRawPointer: Value] = [:]
            return try eachItem(ys, &done, span) { (v) throws(BizError) in try binary(op, x, v, sa, sb, span, typedPercent: t) }
        case (.range(let r), .num):
            return try rangeFrom(binary(op, .num(r.lo, r.dim), y, sa, sb, span, typedPercent: t),
                                 binary(op, .num(r.hi, r.dim), y, sa, sb, span, typedPercent: t), span)
        case (.num, .range(let r)):
            return try rangeFrom(binary(op, x, .num(r.lo, r.dim), sa, sb, span, typedPercent: t),
                                 binary(op, x, .num(r.hi, r.dim), sa, sb, span, typedPercent: t), span)
        default:
            return nil
        }
    }

    /// `f` of every item, through nested lists (what `binary` does with a
    /// list item). A list storage met before maps to the result it gave:
    /// values can share structure (`xs = [xs, xs]` sixty times is 2^60
    /// items), and so does the result, built in time linear in the distinct
    /// lists. Ctrl-C stops a long one.
    private func eachItem(_ xs: [Value], _ done: inout [UnsafeRawPointer: Value], _ span: SourceSpan,
                          _ f: (Value) throws(BizError) -> Value) throws(BizError) -> Value {
        let key = xs.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
        if let key, let result = done[key] { return result }
        try checkStop(span)
        try reserveList(growingTo: xs.count, from: 0, span)
        var out: [Value] = []
        out.reserveCapacity(xs.count)
        for v in xs {
            if case .list(let inner) = v { out.append(try eachItem(inner, &done, span, f)) } else { out.append(try f(v)) }
        }
        let result = Value.list(out)
        if let key { done[key] = result }
        return result
    }

    /// The range between two computed ends, lower first (`-(1..2)` style
    /// results keep lo ≤ hi).
    private func rangeFrom(_ a: Value, _ b: Value, _ span: SourceSpan) throws(BizError) -> Value {
        guard case .num(let lo, let d) = a, case .num(let hi, _) = b else {
            throw BizError.at(span, Message(RuntimeText.rangeEndsSingle))
        }
        return .range(RangeValue(lo: min(lo, hi), hi: max(lo, hi), dim: d))
    }
}

private extension Value {
    /// A single value lists combine with: a number or quantity, a
    /// distribution or a series (anything else keeps the plain type error).
    var isArithmetic: Bool {
        switch self {
        case .num, .dist, .series: return true
        default: return false
        }
    }
}
