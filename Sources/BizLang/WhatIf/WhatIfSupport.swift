/// What the what-if tools share: evaluating a target with cells replaced
/// (through `withReplacedCells`, so no tool ever changes a cell), reading a
/// target as a number, and giving a range the changing cell's unit.
extension Interpreter {
    /// The target's value with `cells` set to `values`; the session is
    /// unchanged afterwards. An error says which values were being tried.
    func probe(_ cells: [WhatIfCell], _ values: [Value], _ target: Code, frame: UnsafeMutablePointer<Value>,
               span: SourceSpan) throws(BizError) -> Value {
        try tick(span)
        do {
            return try withReplacedCells(cells, values) { () throws(BizError) in
                // A replaced rate cell must reach the rate table too (the
                // table is restored with the cells afterwards).
                for (c, v) in zip(cells, values) where c.field == nil && c.name.hasPrefix("rate ") {
                    try declareRate(String(c.name.dropFirst(5)), v, span)
                }
                return try target(frame)
            }
        } catch {
            guard case .failure(var d) = error else { throw error }
            let display = Display(locale: settings.locale)
            let trying = zip(cells, values).map { "\($0.name) = \(display.repr($1))" }.joined(separator: ", ")
            d = d.note(Message(WhatIfText.whileTrying, trying), at: cells.first?.span ?? span)
            throw .failure(d)
        }
    }

    /// A target's value as one number in its unit: a distribution counts at
    /// its mean (a condition's at its probability).
    func whatIfNumber(_ v: Value, label: String, span: SourceSpan) throws(BizError) -> (Double, Dim) {
        switch v {
        case .num(let x, let d): return (x, d)
        case .dist(let s) where s.isBool: return (s.mean, .percent)
        case .dist(let s): return (s.mean, s.dim)
        case .series:
            throw BizError.at(span, Message(WhatIfText.targetIsSeries, label), hint: Message(WhatIfText.pickOneMonth, label))
        default:
            throw BizError.at(span, Message(WhatIfText.targetNotNumber, label, v.typeText))
        }
    }

    /// A value of the target's first unit in that unit (the target may not
    /// change unit from one probe to the next).
    func inUnit(_ x: Double, _ d: Dim, of base: Dim, label: String, span: SourceSpan) throws(BizError) -> Double {
        if d == base { return x }
        do {
            let (_, y) = try comparable(0, base, x, d)
            return y
        } catch {
            throw BizError.at(span, Message(WhatIfText.changedUnit, label, base.text, d.text))
        }
    }

    /// The unit a range or list of values for `cell` is in: a bare number
    /// takes the cell's unit (`by price in 50..300` with price in RUB), and
    /// a unit that cannot stand for the cell's is an error.
    func changingUnit(_ d: Dim, for cell: WhatIfCell, span: SourceSpan) throws(BizError) -> Dim {
        guard case .num(_, let current)? = try currentValue(of: cell) else { return d }
        if d.isPlain { return current }
        if current.isPlain || current == d { return d }
        do { _ = try comparable(1, current, 1, d) } catch {
            throw BizError.at(span, Message(WhatIfText.valuesUnit, cell.name, current.text, d.text))
        }
        return d
    }

    /// Whether a what-if prints its report: always, except when the cell
    /// whose formula holds it is being recomputed because an input changed
    /// (it printed when it was made; reprinting on every change is noise).
    func whatIfReports(in cellName: String?) -> Bool {
        guard let cellName, let c = globals[cellName], c < cells.count else { return true }
        return cells.states[c] != CellTable.State.computing.rawValue
    }

    /// Prints a what-if's report when it should.
    func whatIfOutput(_ text: String, report: Bool) {
        if report && quietWhatIfs == 0 { output(text + "\n") }
    }

    func shown(_ v: Value) -> String { Display(locale: settings.locale).repr(v) }

    /// Bare digits the user wrote, with a unit put after them: `10` → `10 RUB`, `5` → `5%`.
    func withUnit(_ digits: Double, _ d: Dim) -> String { sourceText(d.kind == .percent ? digits / 100 : digits, d) }

    /// A number in a unit as Biz source, for hints: `10 RUB`, `5%`,
    /// `2 months`, `3%/month` (no digit separators; a bare number as written).
    func sourceText(_ x: Double, _ d: Dim) -> String {
        // Round away binary noise (0.07 * 100 is 7.000000000000001).
        let n = Display(locale: .en).roundSignificant(d.kind == .percent ? x * 100 : x, digits: 12)
        let digits = n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        let per = d.per.map { "/\($0.word)" } ?? ""
        switch d.kind {
        case .number: return d.isPlain ? digits : digits + per
        case .percent: return digits + "%" + per
        case .money: return "\(digits) \(d.currency?.code ?? "RUB")" + per
        case .duration: return "\(digits) \(abs(n) == 1 ? "month" : "months")" + per
        }
    }
    func shown(_ x: Double, _ d: Dim) -> String { Display(locale: settings.locale).scalar(x, d) }
}
