/// `goal TARGET = VALUE by CELL in lo..hi` (docs/WHATIF.md): scan the whole
/// range, refine every sign change of TARGET − VALUE by Brent's method,
/// answer the lowest crossing and mention the others. No crossing is an
/// error naming the closest value reached.
extension Interpreter {
    /// At most this many crossings are refined (each costs ~40 evaluations).
    static let goalMaxCrossings = 5

    func goalSeek(_ p: SearchProblem, goal: Value, goalSpan: SourceSpan) throws(BizError) -> Value {
        var (xs, ys, coarse) = try p.searchScan()
        let g = try goalNumber(goal, p, goalSpan)
        let f: (Double) throws(BizError) -> Double = { (x) throws(BizError) in try p.value(at: x) - g }
        // Brent from a bracket, then a rounder value if it meets the goal as well.
        func refined(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double) throws(BizError) -> Search.Root {
            var r = try Search.root(f, a, fa, b, fb, tolerance: coarse ? Search.monteCarloTolerance * p.width : nil)
            for c in Search.roundCandidates(r.x, width: p.width) where c >= p.lo && c <= p.hi {
                let fc = try f(c)
                if abs(fc) <= abs(r.fx) {
                    // Keep a bracket around a jump: the old point becomes the other side.
                    if fc != 0, (fc < 0) != (r.fx < 0) { r.other = r.x; r.fOther = r.fx }
                    r.x = c; r.fx = fc
                    break
                }
            }
            return r
        }

        var roots: [Search.Root] = []
        if coarse {
            // Each coarse sign change, at full samples: a bracket if the signs
            // still differ there. Anything else (a sign change the full
            // samples do not confirm, no crossing at all) gets the full scan.
            let fs = ys.map { $0 - g }
            for k in xs.indices.dropLast() where roots.count < Interpreter.goalMaxCrossings && (fs[k] < 0) != (fs[k + 1] < 0) {
                let a = try f(xs[k]), b = try f(xs[k + 1])
                guard a.isFinite, b.isFinite, a != 0, b != 0, (a < 0) != (b < 0) else { coarse = false; break }
                roots.append(try refined(xs[k], a, xs[k + 1], b))
            }
            if !coarse || roots.isEmpty || fs.contains(0) {
                roots = []
                (xs, ys) = try p.scan()
            }
        }
        let fs = ys.map { $0 - g }
        // What counts as meeting the target exactly: float noise of its size.
        let scale = max(abs(g), ys.filter(\.isFinite).map(abs).max() ?? 0)
        let met = max(1e-9 * scale, 1e-300)
        if roots.isEmpty {
            for k in xs.indices where fs[k].isFinite && roots.count < Interpreter.goalMaxCrossings {
                if fs[k] == 0 {
                    roots.append(Search.Root(x: xs[k], fx: 0, other: xs[k], fOther: 0))
                } else if k + 1 < xs.count, fs[k + 1].isFinite, fs[k + 1] != 0, (fs[k] < 0) != (fs[k + 1] < 0) {
                    roots.append(try refined(xs[k], fs[k], xs[k + 1], fs[k + 1]))
                }
            }
        }
        guard let first = roots.first else { throw try unreachable(p, g, xs, fs, f) }

        var line: String
        if abs(first.fx) <= met {
            line = localized(Message(WhatIfText.goalMet, p.label, p.targetText(g), p.at(first.x)))
        } else {
            // The target jumps over the goal here (a step in the simulation):
            // this is where it passes it.
            let (a, b) = first.x <= first.other ? (first.fx, first.fOther) : (first.fOther, first.fx)
            line = localized(Message(WhatIfText.goalPasses, p.label, p.targetText(g), p.at(first.x), p.targetText(a + g), p.targetText(b + g)))
        }
        let others = roots.dropFirst().map { rt in rt.x }
        if !others.isEmpty {
            line += localized(Message(WhatIfText.alsoAt, others.map { rt -> String in p.at(rt) }.joined(separator: ", ")))
        }
        whatIfOutput(line, report: p.report)
        return .num(p.answer(first.x), p.dim)
    }

    /// The goal in the target's unit. A bare 0 takes that unit (`goal
    /// profit = 0 by …` with profit in RUB); any other bare number for a
    /// target with a unit is an error: guessing its unit would mix units.
    private func goalNumber(_ goal: Value, _ p: SearchProblem, _ span: SourceSpan) throws(BizError) -> Double {
        let (x, d) = try whatIfNumber(goal, label: localized(Message(WhatIfText.theGoal)), span: span)
        if d.isPlain, x != 0, !p.targetUnit.isPlain {
            throw BizError.at(span, Message(WhatIfText.goalHasNoUnit, sourceText(x, d), p.label, p.targetUnit.text),
                              hint: Message(WhatIfText.writeGoalInUnit, withUnit(x, p.targetUnit)))
        }
        if d.isPlain { return x }
        do {
            let (_, y) = try comparable(0, p.targetUnit, x, d)
            return y
        } catch {
            throw BizError.at(span, Message(WhatIfText.goalWrongUnit, d.text, p.label, p.targetUnit.text))
        }
    }

    /// The error for a goal never met: the closest value, refined around the
    /// best grid point.
    private func unreachable(_ p: SearchProblem, _ g: Double, _ xs: [Double], _ fs: [Double],
                             _ f: (Double) throws(BizError) -> Double) throws(BizError) -> BizError {
        var k = 0
        for i in fs.indices where fs[i].isFinite && (!fs[k].isFinite || abs(fs[i]) < abs(fs[k])) { k = i }
        var best = (x: xs[k], fx: fs[k])
        if fs[k].isFinite {
            let r = try Search.minimize({ (x) throws(BizError) in abs(try f(x)) }, xs[max(k - 1, 0)], xs[min(k + 1, xs.count - 1)],
                                        x0: xs[k], f0: abs(fs[k]))
            if r.fx < abs(best.fx) { best = (r.x, try f(r.x)) }
        }
        return BizError.at(p.span, Message(WhatIfText.neverReaches, p.label, p.targetText(g), p.cell.name, p.rangeText,
                                           p.targetText(best.fx + g), p.at(best.x)),
                           hint: Message(WhatIfText.widenTheRange))
    }
}
