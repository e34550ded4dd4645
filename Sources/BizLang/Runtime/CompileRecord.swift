/// Record literals, `{id: i, qty: 1 + mod(i, 9)}`. One shape per set of
/// names (Interpreter.shape(of:)), and the values written straight into the
/// record's storage (Values/Record.swift): making a record is one
/// allocation, with no array of values in between.
extension Compiler {
    func compileRecordLiteral(_ fields: [Field]) -> Code {
        let shape = rt.shape(of: fields.map(\.name))
        // `{month: m, interest: interest}`: every value a local, read from
        // its slot in place (no closure call a field).
        let slots = fields.compactMap { field -> Int? in
            if case .name(let n) = field.value.kind { return scope.lookup(n) }
            return nil
        }
        if !slots.isEmpty, slots.count == fields.count { return recordOfLocals(shape, slots) }
        return recordOfValues(shape, fields.map(\.value))
    }

    private func recordOfLocals(_ shape: Shape, _ s: [Int]) -> Code {
        switch s.count {
        case 1: return { [s0 = s[0]] f in .record(Record(shape: shape, f[s0].unboxed)) }
        case 2: return { [s0 = s[0], s1 = s[1]] f in .record(Record(shape: shape, f[s0].unboxed, f[s1].unboxed)) }
        case 3:
            return { [s0 = s[0], s1 = s[1], s2 = s[2]] f in .record(Record(shape: shape, f[s0].unboxed, f[s1].unboxed, f[s2].unboxed)) }
        case 4:
            return { [s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3]] f in
                .record(Record(shape: shape, f[s0].unboxed, f[s1].unboxed, f[s2].unboxed, f[s3].unboxed))
            }
        default:
            return { f in
                .record(Record(shape: shape, count: s.count) { p in
                    for (k, slot) in s.enumerated() { (p + k).initialize(to: f[slot].unboxed) }
                })
            }
        }
    }

    /// Any values: up to four are computed first, in order (any of them may
    /// fail, and a record's storage is only made whole), then written in.
    /// More go through an array.
    private func recordOfValues(_ shape: Shape, _ values: [Expr]) -> Code {
        switch values.count {
        case 1:
            let c0 = compileExpr(values[0])
            return { f throws(BizError) in .record(Record(shape: shape, try c0(f))) }
        case 2:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1])
            return { f throws(BizError) in
                let v0 = try c0(f)
                return .record(Record(shape: shape, v0, try c1(f)))
            }
        case 3:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1]), c2 = compileExpr(values[2])
            return { f throws(BizError) in
                let v0 = try c0(f), v1 = try c1(f)
                return .record(Record(shape: shape, v0, v1, try c2(f)))
            }
        case 4:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1]), c2 = compileExpr(values[2]), c3 = compileExpr(values[3])
            return { f throws(BizError) in
                let v0 = try c0(f), v1 = try c1(f), v2 = try c2(f)
                return .record(Record(shape: shape, v0, v1, v2, try c3(f)))
            }
        default:
            let all = compileAll(values)
            return { f throws(BizError) in .record(Record(shape: shape, values: try all(f))) }
        }
    }
}
