/// Runs the bin engine for `months` (default: the market's) and returns the
/// series in total and per segment. Throws `CoreError` on invalid input.
/// Safe to call concurrently: everything lives in local values.
public func simulate(_ company: CompanySpec, market: MarketSpec = MarketSpec(), months: Int? = nil) throws -> Run {
    let horizon = months ?? market.months
    guard horizon >= 0 else { throw CoreError(field: "months", message: "must not be negative, got \(horizon)") }
    var engine = try BinEngine(company: company, market: market)
    let capacity = horizon + 1
    var total = SeriesSet(name: "total", hasMoney: true, capacity: capacity)
    var segments = engine.segments.map { SeriesSet(name: $0.name, hasMoney: false, capacity: capacity) }

    // Month 0: the starting state.
    var counts = Counts(), loyal = 0.0
    for (i, seg) in engine.segments.enumerated() {
        segments[i].append(counts: seg.sums, size: seg.size, loyalFit: seg.loyalFit, flows: nil, offer: engine.offer)
        counts = counts + seg.sums
        loyal += seg.loyalFit
    }
    total.append(counts: counts, size: engine.totalSize, loyalFit: loyal, flows: nil, offer: engine.offer)
    total.appendMoney(costs: 0, profit: 0, cash: engine.cash)

    var flows: [SegmentFlows] = []
    for _ in 0..<horizon {
        let month = engine.advance(segmentFlows: &flows)
        for i in flows.indices {
            let f = flows[i]
            segments[i].append(counts: f.after, size: f.size, loyalFit: f.loyalFit, flows: f, offer: engine.offer)
        }
        let t = month.total
        total.append(counts: t.after, size: t.size, loyalFit: t.loyalFit, flows: t, offer: engine.offer)
        total.appendMoney(costs: month.costs, profit: month.profit, cash: month.cash)
    }
    return Run(months: horizon, total: total, segments: segments, company: company, market: market)
}
