/// The numbers behind one month of the engine, step by step (MODEL.md 1–8),
/// so the language can narrate `explain(run, month: m)`. All counts are
/// customers (fractional: bins hold expected counts).

/// The four counts of a segment (or their totals).
public struct Counts: Sendable, Equatable {
    public var unclaimed: Double = 0
    public var fit: Double = 0
    public var pushed: Double = 0
    public var rivals: Double = 0

    public init(unclaimed: Double = 0, fit: Double = 0, pushed: Double = 0, rivals: Double = 0) {
        self.unclaimed = unclaimed
        self.fit = fit
        self.pushed = pushed
        self.rivals = rivals
    }

    /// Ours: fit + pushed.
    public var customers: Double { fit + pushed }
    /// Everyone: should equal the segment's size N.
    public var total: Double { unclaimed + fit + pushed + rivals }

    static func + (a: Counts, b: Counts) -> Counts {
        Counts(unclaimed: a.unclaimed + b.unclaimed, fit: a.fit + b.fit,
               pushed: a.pushed + b.pushed, rivals: a.rivals + b.rivals)
    }
}

/// One segment's month (or, in `MonthFlows.total`, the sum over segments).
public struct SegmentFlows: Sendable, Equatable {
    public var name: String

    /// Counts at the end of the previous month, before step 1.
    public var before = Counts()
    // Step 1 — market growth.
    /// Size N before and after growth; `newcomers` joined U.
    public var sizeBefore = 0.0
    public var size = 0.0
    public var newcomers = 0.0
    // Step 3 — shocks.
    /// F who can no longer afford us and fit rivals: to K (part of lost_to_rivals).
    public var shockToRivals = 0.0
    /// F who can no longer afford us and do not fit rivals: to U (part of churned).
    public var shockToUnclaimed = 0.0
    /// Q in bins that now fit us: become F.
    public var pushedNowFit = 0.0
    /// Q who can no longer pay the pushed deal P·(1 − d) and fit rivals: to K
    /// (part of lost_to_rivals) …
    public var dealExitToRivals = 0.0
    /// … and who do not fit rivals: to U (part of churned).
    public var dealExitToUnclaimed = 0.0
    /// Counts after step 3 (the state steps 4–7 are computed from).
    public var afterShocks = Counts()
    // Step 4 — drift.
    /// F who afford us but fit rivals, moving at the `switching` rate: to K.
    public var drift = 0.0
    // Step 5 — churn (all to U).
    public var churnFit = 0.0
    /// Q lost at churn + 1/pushed_tenure.
    public var churnPushed = 0.0
    /// K lost at churn (not counted in `churned`).
    public var churnRivals = 0.0
    // Step 6 — reach and referrals (Bass). "From rivals" means from K.
    public var reachFromUnclaimed = 0.0
    public var reachFromRivals = 0.0
    public var referralsFromUnclaimed = 0.0
    public var referralsFromRivals = 0.0
    /// U taken by rivals' reach and referrals: to K.
    public var rivalsTake = 0.0
    // Step 7 — active sales.
    /// Leads hitting this segment this month.
    public var leads = 0.0
    /// Leads that reached our own customers (F or Q): wasted.
    public var leadsWasted = 0.0
    /// Leads that reached U or K (the rest).
    public var leadsToProspects = 0.0
    /// Sales to prospects in bins that fit us: to F.
    public var salesFit = 0.0
    /// Sales under pressure to prospects who do not fit us: to Q.
    public var salesPushed = 0.0
    /// The part of salesFit + salesPushed taken from K.
    public var salesFromRivals = 0.0
    // Step 8 — money, on month-end counts.
    /// ΣF·P and ΣQ·P·(1−d).
    public var revenueFit = 0.0
    public var revenuePushed = 0.0
    /// Counts at the end of the month.
    public var after = Counts()
    /// ΣF in bins that would still fit us at max(band top, P) (numerator of `loyal`).
    public var loyalFit = 0.0

    public init(name: String) { self.name = name }

    // Series-level sums, as MODEL.md names them.
    public var newReach: Double { reachFromUnclaimed + reachFromRivals }
    public var newReferrals: Double { referralsFromUnclaimed + referralsFromRivals }
    public var newSales: Double { salesFit + salesPushed }
    public var new: Double { newSales + newReach + newReferrals }
    public var churned: Double { shockToUnclaimed + dealExitToUnclaimed + churnFit + churnPushed }
    public var lostToRivals: Double { shockToRivals + dealExitToRivals + drift }
    public var revenue: Double { revenueFit + revenuePushed }
    /// The month's figures a series keeps: a few numbers, so that appending
    /// a month to a series copies no whole SegmentFlows (it runs for every
    /// segment, month and sample of a Monte Carlo).
    var figures: FlowFigures {
        FlowFigures(new: new, newSales: newSales, newReach: newReach, newReferrals: newReferrals,
                    churned: churned, lostToRivals: lostToRivals, revenue: revenue)
    }

    /// Adds another segment's flows (for totals).
    mutating func add(_ o: SegmentFlows) {
        before = before + o.before
        sizeBefore += o.sizeBefore; size += o.size; newcomers += o.newcomers
        shockToRivals += o.shockToRivals; shockToUnclaimed += o.shockToUnclaimed
        pushedNowFit += o.pushedNowFit
        dealExitToRivals += o.dealExitToRivals; dealExitToUnclaimed += o.dealExitToUnclaimed
        afterShocks = afterShocks + o.afterShocks
        drift += o.drift
        churnFit += o.churnFit; churnPushed += o.churnPushed; churnRivals += o.churnRivals
        reachFromUnclaimed += o.reachFromUnclaimed; reachFromRivals += o.reachFromRivals
        referralsFromUnclaimed += o.referralsFromUnclaimed; referralsFromRivals += o.referralsFromRivals
        rivalsTake += o.rivalsTake
        leads += o.leads; leadsWasted += o.leadsWasted; leadsToProspects += o.leadsToProspects
        salesFit += o.salesFit; salesPushed += o.salesPushed; salesFromRivals += o.salesFromRivals
        revenueFit += o.revenueFit; revenuePushed += o.revenuePushed
        after = after + o.after
        loyalFit += o.loyalFit
    }
}

/// One month of the company: offers, money, and the flows per segment and in total.
public struct MonthFlows: Sendable, Equatable {
    public var month: Int
    /// Step 2 — the offers in force this month.
    public var price: Double
    public var value: Double
    /// `nil` without a competitor.
    public var rivalPrice: Double?
    public var rivalValue: Double?
    /// Name of the strategy in force (`nil`: none).
    public var strategy: String?
    /// The pushed customers' deal in force (from the last strategy with leads > 0).
    public var pushedDiscount: Double
    public var pushedTenure: Double
    public var segments: [SegmentFlows]
    public var total: SegmentFlows
    // Step 8 — company money.
    public var revenue: Double
    /// leads · cost_per_lead.
    public var salesCost: Double
    public var invest: Double
    public var fixedCosts: Double
    /// unit_cost · customers.
    public var unitCosts: Double
    public var costs: Double
    public var profit: Double
    public var cashBefore: Double
    public var cash: Double
}

/// What one month's flows add to a series (SeriesSet.append); all 0 at month 0.
struct FlowFigures {
    var new = 0.0, newSales = 0.0, newReach = 0.0, newReferrals = 0.0
    var churned = 0.0, lostToRivals = 0.0, revenue = 0.0
}
