/// Declarations (`segment smb { … }` and friends) become model objects.
extension Interpreter {
    func declare(_ kind: String, _ name: String, _ names: [String], _ values: [Value],
                 _ nameSpans: [SourceSpan], _ valueSpans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        guard let k = ModelObject.Kind(rawValue: kind) else { throw BizError.at(span, "unknown declaration '\(kind)'") }
        return .object(ModelObject(kind: k, name: name, fields: Record(zip(names, values).map { ($0, $1) })))
    }

    func objectMember(_ o: ModelObject, _ name: String, _ span: SourceSpan) throws(BizError) -> Value {
        if name == "name" { return .str(o.name) }
        if let v = o.fields[name] { return v }
        throw noField(name, of: "\(o.kind.rawValue) \(o.name)", among: o.fields.names, span)
    }

    func declareRate(_ code: String, _ value: Value, _ span: SourceSpan) throws(BizError) {
        guard let from = Currency(code: code) else { throw BizError.at(span, "'\(code)' is not a currency code") }
        guard case .num(let amount, let d) = value, d.kind == .money, d.per == nil, let to = d.currency else {
            throw BizError.at(span, "a rate is an amount of another currency, not \(value.typeName)", hint: "write rate \(code) = 63.30 RUB")
        }
        guard to != from else { throw BizError.at(span, "a rate converts between two different currencies") }
        guard amount > 0, amount.isFinite else { throw BizError.at(span, "an exchange rate must be positive") }
        rates.declare(from, amount, to)
        cells.invalidateAllFormulas()
    }
}
