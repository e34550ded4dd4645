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

    private func recordOfLocals(_ shape: Shape, _ slots: [Int]) -> Code {
        switch slots.count {
        case 1:
            let s0 = slots[0]
            return { f in .record(Record(shape: shape, count: 1) { p in p.initialize(to: f[s0].unboxed) }) }
        case 2:
            let s0 = slots[0], s1 = slots[1]
            return { f in
                .record(Record(shape: shape, count: 2) { p in
                    p.initialize(to: f[s0].unboxed); (p + 1).initialize(to: f[s1].unboxed)
                })
            }
        case 3:
            let s0 = slots[0], s1 = slots[1], s2 = slots[2]
            return { f in
                .record(Record(shape: shape, count: 3) { p in
                    p.initialize(to: f[s0].unboxed); (p + 1).initialize(to: f[s1].unboxed); (p + 2).initialize(to: f[s2].unboxed)
                })
            }
        case 4:
            let s0 = slots[0], s1 = slots[1], s2 = slots[2], s3 = slots[3]
            return { f in
                .record(Record(shape: shape, count: 4) { p in
                    p.initialize(to: f[s0].unboxed); (p + 1).initialize(to: f[s1].unboxed)
                    (p + 2).initialize(to: f[s2].unboxed); (p + 3).initialize(to: f[s3].unboxed)
                })
            }
        default:
            return { f in
                .record(Record(shape: shape, count: slots.count) { p in
                    for (k, s) in slots.enumerated() { (p + k).initialize(to: f[s].unboxed) }
                })
            }
        }
    }

    /// Any values: up to four are computed first, in order (any of them may
    /// fail, and a record's storage is only made whole), then moved in.
    /// More go through an array.
    private func recordOfValues(_ shape: Shape, _ values: [Expr]) -> Code {
        switch values.count {
        case 1:
            let c0 = compileExpr(values[0])
            return { f throws(BizError) in
                let v0 = try c0(f)
                return .record(Record(shape: shape, count: 1) { p in p.initialize(to: v0) })
            }
        case 2:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1])
            return { f throws(BizError) in
                let v0 = try c0(f), v1 = try c1(f)
                return .record(Record(shape: shape, count: 2) { p in p.initialize(to: v0); (p + 1).initialize(to: v1) })
            }
        case 3:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1]), c2 = compileExpr(values[2])
            return { f throws(BizError) in
                let v0 = try c0(f), v1 = try c1(f), v2 = try c2(f)
                return .record(Record(shape: shape, count: 3) { p in
                    p.initialize(to: v0); (p + 1).initialize(to: v1); (p + 2).initialize(to: v2)
                })
            }
        case 4:
            let c0 = compileExpr(values[0]), c1 = compileExpr(values[1]), c2 = compileExpr(values[2]), c3 = compileExpr(values[3])
            return { f throws(BizError) in
                let v0 = try c0(f), v1 = try c1(f), v2 = try c2(f), v3 = try c3(f)
                return .record(Record(shape: shape, count: 4) { p in
                    p.initialize(to: v0); (p + 1).initialize(to: v1); (p + 2).initialize(to: v2); (p + 3).initialize(to: v3)
                })
            }
        default:
            let all = compileAll(values)
            return { f throws(BizError) in .record(Record(shape: shape, values: try all(f))) }
        }
    }
}
