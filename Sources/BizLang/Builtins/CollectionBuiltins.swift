/// Lists and records: len, range, map, filter, reduce, sort, keys…
extension Builtins {
    static let maxListLength = 10_000_000

    /// `len(x)`: items, characters, months or fields; nil for anything else.
    static func length(_ v: Value) -> Value? {
        switch v {
        case .list(let xs): return .number(Double(xs.count))
        case .str(let s): return .number(Double(characterCount(s)))
        case .series(let s): return .number(Double(s.count))
        case .record(let r): return .number(Double(r.values.count))
        default: return nil
        }
    }

    static let collections: [Builtin] = [
        Builtin("len", ["x"], value1: length) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "x")
            guard let n = length(v) else { throw c.fail(Message(BuiltinText.lenNeeds, v.typeText), at: 0) }
            return n
        },
        Builtin("range", ["from", "to", "step"]) { (c) throws(BizError) -> Value in
            // range(n) is the n numbers 0…n-1; range(a, b) runs from a to b
            // inclusive, like a..b.
            var lo = 0.0, hi = try c.number(0, "from") - 1, step = 1.0
            if c.arg(1, "to") != nil { lo = hi + 1; hi = try c.number(1, "to") }
            if c.arg(2, "step") != nil { step = try c.number(2, "step") }
            guard step != 0 else { throw c.fail(Message(BuiltinText.rangeStepZero), at: 2) }
            let count = ((hi - lo) / step).rounded(.down) + 1
            guard count.isFinite, count <= Double(maxListLength) else { throw c.fail(Message(BuiltinText.rangeTooMany, String(maxListLength))) }
            guard count > 0 else { return .list([]) }
            try c.rt.reserveList(growingTo: Int(count), from: 0, c.span)
            return .list((0..<Int(count)).map { .number(lo + Double($0) * step) })
        },
        Builtin("map", ["list", "f"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "list"), f = try c.required(1, "f")
            try c.rt.reserveList(growingTo: xs.count, from: 0, c.span)
            var out: [Value] = []
            out.reserveCapacity(xs.count)
            let call = ItemCall(f, arity: 1, c.rt, c.span)
            for x in xs { out.append(try call(x)) }
            return .list(out)
        },
        Builtin("filter", ["list", "f"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "list"), f = try c.required(1, "f")
            var out: [Value] = []
            let call = ItemCall(f, arity: 1, c.rt, c.span)
            for x in xs {
                switch try call(x) {
                case .bool(true): out.append(x)
                case .bool(false): break
                case let v: throw c.fail(Message(BuiltinText.filterReturns, v.typeText), at: 1)
                }
            }
            return .list(out)
        },
        Builtin("reduce", ["list", "initial", "f"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "list")
            var acc = try c.required(1, "initial")
            let f = try c.required(2, "f")
            let call = ItemCall(f, arity: 2, c.rt, c.span)
            for x in xs { acc = try call(acc, x) }
            return acc
        },
        Builtin("sort", ["list"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "list")
            var keyed: [(Double, Value)] = []
            var strings: [(String, Value)] = []
            for x in xs {
                switch x {
                case .num(let v, _): keyed.append((v, x))
                case .str(let s): strings.append((s, x))
                default: throw c.fail(Message(BuiltinText.sortKinds), at: 0)
                }
            }
            guard keyed.isEmpty || strings.isEmpty else { throw c.fail(Message(BuiltinText.sortMix), at: 0) }
            return .list(keyed.isEmpty ? strings.sorted { $0.0 < $1.0 }.map(\.1) : keyed.sorted { $0.0 < $1.0 }.map(\.1))
        },
        Builtin("reverse", ["list"]) { (c) throws(BizError) -> Value in .list(try c.list(0, "list").reversed()) },
        Builtin("keys", ["record"]) { (c) throws(BizError) -> Value in
            switch try c.required(0, "record") {
            case .record(let r): return .list(r.names.map(Value.str))
            case .object(let o): return .list(o.fields.names.map(Value.str))
            case let v: throw c.fail(Message(BuiltinText.keysNeeds, v.typeText), at: 0)
            }
        },
        Builtin("contains", ["list", "x"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "list"), x = try c.required(1, "x")
            for y in xs where (try? c.rt.valuesEqual(y, x, c.span, c.span)) == true { return .bool(true) }
            return .bool(false)
        },
    ]
}
