/// A character grid for terminal charts, with a y scale from nice ticks and
/// an x scale that spreads month indices 0…pointCount-1 over the columns.
struct ChartCanvas {
    let width: Int
    let height: Int
    let pointCount: Int
    let yTicks: [Double]
    private(set) var cells: [[Character]]

    private var lo: Double { yTicks.first ?? 0 }
    private var hi: Double { yTicks.last ?? 1 }

    /// `nil` when `values` holds nothing finite (nothing to scale to).
    init?(width: Int, height: Int, pointCount: Int, values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return nil }
        let wantedHeight = min(200, max(3, height))
        // About one labelled row in three, at most six labels.
        let ticks = niceTicks(lo: lo, hi: hi, count: max(2, min(6, wantedHeight / 3 + 1)))
        guard ticks.count >= 2 else { return nil }
        // The height is fitted to a whole number of rows per tick interval so
        // the labels sit evenly; it may differ from the request by a few rows.
        let rowsPerTick = max(1, Int((Double(wantedHeight - 1) / Double(ticks.count - 1)).rounded()))
        self.height = rowsPerTick * (ticks.count - 1) + 1
        self.width = min(400, max(10, width))
        self.pointCount = max(1, pointCount)
        yTicks = ticks
        cells = Array(repeating: Array(repeating: " ", count: self.width), count: self.height)
    }

    /// Row of a value (0 at the top); nil for NaN and values off the scale.
    func row(for v: Double) -> Int? {
        guard v.isFinite, hi > lo else { return nil }
        return height - 1 - level(v, lo: lo, hi: hi, steps: height)
    }

    /// The series' value at a column, interpolated between months; nil in gaps.
    func value(in values: [Double], column: Int) -> Double? {
        let x = pointCount <= 1 ? 0 : Double(column) * Double(pointCount - 1) / Double(width - 1)
        if pointCount <= 1 && column > 0 { return nil }
        let i = Int(x.rounded(.down))
        let t = x - Double(i)
        guard i < values.count else { return nil }
        if t < 1e-9 { return values[i].isFinite ? values[i] : nil }
        guard i + 1 < values.count, values[i].isFinite, values[i + 1].isFinite else { return nil }
        // Weighted sum, not a + (b − a)·t: b − a overflows for ±1e308.
        return values[i] * (1 - t) + values[i + 1] * t
    }

    /// Column of month index `m`.
    func column(forIndex m: Int) -> Int {
        guard pointCount > 1 else { return 0 }
        return Int((Double(m) * Double(width - 1) / Double(pointCount - 1)).rounded())
    }

    /// Draws a line of `mark`s; steep steps between neighbouring columns are
    /// filled, each column taking the half of the gap nearer to it, so the
    /// line stays connected.
    mutating func drawLine(_ values: [Double], mark: Character) {
        var previous: Int?
        for c in 0..<width {
            guard let v = value(in: values, column: c), let r = row(for: v) else {
                previous = nil
                continue
            }
            cells[r][c] = mark
            if let p = previous, abs(p - r) > 1 {
                for between in (min(p, r) + 1)..<max(p, r) {
                    cells[between][abs(between - p) <= abs(between - r) ? c - 1 : c] = mark
                }
            }
            previous = r
        }
    }

    /// Shades the cells between two series (a p5…p95 band) where still empty.
    mutating func fillBand(low: [Double], high: [Double], shade: Character) {
        for c in 0..<width {
            guard let a = value(in: low, column: c), let b = value(in: high, column: c),
                  let ra = row(for: a), let rb = row(for: b) else { continue }
            for r in min(ra, rb)...max(ra, rb) where cells[r][c] == " " {
                cells[r][c] = shade
            }
        }
    }

    /// The grid with y labels (percents when `percent`), axes, month labels and a legend line.
    /// `xTickLabel` names an index on the x axis (a swept value); the month number by default.
    func render(locale: OutputLocale, legend: String, percent: Bool = false, xTickLabel: ((Int) -> String)? = nil) -> String {
        var labels = [String](repeating: "", count: height)
        var tickRows = Set<Int>()
        for t in yTicks {
            guard let r = row(for: t) else { continue }
            labels[r] = percent ? formatPercent(t, locale: locale) : formatNumber(t, locale: locale)
            tickRows.insert(r)
        }
        let labelWidth = labels.map(displayWidth).max() ?? 0
        var lines: [String] = []
        for r in 0..<height {
            let axis = tickRows.contains(r) ? "┤" : "│"
            lines.append(padded(labels[r], to: labelWidth, alignment: .right) + " " + axis + String(cells[r]))
        }
        let indent = String(repeating: " ", count: labelWidth + 2)
        let (axisLine, monthLabels) = xAxis(locale: locale, label: xTickLabel)
        lines.append(String(repeating: " ", count: labelWidth) + " └" + axisLine)
        lines.append(indent + monthLabels)
        if !legend.isEmpty { lines.append(indent + legend) }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// The x-axis rule with `┬` at month ticks, and the month numbers under it.
    private func xAxis(locale: OutputLocale, label name: ((Int) -> String)?) -> (String, String) {
        let months = niceTicks(lo: 0, hi: Double(pointCount - 1), count: max(3, width / 8))
            .filter { $0 >= 0 && $0 <= Double(pointCount - 1) && $0 == $0.rounded() }
            .map { Int($0) }
        var rule = [Character](repeating: "─", count: width)
        var text = [Character]()
        for m in months {
            let c = column(forIndex: m)
            rule[c] = "┬"
            let label = Array(name?(m) ?? formatNumber(Double(m), locale: locale))
            let start = max(0, c - (label.count - 1) / 2)
            // Skip a label that would touch the previous one.
            guard text.isEmpty || start > text.count else { continue }
            text += [Character](repeating: " ", count: start - text.count) + label
        }
        return (String(rule), String(text))
    }
}
