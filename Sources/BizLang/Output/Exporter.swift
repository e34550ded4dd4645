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

    func json(_ v: Value) throws(TooLarge) -> String { try jsonValue(v) + "\n" }

    /// The largest JSON text `export` writes (UTF-8 bytes). A value can
    /// share structure (`xs = [xs, xs]` sixty times is 2^60 items): past
    /// this the export fails instead of running out of time and memory.
    static let maxJSONBytes = 100 << 20

    /// The JSON would pass `maxJSONBytes`.
    struct TooLarge: Error {}

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

    func jsonValue(_ v: Value) throws(TooLarge) -> String {
        // Each item takes at least two bytes ("1,"): a value with more items
        // than that allows is refused before anything is written.
        var counted: [UnsafeRawPointer: Int] = [:]
        guard Exporter.items(v, &counted) <= Exporter.maxJSONBytes / 2 else { throw TooLarge() }
        var out = ""
        try write(v, into: &out)
        return out
    }

    /// How many numbers, strings and other leaves `v` holds, counting
    /// shared storage once per use but looking inside it once (memoized by
    /// the storage's address, live while `v` is); saturating.
    static func items(_ v: Value, _ counted: inout [UnsafeRawPointer: Int]) -> Int {
        func many(_ xs: [Value]) -> Int {
            guard let key = xs.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return 1 }
            if let n = counted[key] { return n }
            var n = 1
            for x in xs {
                let (sum, overflow) = n.addingReportingOverflow(items(x, &counted))
                n = overflow ? Int.max : sum
            }
            counted[key] = n
            return n
        }
        switch v.unboxed {
        case .list(let xs): return many(xs)
        case .record(let r): return many(r.values)
        case .object(let o): return many(o.fields.values)
        case .series(let s): return s.values.count + 1
        case .dist(let d): return d.samples.count + 1
        default: return 1
        }
    }

    /// Appends `v` as JSON, checking the size at every value, so the work
    /// is bounded by what is written.
    private func write(_ v: Value, into out: inout String) throws(TooLarge) {
        guard out.utf8.count <= Exporter.maxJSONBytes else { throw TooLarge() }
        switch v.unboxed {
        case .num(let x, let d):
            if d.isPlain { out += jsonNumber(x) } else { out += "{\"value\": \(jsonNumber(x)), \"unit\": \(jsonString(d.description))}" }
        case .bool(let b): out += b ? "true" : "false"
        case .str(let s): out += jsonString(s)
        case .list(let xs):
            out += "["
            for (i, x) in xs.enumerated() {
                if i > 0 { out += ", " }
                try write(x, into: &out)
            }
            out += "]"
        case .record(let r):
            out += "{"
            for (i, (n, x)) in zip(r.names, r.values).enumerated() {
                if i > 0 { out += ", " }
                out += jsonString(n) + ": "
                try write(x, into: &out)
            }
            out += "}"
        case .series(let s): out += "{\"unit\": \(jsonString(s.dim.description)), \"values\": [" + s.values.map(jsonNumber).joined(separator: ", ") + "]}"
        case .dist(let d): out += "{\"unit\": \(jsonString(d.dim.description)), \"samples\": [" + d.samples.map(jsonNumber).joined(separator: ", ") + "]}"
        case .range(let r): out += "{\"lo\": \(jsonNumber(r.lo)), \"hi\": \(jsonNumber(r.hi)), \"unit\": \(jsonString(r.dim.description))}"
        case .object(let o):
            out += "{\"kind\": \(jsonString(o.kind.rawValue)), \"name\": \(jsonString(o.name))"
            for (n, x) in zip(o.fields.names, o.fields.values) {
                out += ", " + jsonString(n) + ": "
                if case .object(let inner) = x, o.kind == .run, inner.kind == .company { out += jsonString(inner.name) } else { try write(x, into: &out) }
            }
            out += "}"
        default: out += jsonString(Display(locale: .en).repr(v))
        }
        guard out.utf8.count <= Exporter.maxJSONBytes else { throw TooLarge() }
    }
}
