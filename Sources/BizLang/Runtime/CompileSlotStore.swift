/// `x = a op b` inside code, where a and b are locals and x is a local too
/// (`paid = pay - interest`, `balance = balance - paid`): the result is
/// computed from the two slots and written into x's slot in one closure,
/// with no `Value` returned from the right side and stored by another.
/// Plain numbers, and units through `commonUnit` and `unitNumeric`
/// (ScalarFastPath.swift), exactly as the two closures compute them; anything else (a box, a list, a unit pair that
/// needs the general path) runs the unfused store, which has evaluated
/// nothing yet, since reading two slots has no effect.
extension Compiler {
    /// The fused store of `name = value`, or nil when it does not apply.
    func compileSlotStore(_ name: String, _ value: Expr, _ store: @escaping Code) -> Code? {
        guard case .binary(let op, let a, let b) = value.kind, case .slot(let i) = numericOperand(a),
              case .slot(let j) = numericOperand(b), let target = scope.lookup(name) else { return nil }
        switch op {
        case .add: return slotStore(AddOp.self, i, j, target, store)
        case .sub: return slotStore(SubOp.self, i, j, target, store)
        case .mul: return slotStore(MulOp.self, i, j, target, store)
        case .div: return slotStore(DivOp.self, i, j, target, store)
        default: return nil
        }
    }

    private func slotStore<O: FixedOp>(_: O.Type, _ i: Int, _ j: Int, _ target: Int, _ store: @escaping Code) -> Code {
        return { f throws(BizError) in
            if case .num(let p, let dp) = f[i], case .num(let q, let dq) = f[j], holdsNoReference(f + target) {
                if dp.isPlain, dq.isPlain, let r = plainArithmetic(O.op, p, q) {
                    (f + target).initialize(to: .num(r, .number))
                    return .nothing
                }
                if let v = commonUnit(O.self, p, dp, q, dq) ?? unitNumeric(O.self, p, dp, q, dq) {
                    (f + target).initialize(to: v)
                    return .nothing
                }
            }
            return try store(f)
        }
    }
}
