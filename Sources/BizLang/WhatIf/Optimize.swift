/// `maximize TARGET by CELL in lo..hi` and `minimize` (docs/WHATIF.md):
/// scan the whole range, ends included, then refine the best few grid
/// points by Brent's minimiser within their neighbouring grid cells. The
/// best value ever evaluated wins; ties keep the lowest cell value.
extension Interpreter {
    /// How many of the grid's best local optima are refined: a narrow peak
    /// may sit next to a grid point that looks second-best.
    static let optimizeCandidates = 3

    func optimize(_ p: SearchProblem, maximize: Bool) throws(BizError) -> Value {
        let (xs, ys, coarse) = try p.searchScan()
        // Minimise g: −target for maximize. Values that are not numbers never win.
        let sign = maximize ? -1.0 : 1.0
        let gs = ys.map { $0.isFinite ? sign * $0 : Double.infinity }
        let g: (Double) throws(BizError) -> Double = { (x) throws(BizError) in
            let y = try p.value(at: x)
            return y.isFinite ? sign * y : .infinity
        }
        // min(by:) keeps the first of equal values: the lowest cell value.
        guard let bestK = gs.indices.min(by: { gs[$0] < gs[$1] }), gs[bestK].isFinite else {
            throw BizError.at(p.span, Message(WhatIfText.notANumberAnywhere, p.label, p.rangeText))
        }
        var best = (x: xs[bestK], g: gs[bestK])

        if coarse {
            // A Monte Carlo target: the candidates are refined at the coarse
            // scan's samples, and only the best of them at full samples, near
            // where the coarse refinement ended; only full values compete.
            let saved = sampleLimit
            sampleLimit = p.coarseSamples
            var coarseBest = best
            for k in localOptima(gs).prefix(Interpreter.optimizeCandidates) {
                let lo = xs[max(k - 1, 0)], hi = xs[min(k + 1, xs.count - 1)]
                let r = try Search.minimize(g, lo, hi, x0: xs[k], f0: gs[k], relTol: Search.coarseOptimumTolerance)
                if r.fx < coarseBest.g { coarseBest = (r.x, r.fx) }
            }
            sampleLimit = saved
            let cell = p.width / Double(Search.coarsePoints - 1) / 4
            let lo = max(p.lo, coarseBest.x - cell), hi = min(p.hi, coarseBest.x + cell)
            best = (coarseBest.x, try g(coarseBest.x))
            let r = try Search.minimize(g, lo, hi, x0: best.x, f0: best.g, relTol: Search.monteCarloTolerance)
            if r.fx < best.g { best = (r.x, r.fx) }
        } else {
            for k in localOptima(gs).prefix(Interpreter.optimizeCandidates) {
                let lo = xs[max(k - 1, 0)], hi = xs[min(k + 1, xs.count - 1)]
                let r = try Search.minimize(g, lo, hi, x0: xs[k], f0: gs[k])
                if r.fx < best.g { best = (r.x, r.fx) }
            }
        }
        for c in Search.roundCandidates(best.x, width: p.width) where c >= p.lo && c <= p.hi {
            let gc = try g(c)
            if gc <= best.g { best = (c, gc); break }
        }

        var line = localized(Message(maximize ? WhatIfText.maximum : WhatIfText.minimum, p.label, p.targetText(sign * best.g), p.at(best.x)))
        if best.x == p.lo || best.x == p.hi {
            line += localized(Message(maximize ? WhatIfText.maximumAtEnd : WhatIfText.minimumAtEnd))
        }
        whatIfOutput(line, report: p.report)
        return .num(p.answer(best.x), p.dim)
    }

    /// Grid indices that are no worse than their neighbours, best first
    /// (the lowest index first among equals).
    private func localOptima(_ gs: [Double]) -> [Int] {
        let ks = gs.indices.filter { k in
            gs[k].isFinite && (k == 0 || gs[k] <= gs[k - 1]) && (k == gs.count - 1 || gs[k] <= gs[k + 1])
        }
        return ks.sorted { gs[$0] < gs[$1] || (gs[$0] == gs[$1] && $0 < $1) }
    }
}
