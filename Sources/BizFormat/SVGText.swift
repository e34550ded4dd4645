/// Accumulates SVG markup: the root element with embedded styles, a white
/// background and the title, then whatever the chart adds.
struct SVGText {
    private var parts: [String] = []

    init(width: Double, height: Double, title: String) {
        let w = svgNumber(width)
        let h = svgNumber(height)
        parts.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\">")
        parts.append("<title>\(escapedMarkup(title))</title>")
        // Fonts the viewer already has; the file must stay self-contained.
        parts.append("<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;fill:#111827}"
            + ".title{font-size:18px;font-weight:600}.tick{font-size:12px;fill:#4b5563}"
            + ".axis{font-size:13px;fill:#374151}.legend{font-size:13px}</style>")
        parts.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        if !title.isEmpty {
            text(title, x: 24, y: 30, attributes: "class=\"title\"")
        }
    }

    mutating func raw(_ element: String) {
        parts.append(element)
    }

    mutating func text(_ s: String, x: Double, y: Double, attributes: String) {
        parts.append("<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" \(attributes)>\(escapedMarkup(s))</text>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        parts.append("<line x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(svgNumber(width))\"/>")
    }

    func finished() -> String {
        (parts + ["</svg>"]).joined(separator: "\n") + "\n"
    }
}

/// The plot rectangle and its scales: month index → x, value → y.
struct PlotArea {
    let left: Double, top: Double, right: Double, bottom: Double
    let lo: Double, hi: Double
    let points: Int

    func x(_ index: Double) -> Double {
        guard points > 1 else { return (left + right) / 2 }
        return left + index / Double(points - 1) * (right - left)
    }

    /// Halved before subtracting so spans near ±1e308 stay finite.
    func y(_ v: Double) -> Double {
        let t = (v / 2 - lo / 2) / (hi / 2 - lo / 2)
        return bottom - (t.isFinite ? t : 0) * (bottom - top)
    }

    /// Whole month indices at nice steps, about one per 80 px.
    func monthTicks() -> [Int] {
        guard points > 0 else { return [] }
        let last = Double(points - 1)
        return niceTicks(lo: 0, hi: last, count: max(2, Int((right - left) / 80)))
            .filter { $0 >= 0 && $0 <= last && $0 == $0.rounded() }
            .map { Int($0) }
    }

    /// Runs of consecutive finite values as points; NaN splits a run.
    func linePaths(_ values: [Double]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for (i, v) in values.enumerated() {
            if v.isFinite {
                runs[runs.count - 1].append((x(Double(i)), y(v)))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Closed path data for each run where both band edges are finite.
    func bandPaths(low: [Double], high: [Double]) -> [String] {
        var paths: [String] = []
        var run: [(x: Double, lo: Double, hi: Double)] = []
        func flush() {
            if run.count > 1 {
                let upper = run.map { svgNumber($0.x) + " " + svgNumber(y($0.hi)) }
                let lower = run.reversed().map { svgNumber($0.x) + " " + svgNumber(y($0.lo)) }
                paths.append("M" + (upper + lower).joined(separator: " L") + " Z")
            }
            run = []
        }
        for i in 0..<min(low.count, high.count) {
            if low[i].isFinite && high[i].isFinite {
                run.append((x(Double(i)), low[i], high[i]))
            } else {
                flush()
            }
        }
        flush()
        return paths
    }
}
