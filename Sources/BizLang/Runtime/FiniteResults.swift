/// No ∞ or NaN as an answer (issue 16 item 5). Plain arithmetic already
/// stops at the operator (`the result is too large`); a builtin's result
/// (`sum`, `mean`, `round`, `sd`, `exp` of a distribution, a distribution's
/// samples), a conversion (`in USD` through a tiny rate) and the engine's
/// months (CoreError.Problem.overflowed) stop the same way, at the call,
/// naming the operation.
extension Interpreter {
    /// `v` unless it holds a number that is not finite: a scalar, a
    /// distribution's samples, or a number in a list (one level deep).
    /// `forever`, the infinite duration, is a value, not an overflow.
    @inline(__always)
    func finiteResult(_ v: Value, of operation: String, _ span: SourceSpan) throws(BizError) -> Value {
        switch v {
        case .num(let x, let d):
            if x.isFinite || (x == .infinity && d == .duration) { return v }
            throw notFinite(x, operation, span)
        case .dist(let s):
            if let bad = s.samples.first(where: { !$0.isFinite }) { throw notFinite(bad, operation, span) }
        case .list(let items):
            for case .num(let x, let d) in items where !x.isFinite && !(x == .infinity && d == .duration) {
                throw notFinite(x, operation, span)
            }
        default:
            break
        }
        return v
    }

    @inline(never)
    func notFinite(_ x: Double, _ operation: String, _ span: SourceSpan) -> BizError {
        BizError.at(span, Message(x.isNaN ? RuntimeText.resultOfNotANumber : RuntimeText.resultOfTooLarge, operation))
    }
}
