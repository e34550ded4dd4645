/// The company-level bin engine: owns every segment's bins, applies MODEL.md
/// step 2 (offers) and step 8 (money), and runs the segments' steps in
/// between. A value type with no shared state, so separate simulations can
/// run concurrently on separate threads.
struct BinEngine: Sendable {
    /// The pushed customers' deal: discount and tenure of the last strategy
    /// in force that had leads > 0. Before any such strategy, pushed customers
    /// (only possible from the starting state) pay full price and stay forever.
    struct Deal: Sendable {
        var discount = 0.0
        var tenure = Double.infinity

        /// The deal once `s` is in force: its own if it has leads, else unchanged.
        func updated(by s: StrategySpec?) -> Deal {
            guard let s, s.totalLeads > 0 else { return self }
            return Deal(discount: s.discount, tenure: s.pushedTenure)
        }
    }

    let company: CompanySpec
    let market: MarketSpec
    private(set) var segments: [SegmentState]
    private(set) var month = 0
    private(set) var offer: Offer
    private(set) var cash: Double
    private(set) var deal = Deal()
    private(set) var strategy: StrategySpec?

    /// `grids`, when given, are the segments' bin grids in segment order
    /// (shared by a batch); a grid that does not match its segment is ignored.
    /// About what the segments' bin state takes (BinStore: a class index per
    /// bin, and some doubles per WTP row), for the memory budget.
    static func stateBytes(_ company: CompanySpec, _ market: MarketSpec) -> Int {
        let rows = max(0, market.resolution)
        return company.segments.reduce(0) { sum, spec in
            let bins = rows * (spec.taste > 0 ? SegmentState.tasteBinCount : 1)
            return sum &+ bins &* 4 &+ rows &* 48
        }
    }

    /// `months`, with grids that carry a batch's scripts, is how far the
    /// run will go: the segments then replay or record their splits
    /// (StatusScript.swift) over the offer path of those months.
    init(company: CompanySpec, market: MarketSpec, grids: [SegmentGrid]? = nil, months: Int? = nil) throws {
        try market.validate()
        try company.validate()
        self.company = company
        self.market = market
        let price = company.price.value(atMonth: 0)
        let rival = company.competitor
        strategy = company.strategy.value(atMonth: 0)
        deal = Deal().updated(by: strategy)
        offer = Offer(price: price, value: company.value, rivalPrice: rival?.price ?? 0,
                      rivalValue: rival?.value ?? 0, hasRival: rival != nil,
                      dealPrice: price * (1 - deal.discount))
        let start = offer
        try MemoryBudget.reserve(bytes: BinEngine.stateBytes(company, market), what: .engineState)
        var path: [OfferKey]? = nil
        if let months, months >= 0, let g = grids, g.contains(where: { $0.scripts != nil }) {
            path = BinEngine.offerPath(company: company, start: start, strategy: strategy, deal: deal, months: months)
        }
        segments = company.segments.enumerated().map { idx, spec in
            var grid: SegmentGrid? = nil
            if let g = grids, idx < g.count, g[idx].matches(spec, resolution: market.resolution) { grid = g[idx] }
            return SegmentState(spec: spec, resolution: market.resolution, offer: start, startPrice: price, grid: grid,
                                offers: path)
        }
        cash = company.cash
    }


    var totalSize: Double { segments.reduce(0) { $0 + $1.size } }

    /// Step 2's offer for month `m` from month m − 1's (and the strategy and
    /// deal in force): the one place the offers are computed.
    static func nextOffer(_ offer: inout Offer, strategy: inout StrategySpec?, deal: inout Deal, month m: Int,
                          company: CompanySpec) {
        strategy = company.strategy.value(atMonth: m)
        deal = deal.updated(by: strategy)
        offer.price = company.price.value(atMonth: m)
        offer.dealPrice = offer.price * (1 - deal.discount)
        offer.value *= 1 + (strategy?.valueGrowth ?? 0)
        if let rival = company.competitor { offer.rivalValue *= 1 + rival.valueGrowth }
    }

    /// The offers of months 0…`months` (they do not depend on the counts).
    static func offerPath(company: CompanySpec, start: Offer, strategy: StrategySpec?, deal: Deal,
                          months: Int) -> [OfferKey] {
        var o = start, s = strategy, d = deal
        var path = [OfferKey(o)]
        path.reserveCapacity(months + 1)
        for m in stride(from: 1, through: months, by: 1) {
            nextOffer(&o, strategy: &s, deal: &d, month: m, company: company)
            path.append(OfferKey(o))
        }
        return path
    }

    /// Shelves the splits the segments recorded (after a whole run).
    func publishScripts() { for s in segments { s.publishScript() } }

    /// Runs month `month + 1`. Per-segment flows are written into `segmentFlows`
    /// (resized once, then reused) so Monte Carlo loops do not allocate per month;
    /// the returned value's `segments` is left empty.
    mutating func advance(segmentFlows: inout [SegmentFlows]) -> MonthFlows {
        month += 1
        let m = month
        // Step 2: offers.
        BinEngine.nextOffer(&offer, strategy: &strategy, deal: &deal, month: m, company: company)

        let sizeNow = totalSize
        let s = strategy
        var rates = MonthRates()
        rates.growth = market.growth
        rates.reach = s?.reach ?? 0
        rates.referrals = s?.referrals ?? 0
        rates.rivalReach = company.competitor?.reach ?? 0
        rates.rivalReferrals = company.competitor?.referrals ?? 0
        rates.conversion = s?.conversion ?? 0
        rates.pressure = s?.pressure ?? 0
        let tenureLoss = deal.tenure.isFinite ? 1 / deal.tenure : 0

        if segmentFlows.count != segments.count {
            segmentFlows = segments.map { SegmentFlows(name: $0.name) }
        }
        var total = SegmentFlows(name: "total")
        let P = offer.price
        let pushedPrice = offer.dealPrice
        for idx in segments.indices {
            let spec = segments[idx].spec
            rates.churn = spec.churn
            rates.switching = spec.switching
            rates.pushedLoss = spec.churn + tenureLoss
            if let bySegment = s?.leadsBySegment {
                rates.leads = bySegment[spec.name] ?? 0
            } else {
                // Split by current size; growth is common to all segments, so
                // the shares before and after step 1 are the same.
                rates.leads = (s?.leads ?? 0) * segments[idx].size / sizeNow
            }
            // Written in place: a SegmentFlows is some 40 numbers.
            segmentFlows[idx] = segments[idx].step(offer: offer, rates: rates)
            // Step 8 (segment part): revenue on month-end counts.
            segmentFlows[idx].revenueFit = segmentFlows[idx].after.fit * P
            segmentFlows[idx].revenuePushed = segmentFlows[idx].after.pushed * pushedPrice
            total.add(segmentFlows[idx])
        }

        // Step 8: money.
        let revenue = total.revenue
        let salesCost = (s?.totalLeads ?? 0) * (s?.costPerLead ?? 0)
        let invest = s?.invest.amount(revenue: revenue) ?? 0
        let unitCosts = company.unitCost * total.after.customers
        let costs = company.fixedCosts + unitCosts + salesCost + invest
        let cashBefore = cash
        cash += revenue - costs
        return MonthFlows(
            month: m, price: P, value: offer.value,
            rivalPrice: company.competitor.map { _ in offer.rivalPrice },
            rivalValue: company.competitor.map { _ in offer.rivalValue },
            strategy: s?.name, pushedDiscount: deal.discount, pushedTenure: deal.tenure,
            segments: [], total: total, revenue: revenue, salesCost: salesCost, invest: invest,
            fixedCosts: company.fixedCosts, unitCosts: unitCosts, costs: costs,
            profit: revenue - costs, cashBefore: cashBefore, cash: cash)
    }

    /// Runs until `month == target` (no-op when already there). Stops at a
    /// month whose numbers overflowed, as `simulate` does, so that `stress`,
    /// `flows` and `bins` of a late month never report a zeroed segment.
    mutating func run(to target: Int) throws {
        var scratch: [SegmentFlows] = []
        while month < target {
            let flows = advance(segmentFlows: &scratch)
            try checkFinite(flows, segments: scratch, company: company)
        }
    }
}
