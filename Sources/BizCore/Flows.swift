/// `flows` exposes one month's step-by-step numbers (for `explain`), and
/// `bins` the raw bin state (for charts of who our customers are, and for
/// tests that check the engine bin by bin).

/// Steps 1–8 of month `month` (≥ 1). Month 0 returns the starting state with
/// no flows (every flow field 0, `before` = `after`).
public func flows(_ company: CompanySpec, market: MarketSpec = MarketSpec(), month: Int) throws -> MonthFlows {
    guard month >= 0 else { throw CoreError(field: "month", problem: .negative(Double(month))) }
    var engine = try BinEngine(company: company, market: market)
    if month == 0 {
        var segs: [SegmentFlows] = []
        var total = SegmentFlows(name: "total")
        let P = engine.offer.price
        for seg in engine.segments {
            var f = SegmentFlows(name: seg.name)
            f.before = seg.sums; f.afterShocks = seg.sums; f.after = seg.sums
            f.sizeBefore = seg.size; f.size = seg.size
            f.loyalFit = seg.loyalFit
            f.revenueFit = seg.sums.fit * P
            f.revenuePushed = seg.sums.pushed * P * (1 - engine.deal.discount)
            segs.append(f)
            total.add(f)
        }
        let o = engine.offer
        let hasRival = company.competitor != nil
        return MonthFlows(month: 0, price: P, value: o.value,
                          rivalPrice: hasRival ? o.rivalPrice : nil, rivalValue: hasRival ? o.rivalValue : nil,
                          strategy: engine.strategy?.name, pushedDiscount: engine.deal.discount,
                          pushedTenure: engine.deal.tenure, segments: segs, total: total,
                          revenue: 0, salesCost: 0, invest: 0, fixedCosts: 0, unitCosts: 0, costs: 0,
                          profit: 0, cashBefore: engine.cash, cash: engine.cash)
    }
    try engine.run(to: month - 1)
    var segs: [SegmentFlows] = []
    var result = engine.advance(segmentFlows: &segs)
    result.segments = segs
    return result
}

/// `flows` for month `month` of a run (re-simulates from the run's inputs).
public func flows(_ run: Run, month: Int) throws -> MonthFlows {
    try flows(run.company, market: run.market, month: month)
}

/// One segment's bins at the end of a month. Bin b = i·tasteBins + j has base
/// WTP `wtp[i]` and taste `taste[j]`; the four count arrays are indexed by b.
public struct BinSnapshot: Sendable, Equatable {
    public var name: String
    public var size: Double
    public var wtp: [Double]
    public var taste: [Double]
    public var unclaimed: [Double]
    public var fit: [Double]
    public var pushed: [Double]
    public var rivals: [Double]
    public var tasteBins: Int { taste.count }
}

/// The bins of every segment at the end of month `atMonth`.
public func bins(_ company: CompanySpec, market: MarketSpec = MarketSpec(), atMonth: Int) throws -> [BinSnapshot] {
    guard atMonth >= 0 else { throw CoreError(field: "month", problem: .negative(Double(atMonth))) }
    var engine = try BinEngine(company: company, market: market)
    try engine.run(to: atMonth)
    return engine.segments.map { s in
        let n = s.binCount
        let counts = s.binCounts()
        return BinSnapshot(name: s.name, size: s.size, wtp: s.w, taste: s.tau,
                           unclaimed: Array(counts[0..<n]), fit: Array(counts[n..<2 * n]),
                           pushed: Array(counts[2 * n..<3 * n]), rivals: Array(counts[3 * n..<4 * n]))
    }
}
