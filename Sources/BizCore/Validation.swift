/// Validation of whole specs before a simulation: every error names the field
/// as the user wrote it (`segment smb: churn`), never a Swift property path.
extension MarketSpec {
    func validate() throws {
        guard months >= 0 else { throw CoreError(field: "market: months", problem: .negative(Double(months))) }
        try Check.growth(growth, "market: growth")
        guard resolution >= 1 && resolution <= 100_000 else {
            throw CoreError(field: "market: resolution", problem: .resolutionOutOfRange(resolution))
        }
    }
}

extension SegmentSpec {
    func validate() throws {
        var f: String { "segment \(name)" }
        try Check.positive(size, "\(f): size")
        try Check.nonNegative(customers, "\(f): customers")
        try Check.nonNegative(competitors, "\(f): competitors")
        if customers + competitors > size * (1 + 1e-12) {
            throw CoreError(field: "\(f): customers + competitors",
                            problem: .overfull(customers: customers, competitors: competitors, size: size))
        }
        if let lo = bandLo { try Check.nonNegative(lo, "\(f): band") }
        if let hi = bandHi { try Check.nonNegative(hi, "\(f): band") }
        if let lo = bandLo, let hi = bandHi, lo > hi {
            throw CoreError(field: "\(f): band", problem: .bandInverted(low: lo, high: hi))
        }
        try wtp.validate(field: "\(f): wtp")
        try Check.nonNegative(taste, "\(f): taste")
        try Check.probability(churn, "\(f): churn")
        try Check.probability(switching, "\(f): switching")
    }
}

extension CompetitorSpec {
    func validate() throws {
        var f: String { "competitor \(name)" }
        try Check.nonNegative(price, "\(f): price")
        try Check.nonNegative(value, "\(f): value")
        try Check.growth(valueGrowth, "\(f): value_growth")
        try Check.probability(reach, "\(f): reach")
        try Check.nonNegative(referrals, "\(f): referrals")
    }
}

extension StrategySpec {
    func validate(segmentNames: Set<String>) throws {
        var f: String { "strategy \(name)" }
        try Check.nonNegative(leads, "\(f): leads")
        if let bySegment = leadsBySegment {
            for (segment, count) in bySegment.sorted(by: { $0.key < $1.key }) {
                guard segmentNames.contains(segment) else {
                    throw CoreError(field: "\(f): leads.\(segment)", problem: .noSuchSegment(segment))
                }
                try Check.nonNegative(count, "\(f): leads.\(segment)")
            }
        }
        try Check.probability(conversion, "\(f): conversion")
        try Check.probability(pressure, "\(f): pressure")
        try Check.nonNegative(costPerLead, "\(f): cost_per_lead")
        try Check.probability(discount, "\(f): discount")
        guard !pushedTenure.isNaN && pushedTenure > 0 else {
            throw CoreError(field: "\(f): pushed_tenure", problem: .notPositiveDuration(pushedTenure))
        }
        try Check.probability(reach, "\(f): reach")
        try Check.nonNegative(referrals, "\(f): referrals")
        switch invest {
        case let .perMonth(x): try Check.nonNegative(x, "\(f): invest")
        case let .shareOfRevenue(s): try Check.nonNegative(s, "\(f): invest")
        }
        try Check.growth(valueGrowth, "\(f): value_growth")
    }
}

extension CompanySpec {
    func validate() throws {
        var f: String { "company \(name)" }
        try price.validateOrder(field: "\(f): price")
        for p in price.allValues { try Check.nonNegative(p, "\(f): price") }
        try Check.nonNegative(value, "\(f): value")
        guard !segments.isEmpty else { throw CoreError(field: "\(f): segments", problem: .noSegments) }
        var names = Set<String>()
        for segment in segments {
            guard names.insert(segment.name).inserted else {
                throw CoreError(field: "\(f): segments", problem: .segmentListedTwice(segment.name))
            }
            try segment.validate()
        }
        try strategy.validateOrder(field: "\(f): strategy")
        for s in strategy.allValues { try s?.validate(segmentNames: names) }
        try competitor?.validate()
        try Check.nonNegative(fixedCosts, "\(f): fixed_costs")
        try Check.nonNegative(unitCost, "\(f): unit_cost")
        try Check.finite(cash, "\(f): cash")
    }
}
