/// `prob(d OP c)` for a distribution that has its form and a constant c is
/// exact (LANGUAGE.md v1.1 §6): the condition's samples stay (arithmetic on
/// them keeps correlation), and its probability comes from the form's CDF.
extension Interpreter {
    /// `result` (the sample-wise condition) with its exact probability when
    /// `d` has a form and the operator compares; otherwise `result` as is.
    /// `distOnLeft` says whether the condition reads `d OP c` or `c OP d`.
    func withExactProbability(_ result: Value, _ op: BinaryOp, _ d: SampleSet, _ c: Double, _ dc: Dim, distOnLeft: Bool) -> Value {
        guard case .dist(let r) = result, r.isBool, let form = d.form, form.sd > 0,
              let (_, threshold) = try? comparable(0, d.dim, c, dc) else { return result }
        // c OP d is d OP' c with the comparison turned round.
        let facing: BinaryOp
        switch (op, distOnLeft) {
        case (.lt, false): facing = .gt
        case (.le, false): facing = .ge
        case (.gt, false): facing = .lt
        case (.ge, false): facing = .le
        default: facing = op
        }
        // Every form is continuous (a point mass has sd 0): P(d = c) is 0.
        let below = form.cdf(threshold)
        let p: Double
        switch facing {
        case .lt, .le: p = below
        case .gt, .ge: p = 1 - below
        case .eq: p = 0
        case .ne: p = 1
        default: return result
        }
        return .dist(SampleSet(samples: r.samples, dim: r.dim, isBool: true, probability: min(max(p, 0), 1)))
    }
}
