/// The stress test (MODEL.md): raise the price and count who stays. Stayers
/// are exactly the F in bins that still fit us at the new price P′ (with V, W
/// and R unchanged); pushed customers never stay.

public enum StressTarget: Sendable, Equatable {
    /// P′ = P·(1 + x): +0.2 is +20%.
    case relative(Double)
    /// P′ = the amount.
    case absolute(Double)
    /// P′ = max(band top, P), per segment.
    case bandTop
}

public struct StressFigures: Sendable, Equatable {
    /// Our customers (ΣF + ΣQ) before the test.
    public var customers: Double
    public var stayers: Double
    /// customers − stayers.
    public var leavers: Double
    /// stayers ÷ customers; 0 when there are no customers.
    public var stay: Double
    /// ΣF·P + ΣQ·P·(1−d).
    public var revenueBefore: Double
    /// stayers·P′.
    public var revenueAfter: Double
    /// revenueAfter ÷ revenueBefore − 1; 0 when revenueBefore is 0.
    public var revenueChange: Double
    /// P.
    public var price: Double
    /// P′. In total: revenueAfter ÷ stayers (the common P′ when every segment
    /// has the same one); without stayers, the mean of the segments' P′.
    public var newPrice: Double
}

public struct StressResult: Sendable {
    public var month: Int
    public var total: StressFigures
    public var segments: [(name: String, figures: StressFigures)]

    public func segment(named name: String) -> StressFigures? {
        segments.first { $0.name == name }?.figures
    }
}

/// Stress test of the state at the end of month `atMonth` (0 = the starting state).
public func stress(_ company: CompanySpec, market: MarketSpec = MarketSpec(), atMonth: Int = 0,
                   target: StressTarget) throws -> StressResult {
    guard atMonth >= 0 else { throw CoreError(field: "at", problem: .negative(Double(atMonth))) }
    switch target {
    case let .relative(x):
        try Check.finite(x, "stress: price")
        guard x > -1 else { throw CoreError(field: "stress: price", problem: .priceCutTooDeep(x)) }
    case let .absolute(p):
        try Check.nonNegative(p, "stress: to")
    case .bandTop:
        break
    }
    var engine = try BinEngine(company: company, market: market)
    try engine.run(to: atMonth)
    return engine.stress(target)
}

/// Stress test of month `atMonth` of a run (re-simulates from the run's inputs).
public func stress(_ run: Run, atMonth: Int = 0, target: StressTarget) throws -> StressResult {
    try stress(run.company, market: run.market, atMonth: atMonth, target: target)
}

extension BinEngine {
    func stress(_ target: StressTarget) -> StressResult {
        let P = offer.price
        let pushedPrice = P * (1 - deal.discount)
        var segs: [(name: String, figures: StressFigures)] = []
        var customers = 0.0, stayers = 0.0, before = 0.0, after = 0.0, newPrices = 0.0
        for seg in segments {
            let newPrice: Double
            switch target {
            case let .relative(x): newPrice = P * (1 + x)
            case let .absolute(p): newPrice = p
            case .bandTop: newPrice = seg.loyaltyPrice(P)
            }
            let stay = seg.fitCount(offer.withPrice(newPrice))
            let revBefore = seg.sums.fit * P + seg.sums.pushed * pushedPrice
            let figures = StressFigures.make(customers: seg.sums.customers, stayers: stay,
                                             revenueBefore: revBefore, price: P, newPrice: newPrice)
            segs.append((seg.name, figures))
            customers += seg.sums.customers
            stayers += stay
            before += revBefore
            after += figures.revenueAfter
            newPrices += newPrice
        }
        var total = StressFigures.make(customers: customers, stayers: stayers, revenueBefore: before,
                                       price: P, newPrice: newPrices / Double(max(segs.count, 1)))
        // Total P′ is the stayer-weighted price (see StressFigures.newPrice).
        if stayers > 0 { total.newPrice = after / stayers }
        total.revenueAfter = after
        total.revenueChange = before > 0 ? after / before - 1 : 0
        return StressResult(month: month, total: total, segments: segs)
    }
}

extension StressFigures {
    static func make(customers: Double, stayers: Double, revenueBefore: Double, price: Double,
                     newPrice: Double) -> StressFigures {
        let revenueAfter = stayers * newPrice
        return StressFigures(
            customers: customers, stayers: stayers, leavers: customers - stayers,
            stay: customers > 0 ? stayers / customers : 0,
            revenueBefore: revenueBefore, revenueAfter: revenueAfter,
            revenueChange: revenueBefore > 0 ? revenueAfter / revenueBefore - 1 : 0,
            price: price, newPrice: newPrice)
    }
}
