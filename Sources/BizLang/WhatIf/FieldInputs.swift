/// What-ifs over a declaration's fields (LANGUAGE.md §5: `cash given
/// smb.churn = 3%/month`, `sweep active.conversion over …`, and the fields
/// `tornado` varies). A field is changed by giving its cell, for the
/// duration of the what-if, a formula that is the old one with the field
/// replaced: the declaration still follows the cells its other fields read,
/// and everything built from it (companies, runs) recomputes as usual.
extension Interpreter {
    func replaceField(_ input: WhatIfCell, _ value: Value) throws(BizError) {
        guard input.field != nil else { return }
        let i = input.index, span = input.span
        let current = try readCell(i, span)
        let replaced = try withField(current, input, value)
        var formula: CellTable.Formula?
        if let old = cells.formulas[i] {
            let code: Code = { [unowned self] (f) throws(BizError) in try self.withField(try old.code(f), input, value) }
            formula = CellTable.Formula(code: code, frameSize: old.frameSize, deps: old.deps, span: old.span,
                                        ownFields: old.ownFields)
        }
        cells.define(i, formula: formula, value: replaced)
    }

    /// A copy of a declaration (or record) with one field replaced, checked
    /// like the declaration itself.
    func withField(_ base: Value, _ input: WhatIfCell, _ value: Value) throws(BizError) -> Value {
        guard let field = input.field else { return value }
        let owner = String(input.name.prefix(while: { $0 != "." }))
        switch base {
        case .object(let o) where o.kind != .run && o.kind != .schedule:
            return try with(base, [field], [value], [input.span], input.span)
        case .record(let r):
            guard r[field] != nil else { throw noField(field, of: owner, among: r.names, input.span) }
            return try with(base, [field], [value], [input.span], input.span)
        default:
            throw BizError.at(input.span, Message(WhatIfText.notADeclaration, owner, base.typeText),
                              hint: Message(WhatIfText.changeACellInstead, owner))
        }
    }

    /// The value a what-if input has now: the cell's, or the field's (nil
    /// when the declaration leaves the field at its default).
    func currentValue(of input: WhatIfCell) throws(BizError) -> Value? {
        let v = try readCell(input.index, input.span)
        guard let field = input.field else { return v }
        switch v {
        case .object(let o): return o.fields[field]
        case .record(let r): return r[field]
        default: return nil
        }
    }
}
