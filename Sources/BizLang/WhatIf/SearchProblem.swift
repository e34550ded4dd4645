/// One `goal`/`maximize`/`minimize` question: a target expression as a
/// function of one cell over a range. A class, so that the searches'
/// closures can count evaluations and learn the target's unit on the way.
final class SearchProblem {
    unowned let rt: Interpreter
    let cell: WhatIfCell
    let lo: Double
    let hi: Double
    /// The unit of the changing cell's values.
    let dim: Dim
    let target: Code
    let frame: UnsafeMutablePointer<Value>
    let label: String
    let span: SourceSpan
    /// Whether to print the answer line (see whatIfReports).
    var report = true
    /// The target's unit, from the first evaluation.
    private(set) var unit: Dim?
    /// The largest |target| of the scan: what counts as noise next to it.
    private(set) var scale = 0.0

    init(rt: Interpreter, cell: WhatIfCell, lo: Double, hi: Double, dim: Dim, target: @escaping Code,
         frame: UnsafeMutablePointer<Value>, label: String, span: SourceSpan) {
        self.rt = rt
        self.cell = cell
        self.lo = lo
        self.hi = hi
        self.dim = dim
        self.target = target
        self.frame = frame
        self.label = label
        self.span = span
    }

    var width: Double { hi - lo }
    var targetUnit: Dim { unit ?? .number }

    /// Targets evaluated so far (the progress line shows them).
    private(set) var evaluations = 0

    /// The first error the target raised at some point (see `value(at:)`).
    private(set) var firstHole: Diagnostic?

    /// The target with the cell at x, as a number in the target's unit. A
    /// point where the target fails (`1 / (x - 2)` at 2) is a hole, NaN,
    /// which the searches step around: the solver chose that point, not the
    /// user. If the target fails everywhere, `scan` reports the first error.
    func value(at x: Double) throws(BizError) -> Double {
        evaluations += 1
        rt.progressed(evaluations)
        let v: Value
        do {
            v = try rt.probe([cell], [.num(x, dim)], target, frame: frame, span: span)
        } catch {
            guard case .failure(let d) = error, !d.stopsEvaluation else { throw error }
            if firstHole == nil { firstHole = d }
            return .nan
        }
        let (y, d) = try rt.whatIfNumber(v, label: label, span: span)
        guard let unit else {
            unit = d
            return y
        }
        return try rt.inUnit(y, d, of: unit, label: label, span: span)
    }

    /// The scan a search starts from. For a target that runs a Monte Carlo
    /// `simulate`, a coarse one (`coarse` true): `Search.coarsePoints` points
    /// with every simulation cut to its first `coarseSamples` samples (the
    /// same draws the full runs start with), which is only good for finding
    /// where to look — the caller then evaluates at full samples only there
    /// (docs/WHATIF.md). Any other target, or a coarse scan that hit a point
    /// it could not compute, gets the full scan.
    func searchScan() throws(BizError) -> (xs: [Double], values: [Double], coarse: Bool) {
        let saved = rt.sampleLimit
        defer { rt.sampleLimit = saved }
        rt.sampleLimit = coarseSamples
        let runs = rt.monteCarloRuns
        let first = try value(at: lo)
        guard rt.monteCarloRuns != runs else {
            // No Monte Carlo: the limit changed nothing, so the first point stands.
            rt.sampleLimit = saved
            let (xs, values) = try scan(first: first)
            return (xs, values, false)
        }
        let xs = Search.grid(lo, hi, count: Search.coarsePoints)
        var values = [first]
        for x in xs.dropFirst() { values.append(try value(at: x)) }
        rt.sampleLimit = saved
        guard firstHole == nil, values.allSatisfy(\.isFinite) else {
            firstHole = nil
            let (xs, values) = try scan()
            return (xs, values, false)
        }
        scale = values.map(abs).max() ?? 0
        return (xs, values, true)
    }

    /// Samples per simulation in a coarse scan: an eighth of the session's, at least 100.
    var coarseSamples: Int { min(rt.settings.samples, max(100, rt.settings.samples / 8)) }

    /// The target at every grid point over the range (`first`: already
    /// evaluated at the low end).
    func scan(first: Double? = nil) throws(BizError) -> (xs: [Double], values: [Double]) {
        let xs = Search.grid(lo, hi)
        var values: [Double] = []
        values.reserveCapacity(xs.count)
        for x in xs {
            if values.isEmpty, let first { values.append(first) } else { values.append(try value(at: x)) }
        }
        scale = values.filter(\.isFinite).map(abs).max() ?? 0
        if let hole = firstHole {
            // Nowhere computable: the formula itself fails, so say why.
            guard values.contains(where: { !$0.isNaN }) else { throw .failure(hole) }
            var note = Diagnostic(Message(WhatIfText.searchHole, label, rangeText, hole.text), at: cell.span)
            note.severity = .note
            rt.errorOutput(note.render(color: rt.settings.color, locale: rt.settings.locale))
        }
        return (xs, values)
    }

    /// An answer for the cell without float noise: 0 when it is noise next to the range.
    func answer(_ x: Double) -> Double { FloatNoise.snapped(x, scale: max(abs(lo), abs(hi))) }

    /// `price = 110 RUB`
    func at(_ x: Double) -> String { "\(cell.name) = \(rt.shown(answer(x), dim))" }
    /// A target value without float noise: 0 when it is noise next to the targets seen.
    func targetText(_ y: Double) -> String { rt.shown(FloatNoise.snapped(y, scale: scale), targetUnit) }
    var rangeText: String { Display(locale: rt.settings.locale).rangeText(RangeValue(lo: lo, hi: hi, dim: dim)) }
}

extension Interpreter {
    /// Checks the range (`by CELL in lo..hi`) and makes the problem.
    func searchSetup(_ cell: WhatIfCell, range: Value, rangeSpan: SourceSpan, target: @escaping Code, label: String,
                     frame: UnsafeMutablePointer<Value>, span: SourceSpan) throws(BizError) -> SearchProblem {
        guard case .range(let r) = range else {
            throw BizError.at(rangeSpan, Message(WhatIfText.rangeNeeded, range.typeText))
        }
        guard r.lo.isFinite, r.hi.isFinite, r.lo < r.hi else {
            throw BizError.at(rangeSpan, Message(WhatIfText.rangeOrder))
        }
        let dim = try changingUnit(r.dim, for: cell, span: rangeSpan)
        return SearchProblem(rt: self, cell: cell, lo: r.lo, hi: r.hi, dim: dim, target: target, frame: frame, label: label, span: span)
    }
}
