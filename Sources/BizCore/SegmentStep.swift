/// One month of one segment: MODEL.md steps 1, 3 and 4–7 (step 2's offer and
/// step 8's money come from the company engine), on the bin classes
/// (SegmentKernel.swift): status update and splits, growth, shocks on the
/// classes whose status changed, then one pass of steps 4–7 over the classes.
extension SegmentState {
    mutating func step(offer: Offer, rates r: MonthRates) -> SegmentFlows {
        var fl = SegmentFlows(name: name)
        let before = sums
        fl.before = before
        fl.sizeBefore = size
        // Step 2 for the bins: statuses under this month's offer.
        let st = splitClasses(offer: offer)
        // Step 1: newcomers join U evenly (every bin has the same probability).
        fl.newcomers = size * r.growth
        size += fl.newcomers
        fl.size = size
        let N = size
        let perBin = fl.newcomers / Double(binCount)
        let cls = st.classes, count = st.count
        if perBin != 0 { SegmentKernel.grow(cls, count: count, perBin: perBin) }
        // Step 3: shocks.
        let shock = shockEveryClass
            ? SegmentKernel.shock(cls, changed: nil, count: count)
            : SegmentKernel.shock(cls, changed: st.new, count: st.newCount)
        shockEveryClass = false
        let dealExits = shock.dealToRivals + shock.dealToUnclaimed
        let s3 = Counts(unclaimed: before.unclaimed + fl.newcomers + shock.toUnclaimed + shock.dealToUnclaimed,
                        fit: before.fit - shock.toRivals - shock.toUnclaimed + shock.pushedNowFit,
                        pushed: before.pushed - shock.pushedNowFit - dealExits,
                        rivals: before.rivals + shock.toRivals + shock.dealToRivals)
        // Steps 4–7.
        var kr = SegmentKernel.FlowRates()
        kr.churn = r.churn
        kr.switching = r.switching
        kr.pushedLoss = r.pushedLoss
        kr.reach = r.reach
        kr.referralRate = r.referrals * s3.fit / N     // pushed customers do not refer
        kr.rivalRate = offer.hasRival ? r.rivalReach + r.rivalReferrals * s3.rivals / N : 0
        let leadRate = r.leads / N                      // chance a given member is reached
        kr.saleFit = leadRate * r.conversion
        kr.salePushed = kr.saleFit * r.pressure
        let sumsOut = SegmentKernel.flows(cls, count: count, rates: kr)

        fl.shockToRivals = shock.toRivals
        fl.shockToUnclaimed = shock.toUnclaimed
        fl.pushedNowFit = shock.pushedNowFit
        fl.dealExitToRivals = shock.dealToRivals
        fl.dealExitToUnclaimed = shock.dealToUnclaimed
        fl.afterShocks = s3
        fl.leads = r.leads
        fl.leadsWasted = r.leads * s3.customers / N
        fl.leadsToProspects = r.leads * (s3.unclaimed + s3.rivals) / N
        fl.drift = sumsOut.drift
        fl.churnFit = sumsOut.churnFit
        fl.churnPushed = sumsOut.churnPushed
        fl.churnRivals = sumsOut.churnRivals
        fl.reachFromUnclaimed = sumsOut.reachU
        fl.reachFromRivals = sumsOut.reachK
        fl.referralsFromUnclaimed = sumsOut.refU
        fl.referralsFromRivals = sumsOut.refK
        fl.rivalsTake = sumsOut.rivalsTake
        fl.salesFit = sumsOut.salesFit
        fl.salesPushed = sumsOut.salesPushed
        fl.salesFromRivals = sumsOut.salesFromRivals
        fl.after = sumsOut.end
        fl.loyalFit = sumsOut.loyal
        sums = sumsOut.end
        loyalFit = sumsOut.loyal
        return fl
    }
}
