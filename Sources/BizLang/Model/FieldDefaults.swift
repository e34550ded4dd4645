/// What a declaration's omitted field reads as: its default from MODEL.md's
/// "Defaults and units" table, in the field's unit (`smb.churn` is
/// `0%/month`, `active.pushed_tenure` is `forever`), so a formula over a
/// field works whether or not the declaration wrote it. Defaults that depend
/// on another object (a segment's band comes from the company's price, the
/// market's currency from the company) have no value of their own; a
/// segment's taste reads `10%`, the percent of our price it defaults to.
extension Interpreter {
    func defaultValue(of field: String, in o: ModelObject) -> Value? {
        let money = Dim.money(defaultCurrency(of: o))
        let perMonth = { (d: Dim) -> Dim in Dim(d.kind, currency: d.currency, per: .month) }
        let lossRate = Value.num(0, perMonth(.percent).lossLike(true))
        let growthRate = Value.num(0, perMonth(.percent))
        switch (o.kind, field) {
        case (.market, "months"): return .number(36)
        case (.market, "growth"): return growthRate
        case (.market, "resolution"): return .number(200)
        case (.segment, "customers"), (.segment, "competitors"): return .number(0)
        case (.segment, "taste"): return .num(0.1, .percent)   // of our starting price
        case (.segment, "churn"): return lossRate
        case (.segment, "switching"): return .num(0.1, perMonth(.percent).lossLike(true))
        case (.competitor, "value"), (.company, "value"): return .number(1)
        case (.competitor, "value_growth"), (.strategy, "value_growth"): return growthRate
        case (.competitor, "reach"), (.strategy, "reach"): return lossRate
        case (.competitor, "referrals"), (.strategy, "referrals"): return .number(0)
        case (.strategy, "leads"): return .num(0, perMonth(.number))
        case (.strategy, "conversion"), (.strategy, "pressure"), (.strategy, "discount"): return .num(0, .percent)
        case (.strategy, "cost_per_lead"), (.company, "unit_cost"), (.company, "cash"): return .num(0, money)
        case (.strategy, "pushed_tenure"): return .num(.infinity, .duration)
        case (.strategy, "invest"), (.company, "fixed_costs"): return .num(0, perMonth(money))
        default: return nil
        }
    }

    /// The currency a money default is in: the company's price currency,
    /// else the declared market's, else RUB (as SpecBuilder decides).
    private func defaultCurrency(of o: ModelObject) -> Currency {
        if o.kind == .company, let c = SpecBuilder.priceCurrency(o) { return c }
        if case .str(let code)? = marketObject?.fields["currency"], let c = Currency(code: code) { return c }
        return .rub
    }
}
