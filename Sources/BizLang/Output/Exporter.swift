import BizFormat

/// `export x to "file.csv"` / `.json`: series and runs by month, lists of
/// records as rows (sweep tables), distributions as their samples.
struct Exporter {
    let locale: OutputLocale

    /// Plain machine-readable numbers: no separators, full precision.
    func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
        // 12 significant digits: the engine's floating-point noise goes.
        let v = Display(locale: .en).roundSignificant(x, digits: 12)
        if v == v.rounded(), Swift.abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    func cell(_ v: Value) -> String {
        switch v {
        case .num(let x, _): return number(x)
        case .str(let s): return csvQuote(s)
        case .bool(let b): return b ? "true" : "false"
        case .object(let o): return csvQuote(o.name)
        default: return csvQuote(Display(locale: .en).repr(v))
        }
    }

    func csvQuote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    func csv(_ v: Value, span: SourceSpan) throws(BizError) -> String {
        var lines: [String] = []
        switch v {
        case .series(let s):
            lines.append("month,\(s.name.isEmpty ? "value" : s.name)")
            for (m, x) in s.values.enumerated() { lines.append("\(m),\(number(x))") }
        case .object(let o) where o.kind == .run:
            let series = zip(o.fields.names, o.fields.values).compactMap { n, v -> (String, SeriesValue)? in
                if case .series(let s) = v { return (n, s) } else { return nil }
            }
            lines.append((["month"] + series.map(\.0)).joined(separator: ","))
            let months = series.first?.1.values.count ?? 0
            for m in 0..<months { lines.append(([String(m)] + series.map { number($0.1.values[m]) }).joined(separator: ",")) }
        case .list(let rows):
            var headers: [String] = []
            for case .record(let r) in rows { for n in r.names where !headers.contains(n) { headers.append(n) } }
            if headers.isEmpty {
                lines.append("value")
                lines += rows.map(cell)
            } else {
                lines.append(headers.map(csvQuote).joined(separator: ","))
                for case .record(let r) in rows { lines.append(headers.map { r[$0].map(cell) ?? "" }.joined(separator: ",")) }
            }
        case .record(let r):
            lines.append("field,value")
            for (n, x) in zip(r.names, r.values) { lines.append("\(csvQuote(n)),\(cell(x))") }
        case .dist(let d):
            lines.append("sample")
            lines += d.samples.map(number)
        default:
            throw BizError.at(span, "export writes series, runs, lists, records and distributions, not \(v.typeName)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ v: Value) -> String { jsonValue(v) + "\n" }

    func jsonString(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if ch.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(ch.value, radix: 16).count) + String(ch.value, radix: 16) }
                else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    func jsonNumber(_ x: Double) -> String { x.isFinite ? number(x) : "null" }

    func jsonValue(_ v: Value) -> String {
        switch v {
        case .num(let x, let d):
            if d.isPlain { return jsonNumber(x) }
            return "{\"value\": \(jsonNumber(x)), \"unit\": \(jsonString(d.description))}"
        case .bool(let b): return b ? "true" : "false"
        case .str(let s): return jsonString(s)
        case .list(let xs): return "[" + xs.map(jsonValue).joined(separator: ", ") + "]"
        case .record(let r): return "{" + zip(r.names, r.values).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        case .series(let s): return "{\"unit\": \(jsonString(s.dim.description)), \"values\": [" + s.values.map(jsonNumber).joined(separator: ", ") + "]}"
        case .dist(let d): return "{\"unit\": \(jsonString(d.dim.description)), \"samples\": [" + d.samples.map(jsonNumber).joined(separator: ", ") + "]}"
        case .range(let r): return "{\"lo\": \(jsonNumber(r.lo)), \"hi\": \(jsonNumber(r.hi)), \"unit\": \(jsonString(r.dim.description))}"
        case .object(let o):
            let fields = zip(o.fields.names, o.fields.values).map { n, x -> String in
                if case .object(let inner) = x, o.kind == .run, inner.kind == .company { return "\(jsonString(n)): \(jsonString(inner.name))" }
                return "\(jsonString(n)): \(jsonValue(x))"
            }
            return "{\"kind\": \(jsonString(o.kind.rawValue)), \"name\": \(jsonString(o.name))" + (fields.isEmpty ? "" : ", " + fields.joined(separator: ", ")) + "}"
        default: return jsonString(Display(locale: .en).repr(v))
        }
    }
}
