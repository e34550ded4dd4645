import BizFormat

/// Plain machine-readable numbers: no separators, `.` decimals, up to 12
/// significant digits (the engine's floating-point noise goes).
func plainNumber(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
    let v = Display(locale: .en).roundSignificant(x, digits: 12)
    if v == v.rounded(), Swift.abs(v) < 1e15 { return String(Int(v)) }
    return "\(v)"
}

/// `export x to "file.json"`: values as JSON, numbers with their unit.
/// (CSV: CSVWriter; workbooks: XLSXWriter.)
struct Exporter {
    func number(_ x: Double) -> String { plainNumber(x) }

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
        switch v.unboxed {
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
