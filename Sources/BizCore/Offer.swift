/// The offers in force in one month (MODEL.md step 2) and the fit rules that
/// follow from them. Every bin decision in the engine goes through here or
/// through the same inequalities inlined in the hot loop (SegmentStep.swift).
struct Offer: Sendable {
    var price: Double       // P
    var value: Double       // V
    var rivalPrice: Double  // R (unused without a rival)
    var rivalValue: Double  // W
    var hasRival: Bool
    /// The pushed deal's price P·(1 − d): a bin can be pushed, and its pushed
    /// customers stay, only while `w·V ≥ dealPrice` (MODEL.md v1.1 steps 3, 7).
    var dealPrice: Double

    func withPrice(_ p: Double) -> Offer {
        var o = self
        o.price = p
        return o
    }

    /// (fits us, fits rivals) for a customer with base WTP `w` and taste `tau`.
    @inline(__always)
    func fits(w: Double, tau: Double) -> (us: Bool, rivals: Bool) {
        let affordsUs = w * value >= price
        guard hasRival else { return (affordsUs, false) }
        let affordsRivals = w * rivalValue >= rivalPrice
        let prefersUs = w * value - price + tau >= w * rivalValue - rivalPrice
        return (affordsUs && (!affordsRivals || prefersUs),
                affordsRivals && (!affordsUs || !prefersUs))
    }
}

/// Per-month rates for one segment, resolved from the strategy, competitor and segment.
struct MonthRates: Sendable {
    var growth = 0.0
    var reach = 0.0            // p
    var referrals = 0.0        // q
    var rivalReach = 0.0       // p_r
    var rivalReferrals = 0.0   // q_r
    var leads = 0.0            // this segment's leads this month
    var conversion = 0.0
    var pressure = 0.0
    var churn = 0.0
    var switching = 0.0
    var pushedLoss = 0.0       // churn + 1/pushed_tenure
}
