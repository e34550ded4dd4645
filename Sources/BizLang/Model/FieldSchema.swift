/// The fields each declaration accepts (MODEL.md "Defaults and units"), with
/// the unit each expects. Declarations are checked against this when they
/// are made, so a typo or a wrong unit is an error at the field.
enum FieldType: Equatable {
    /// A count of customers: a plain number ≥ 0.
    case count
    /// A count per period (leads), or a record of them by segment.
    case countRate
    /// A probability: a percent in [0, 100%].
    case probability
    /// A loss-like percent rate (churn, switching, reach).
    case lossRate
    /// A growth-like percent rate (growth, value_growth).
    case growthRate
    case money
    case moneyRate
    /// Money per period, or `p of revenue`.
    case invest
    case number
    /// `referrals`: a plain per-month coefficient, or one per period
    /// (`1.2/year`), which converts linearly (LANGUAGE.md §4).
    case coefficient
    /// A whole number of months (a plain number or a duration).
    case months
    case duration
    case currency
    case band
    case wtp
    /// Money, or a percent of our starting price.
    case taste
    case segments
    case strategy
    case competitor
    /// Money, or a schedule of money.
    case price
    case range

    /// How the expected unit reads in an error.
    var expected: Message {
        switch self {
        case .count: return Message(ModelText.expectCount)
        case .countRate: return Message(ModelText.expectCountRate)
        case .probability: return Message(ModelText.expectProbability)
        case .lossRate, .growthRate: return Message(ModelText.expectPercentRate)
        case .money: return Message(ModelText.expectMoney)
        case .moneyRate: return Message(ModelText.expectMoneyRate)
        case .invest: return Message(ModelText.expectInvest)
        case .number: return Message(ModelText.expectNumber)
        case .coefficient: return Message(ModelText.expectCoefficient)
        case .months: return Message(ModelText.expectMonths)
        case .duration: return Message(ModelText.expectDuration)
        case .currency: return Message(ModelText.expectCurrency)
        case .band: return Message(ModelText.expectBand)
        case .wtp: return Message(ModelText.expectWTP)
        case .taste: return Message(ModelText.expectTaste)
        case .segments: return Message(ModelText.expectSegments)
        case .strategy: return Message(ModelText.expectStrategy)
        case .competitor: return Message(ModelText.expectCompetitor)
        case .price: return Message(ModelText.expectPrice)
        case .range: return Message(ModelText.expectRange)
        }
    }

    /// The hint for a bare number where a rate is expected: Biz source.
    func hint(for v: Value) -> Message? {
        code(for: v).map { Message(ModelText.didYouMeanCode, $0) }
    }

    private func code(for v: Value) -> String? {
        guard case .num(let x, let d) = v else { return nil }
        let n = formatPlain(x)
        switch self {
        case .lossRate, .growthRate:
            // Hints are source (§1): `2.57%/month`. A plain number below 1
            // reads as a fraction (0.03 is 3%), above it as percent points.
            let monthly = Dim.percent.per(.month)
            if d.kind == .percent && d.per == nil { return sourceText(x, monthly) }
            if d.isPlain { return x.magnitude < 1 ? sourceText(x, monthly) : "\(n)%/month" }
        case .countRate: if d.isPlain { return "\(n)/month" }
        case .moneyRate, .invest: if d.kind == .money && d.per == nil { return "\(n) \(d.currency?.code ?? "RUB")/month" }
        case .money, .price: if d.isPlain { return "\(n) RUB" }
        case .probability: if d.isPlain && x > 1 { return "\(n)%" }
        default: break
        }
        return nil
    }
}

struct FieldSpec {
    let name: String
    let type: FieldType
    let required: Bool
}

enum Schema {
    static func fields(_ kind: ModelObject.Kind) -> [FieldSpec] {
        func f(_ n: String, _ t: FieldType, required: Bool = false) -> FieldSpec { FieldSpec(name: n, type: t, required: required) }
        switch kind {
        case .market:
            return [f("months", .months), f("growth", .growthRate), f("currency", .currency), f("resolution", .number)]
        case .band:
            return [f("range", .range, required: true)]
        case .segment:
            return [f("size", .count, required: true), f("customers", .count), f("competitors", .count), f("band", .band),
                    f("wtp", .wtp, required: true), f("taste", .taste), f("churn", .lossRate), f("switching", .lossRate)]
        case .competitor:
            return [f("price", .money, required: true), f("value", .number), f("value_growth", .growthRate),
                    f("reach", .lossRate), f("referrals", .coefficient)]
        case .strategy:
            return [f("leads", .countRate), f("conversion", .probability), f("pressure", .probability), f("cost_per_lead", .money),
                    f("discount", .probability), f("pushed_tenure", .duration), f("reach", .lossRate), f("referrals", .coefficient),
                    f("invest", .invest), f("value_growth", .growthRate)]
        case .company:
            return [f("price", .price, required: true), f("value", .number), f("segments", .segments, required: true),
                    f("strategy", .strategy), f("competitor", .competitor), f("fixed_costs", .moneyRate),
                    f("unit_cost", .money), f("cash", .money)]
        case .run, .schedule:
            return []
        }
    }
}
