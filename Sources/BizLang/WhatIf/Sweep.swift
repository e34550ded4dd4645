import BizFormat

/// `sweep CELL over VALUES [step S] [, CELL2 over …]: OUT1, OUT2` — a data
/// table. Every combination of the axes' values (the first axis outermost)
/// is one row; the outputs are evaluated with those cells replaced. Prints
/// a table and returns a list of records with a field per swept cell and
/// per output.
struct SweepRequest {
    struct Axis {
        let cell: WhatIfCell
        let values: Value
        let step: Value?
        let valuesSpan: SourceSpan
        let stepSpan: SourceSpan
    }
    let axes: [Axis]
    let outputs: [Code]
    let labels: [String]
    let span: SourceSpan
    let report: Bool
}

extension Interpreter {
    /// Limits that keep a typo (`step 0.001`) from running for hours.
    static let sweepMaxValues = 10_000
    static let sweepMaxRows = 100_000

    func sweep(_ r: SweepRequest, frame: UnsafeMutablePointer<Value>) throws(BizError) -> Value {
        var values: [[Value]] = []
        for axis in r.axes { values.append(try sweepValues(axis)) }
        let rowCount = values.reduce(1) { $0 * $1.count }
        guard rowCount <= Interpreter.sweepMaxRows else {
            throw BizError.at(r.span, Message(WhatIfText.tooManyRows, rowCount, Interpreter.sweepMaxRows), hint: Message(WhatIfText.useLargerStep))
        }
        let cells = r.axes.map(\.cell)
        let outputs = r.outputs
        let all: Code = { (f) throws(BizError) in
            var out: [Value] = []
            for c in outputs { out.append(try c(f)) }
            return .list(out)
        }
        var records: [Value] = []
        var rows: [(inputs: [Value], outputs: [Value])] = []
        records.reserveCapacity(rowCount)
        try withProgress(r.span, .points, total: rowCount) { () throws(BizError) in
        for combination in cartesian(values) {
            progressed(rows.count)
            guard case .list(let outs) = try probe(cells, combination, all, frame: frame, span: r.span) else { continue }
            var record = Record()
            for (c, v) in zip(cells, combination) {
                // `t[1].active.conversion`: a field's value nests under its declaration.
                if let field = c.field {
                    let owner = String(c.name.prefix(while: { $0 != "." }))
                    var inner = Record()
                    if case .record(let r)? = record[owner] { inner = r }
                    inner[field] = v
                    record[owner] = .record(inner)
                } else {
                    record[c.name] = v
                }
            }
            for (label, v) in zip(r.labels, outs) { record[label] = v }
            records.append(.record(record))
            rows.append((combination, outs))
        }
        }
        whatIfOutput(sweepTable(r, values, rows), report: r.report)
        return .list(records)
    }

    /// Every combination, the first axis changing slowest.
    private func cartesian(_ axes: [[Value]]) -> [[Value]] {
        axes.reduce([[]]) { partial, axis in partial.flatMap { prefix in axis.map { prefix + [$0] } } }
    }

    /// A long table (a column per swept cell and per output), or for two
    /// axes and one output a grid: first axis down, second across.
    private func sweepTable(_ r: SweepRequest, _ values: [[Value]], _ rows: [(inputs: [Value], outputs: [Value])]) -> String {
        if r.axes.count == 2, r.labels.count == 1 {
            let across = values[1].count
            var grid: [[String]] = []
            for (i, v) in values[0].enumerated() {
                let slice = rows[(i * across)..<min(rows.count, (i + 1) * across)]
                grid.append([shown(v)] + slice.map { shown($0.outputs[0]) })
            }
            return renderTable(title: r.labels[0], headers: ["\(r.axes[0].cell.name) \\ \(r.axes[1].cell.name)"] + values[1].map { shown($0) },
                               rows: grid)
        }
        return renderTable(headers: r.axes.map(\.cell.name) + r.labels,
                           rows: rows.map { row in (row.inputs + row.outputs).map { shown($0) } })
    }

    /// The values one axis takes: a range stepped from its low end (the high
    /// end when a step lands on it), a list as given, or one value.
    private func sweepValues(_ axis: SweepRequest.Axis) throws(BizError) -> [Value] {
        switch axis.values {
        case .range(let range):
            let dim = try changingUnit(range.dim, for: axis.cell, span: axis.valuesSpan)
            guard range.lo.isFinite, range.hi.isFinite, range.lo <= range.hi else {
                throw BizError.at(axis.valuesSpan, Message(WhatIfText.rangeOrder))
            }
            let step = try sweepStep(axis, range, dim)
            let count = Int(((range.hi - range.lo) / step * (1 + 1e-12)).rounded(.down)) + 1
            guard count <= Interpreter.sweepMaxValues else {
                throw BizError.at(axis.stepSpan, Message(WhatIfText.tooManyValues, axis.cell.name, count, Interpreter.sweepMaxValues),
                                  hint: Message(WhatIfText.useLargerStep))
            }
            let scale = max(abs(range.lo), abs(range.hi), step)
            return (0..<count).map { k in
                // 0.1 * 3 is 0.30000000000000004: the value meant is 0.3.
                let x = FloatNoise.decimal(range.lo + Double(k) * step, scale: scale)
                // Land exactly on the high end rather than a hair off it.
                return .num(abs(x - range.hi) <= 1e-9 * step ? range.hi : x, dim)
            }
        case .list(let items):
            if axis.step != nil { throw BizError.at(axis.stepSpan, Message(WhatIfText.stepWithList)) }
            guard !items.isEmpty else { throw BizError.at(axis.valuesSpan, Message(WhatIfText.emptyList)) }
            guard items.count <= Interpreter.sweepMaxValues else {
                throw BizError.at(axis.valuesSpan, Message(WhatIfText.atMostValues, Interpreter.sweepMaxValues))
            }
            var out: [Value] = []
            for item in items {
                if case .num(let x, let d) = item, d.isPlain {
                    out.append(.num(x, try changingUnit(d, for: axis.cell, span: axis.valuesSpan)))
                } else {
                    out.append(item)
                }
            }
            return out
        case .num, .str, .bool, .object, .record, .dist:
            if axis.step != nil { throw BizError.at(axis.stepSpan, Message(WhatIfText.stepWithOneValue)) }
            return [axis.values]
        default:
            throw BizError.at(axis.valuesSpan, Message(WhatIfText.sweepValues, axis.cell.name, axis.values.typeText))
        }
    }

    /// The step in the range's unit. Without one: 1 when that gives at most
    /// 101 whole values, else 10 equal steps (11 values).
    private func sweepStep(_ axis: SweepRequest.Axis, _ range: RangeValue, _ dim: Dim) throws(BizError) -> Double {
        let width = range.hi - range.lo
        guard let step = axis.step else {
            if width == 0 { return 1 }
            if range.lo == range.lo.rounded(), width == width.rounded(), width <= 100 { return 1 }
            return width / 10
        }
        guard case .num(let s, let sd) = step else {
            throw BizError.at(axis.stepSpan, Message(WhatIfText.stepNotNumber, step.typeText))
        }
        var size = s
        // A bare step next to a range written with a unit would mix units
        // silently (LANGUAGE.md §5): `step 10` for 80..160 RUB.
        if sd.isPlain, !range.dim.isPlain {
            throw BizError.at(axis.stepSpan, Message(WhatIfText.stepHasNoUnit, sourceText(s, sd), range.dim.text),
                              hint: Message(WhatIfText.writeStep, withUnit(s, range.dim)))
        }
        if !sd.isPlain, sd != dim {
            do { (_, size) = try comparable(0, dim, s, sd) } catch {
                throw BizError.at(axis.stepSpan, Message(WhatIfText.stepWrongUnit, sd.text, dim.text))
            }
        }
        guard size > 0, size.isFinite else { throw BizError.at(axis.stepSpan, Message(WhatIfText.stepNotPositive)) }
        return size
    }
}
