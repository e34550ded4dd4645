/// `base with {name: …, qty: …}`: a copy of a record with some fields set.
/// The copy shares the names (a shape, WithPlan) and writes its values by
/// index. With one or two fields (the usual `with`) the new values are
/// computed first and the copy is made once, each value written once:
/// copying the array and then assigning into it cost a copy-on-write of
/// the whole array and a release of every value overwritten.
extension Compiler {
    func compileWith(_ base: Expr, _ fields: [Field], _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        checkDuplicates(fields)
        let cb = compileExpr(base)
        let names = fields.map(\.name), spans = fields.map(\.nameSpan)
        let plan = WithPlan(names)
        // Read like a declaration's fields: `with {currency: USD}`,
        // `with {invest: 5% of revenue}`, `with {pushed_tenure: forever}`.
        // The first two are kept outside the array (a closure taken out of
        // an array is called through a reabstraction thunk).
        let c0 = fields.count > 0 ? compileDeclarationField(fields[0]) : nil
        let c1 = fields.count > 1 ? compileDeclarationField(fields[1]) : nil
        let codes = [c0, c1].compactMap { $0 } + fields.dropFirst(2).map { compileDeclarationField($0) }
        // Not a record: the general path gives the value or the error.
        let other: (Value, UnsafeMutablePointer<Value>) throws(BizError) -> Value = { b, f throws(BizError) in
            try rt.with(b, names, try evaluateAll(codes, f), spans, span)
        }
        switch (c0, c1, fields.count) {
        case (let c0?, nil, 1):
            return { f throws(BizError) in
                let b = try cb(f)
                guard case .record(let r) = b else { return try other(b, f) }
                plan.prepare(for: r.shape, rt)
                let v0 = try c0(f)
                return .record(plan.copy(r, v0, nil))
            }
        case (let c0?, let c1?, 2):
            return { f throws(BizError) in
                let b = try cb(f)
                guard case .record(let r) = b else { return try other(b, f) }
                plan.prepare(for: r.shape, rt)
                let v0 = try c0(f)
                let v1 = try c1(f)
                return .record(plan.copy(r, v0, v1))
            }
        default:
            return { f throws(BizError) in
                let b = try cb(f)
                guard case .record(let r) = b else { return try other(b, f) }
                plan.prepare(for: r.shape, rt)
                var values = r.values
                values.reserveCapacity(plan.to.names.count)
                for (k, c) in codes.enumerated() {
                    let v = try c(f)
                    let i = plan.slots[k]
                    if i < values.count { values[i] = v } else { values.append(v) }
                }
                return .record(Record(shape: plan.to, values: values))
            }
        }
    }
}
