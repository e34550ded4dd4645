/// One month of one segment: MODEL.md steps 1, 3 and 4–7 (step 2's offer and
/// step 8's money come from the company engine). Two passes over the bins
/// (SegmentKernel.swift): the first applies growth and the shocks and sums
/// the post-shock state, which the Bass terms of the second need.
extension SegmentState {
    mutating func step(offer: Offer, rates r: MonthRates) -> SegmentFlows {
        var fl = SegmentFlows(name: name)
        fl.before = sums
        fl.sizeBefore = size
        let n = binCount
        // Step 1: newcomers join U evenly (every bin has the same probability).
        fl.newcomers = size * r.growth
        size += fl.newcomers
        fl.size = size
        let N = size

        var kr = SegmentKernel.FlowRates()
        kr.churn = r.churn
        kr.switching = r.switching
        kr.pushedLoss = r.pushedLoss
        kr.loyalPrice = loyaltyPrice(offer.price)
        let wb = wtpBins, tb = tasteBins
        // Locals, so the closures touch no part of `self` while `counts` is borrowed.
        let wValues = w, tauValues = tau
        var shock = SegmentKernel.ShockSums()
        var sumsOut = SegmentKernel.FlowSums()
        wValues.withUnsafeBufferPointer { wp in
            tauValues.withUnsafeBufferPointer { tp in
                counts.withUnsafeMutableBufferPointer { c in
                    guard let cBase = c.baseAddress, let wBase = wp.baseAddress, let tBase = tp.baseAddress else { return }
                    let layout = SegmentKernel.Layout(counts: cBase, n: n, w: wBase, wtpBins: wb, tau: tBase, tasteBins: tb)
                    shock = SegmentKernel.growAndShock(layout, before: fl.before, newcomers: fl.newcomers, offer: offer)
                    let s3 = shock.state
                    kr.reach = r.reach
                    kr.referralRate = r.referrals * s3.fit / N     // pushed customers do not refer
                    kr.rivalRate = offer.hasRival ? r.rivalReach + r.rivalReferrals * s3.rivals / N : 0
                    let leadRate = r.leads / N                      // chance a given member is reached
                    kr.saleFit = leadRate * r.conversion
                    kr.salePushed = kr.saleFit * r.pressure
                    sumsOut = SegmentKernel.flows(layout, s3: s3, rates: kr, offer: offer)
                }
            }
        }
        let s3 = shock.state
        fl.shockToRivals = shock.toRivals
        fl.shockToUnclaimed = shock.toUnclaimed
        fl.pushedNowFit = shock.pushedNowFit
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
