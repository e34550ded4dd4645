/// The hot loops of a segment's month over its bin classes (see
/// SegmentState.swift for the lumping; the status update that splits classes
/// is in BinStore.swift): row statuses, growth, shocks and steps 4–7. Free functions over raw pointers that
/// return their sums in structs, so every accumulator stays a local.
enum SegmentKernel {
    /// First taste bin that fits us in a row where both offers are affordable,
    /// searching from the previous answer `from`. Taste bins are sorted by τ
    /// and `gain + τ ≥ rivalGain` is monotone in τ, even in floating point, so
    /// "fits us" is exactly the bins j ≥ the answer (`tasteBins` if none).
    @inline(__always)
    static func firstFit(gain: Double, rivalGain: Double, tau: UnsafePointer<Double>, tasteBins tb: Int,
                         from: Int) -> Int {
        var j = min(max(from, 0), tb)
        if j == tb || gain + tau[j] >= rivalGain {
            while j > 0 && gain + tau[j - 1] >= rivalGain { j -= 1 }
        } else {
            j += 1
            while j < tb && !(gain + tau[j] >= rivalGain) { j += 1 }
        }
        return j
    }

    struct RowStatus {
        var status: UInt8   // affordsUs | affordsRivals
        var fit: Int        // first taste bin that fits us
        var loyal: Int      // … at the loyalty price
    }

    /// A WTP bin's status under `o`, the same inequalities as `Offer.fits`.
    @inline(__always)
    static func rowStatus(w wi: Double, offer o: Offer, loyalPrice: Double, tau: UnsafePointer<Double>,
                          tasteBins tb: Int, fromFit: Int, fromLoyal: Int) -> RowStatus {
        let V = o.value, P = o.price
        let affordsUs = wi * V >= P
        let affordsRivals = o.hasRival && wi * o.rivalValue >= o.rivalPrice
        let affordsDeal = wi * V >= o.dealPrice
        let status = (affordsUs ? BinStatus.affordsUs : 0) | (affordsRivals ? BinStatus.affordsRivals : 0)
            | (affordsDeal ? BinStatus.affordsDeal : 0)
        let rivalGain = wi * o.rivalValue - o.rivalPrice
        let fit: Int
        if !affordsUs { fit = tb } else if !affordsRivals { fit = 0 } else {
            fit = firstFit(gain: wi * V - P, rivalGain: rivalGain, tau: tau, tasteBins: tb, from: fromFit)
        }
        let loyal: Int
        if !(wi * V >= loyalPrice) { loyal = tb } else if !affordsRivals { loyal = 0 } else {
            loyal = firstFit(gain: wi * V - loyalPrice, rivalGain: rivalGain, tau: tau, tasteBins: tb, from: fromLoyal)
        }
        return RowStatus(status: status, fit: fit, loyal: loyal)
    }

    struct ShockSums {
        var toRivals = 0.0, toUnclaimed = 0.0, pushedNowFit = 0.0
        /// Q who can no longer pay the deal (MODEL.md v1.1 step 3).
        var dealToRivals = 0.0, dealToUnclaimed = 0.0
    }

    /// Step 1: newcomers into U (the same amount in every bin).
    static func grow(_ cls: UnsafeMutablePointer<BinClass>, count: Int, perBin: Double) {
        for c in 0..<count { cls[c].u += perBin }
    }

    /// Step 3 on the classes listed in `changed` (or on every class when it
    /// is nil). Normally only the classes created this month can be shocked:
    /// a class keeping its status has no F if it cannot afford us and no Q if
    /// it fits us or cannot pay the deal (the previous month's shock or flows
    /// left them at 0, and pushed sales only land where the deal is affordable).
    static func shock(_ cls: UnsafeMutablePointer<BinClass>, changed: UnsafePointer<Int32>?,
                      count: Int) -> ShockSums {
        var out = ShockSums()
        for x in 0..<count {
            let c = changed.map { Int($0[x]) } ?? x
            let s = cls[c].status, m = cls[c].mult
            if s & BinStatus.dead != 0 { continue }
            // Those who leave go to rivals if the bin fits them (affording
            // them suffices when we are unaffordable), else to U.
            let toRivals = s & BinStatus.affordsRivals != 0
            if s & BinStatus.affordsUs == 0 {
                let f = cls[c].f
                if f > 0 {
                    if toRivals { cls[c].k += f; out.toRivals += m * f } else { cls[c].u += f; out.toUnclaimed += m * f }
                    cls[c].f = 0
                }
                if s & BinStatus.affordsDeal == 0 {
                    let q = cls[c].q
                    if q > 0 {
                        if toRivals { cls[c].k += q; out.dealToRivals += m * q } else { cls[c].u += q; out.dealToUnclaimed += m * q }
                        cls[c].q = 0
                    }
                }
            } else if s & BinStatus.fitsUs != 0 {
                // Q in bins that now fit us become F.
                let q = cls[c].q
                if q > 0 { cls[c].f += q; cls[c].q = 0; out.pushedNowFit += m * q }
            }
        }
        return out
    }

    /// Per-bin rates for steps 4–7, fixed for the month.
    struct FlowRates {
        var reach = 0.0, referralRate = 0.0   // p and q·ΣF/N
        var rivalRate = 0.0                    // p_r + q_r·ΣK/N
        var saleFit = 0.0, salePushed = 0.0    // (leads/N)·conversion, ·pressure
        var churn = 0.0, switching = 0.0, pushedLoss = 0.0
    }

    struct FlowSums {
        var end = Counts()
        var loyal = 0.0
        var drift = 0.0, churnFit = 0.0, churnPushed = 0.0, churnRivals = 0.0
        var reachU = 0.0, reachK = 0.0, refU = 0.0, refK = 0.0, rivalsTake = 0.0
        var salesFit = 0.0, salesPushed = 0.0, salesFromRivals = 0.0
    }

    /// Steps 4–7 on every class, computed from the post-shock state and
    /// applied together, with proportional scaling where a count's outflows
    /// exceed it — per member bin exactly as MODEL.md words it; the sums weigh
    /// each class by its number of members.
    static func flows(_ cls: UnsafeMutablePointer<BinClass>, count: Int, rates r: FlowRates) -> FlowSums {
        let salePushed = r.salePushed
        let churn = r.churn, pushedLoss = r.pushedLoss
        let acquire = r.reach + r.referralRate + r.saleFit   // U or K to F, where it fits us
        // Sixteen sums, two to a vector: each lane adds its own terms in class
        // order, exactly as sixteen scalars would (the same bits), but they
        // fit in registers instead of spilling to the stack every class.
        typealias Pair = SIMD2<Double>
        var acquired = Pair()                 // aU, aK
        var sales = Pair()                    // U and K sold the pushed deal
        var takeDrift = Pair()                // U taken by rivals, F drifting to K
        var churnFQ = Pair(), churnKLoyal = Pair()
        var endUF = Pair(), endQK = Pair()
        for c in 0..<count {
            let m = cls[c].mult
            if m == 0 { continue }   // a freed class
            let s = cls[c].status
            let u = cls[c].u, f = cls[c].f, q = cls[c].q, k = cls[c].k
            let nu: Double, nf: Double, nq: Double, nk: Double
            let churned: Pair, kChurned: Double
            if s & BinStatus.fitsUs == 0 {
                // Not fitting us: pushed sales; rivals take U if the bin fits
                // them (it does exactly when they are affordable); F drift
                // where they still afford us.
                let rivalTake = s & BinStatus.affordsRivals != 0 ? r.rivalRate : 0
                let both = BinStatus.affordsUs | BinStatus.affordsRivals
                let driftRate = s & both == both ? r.switching : 0
                // Pressure sells only where the deal is affordable.
                let pushedRate = s & BinStatus.affordsDeal != 0 ? salePushed : 0
                var uRival = u * rivalTake, uSale = u * pushedRate
                let ua = uRival + uSale
                if ua > u { let sc = u / ua; uRival *= sc; uSale *= sc }
                var kSale = k * pushedRate, kChurn = k * churn
                let ka = kSale + kChurn
                if ka > k { let sc = k / ka; kSale *= sc; kChurn *= sc }
                var fDrift = f * driftRate, fChurn = f * churn
                let fo = fDrift + fChurn
                if fo > f { let sc = f / fo; fDrift *= sc; fChurn *= sc }
                let qChurn = min(q * pushedLoss, q)
                nu = max(0, u - uRival - uSale + fChurn + qChurn + kChurn)
                nf = max(0, f - fDrift - fChurn)
                nq = max(0, q - qChurn + uSale + kSale)
                nk = max(0, k - kSale - kChurn + fDrift + uRival)
                sales += m * Pair(uSale, kSale)
                takeDrift += m * Pair(uRival, fDrift)
                churned = Pair(fChurn, qChurn); kChurned = kChurn
            } else {
                // Fitting us: reach, referrals and sales take U and K to F.
                // U's only outflow here is acquisition: scaled, it takes at most all of U.
                let uEff = u * acquire > u ? u / acquire : u
                var kChurn = k * churn
                var kEff = k
                let ko = k * acquire + kChurn
                if ko > k { let sc = k / ko; kEff = k * sc; kChurn *= sc }
                let fChurn = min(f * churn, f)
                let qChurn = min(q * pushedLoss, q)
                let uTake = uEff * acquire, kTake = kEff * acquire
                nu = max(0, u - uTake + fChurn + qChurn + kChurn)
                nf = max(0, f - fChurn + uTake + kTake)
                nq = max(0, q - qChurn)
                nk = max(0, k - kTake - kChurn)
                acquired += m * Pair(uEff, kEff)
                churned = Pair(fChurn, qChurn); kChurned = kChurn
            }
            churnFQ += m * churned
            cls[c].u = nu; cls[c].f = nf; cls[c].q = nq; cls[c].k = nk
            endUF += m * Pair(nu, nf); endQK += m * Pair(nq, nk)
            churnKLoyal += Pair(m * kChurned, cls[c].loyal * nf)
        }
        let aU = acquired[0], aK = acquired[1]
        var out = FlowSums()
        out.end = Counts(unclaimed: endUF[0], fit: endUF[1], pushed: endQK[0], rivals: endQK[1])
        out.loyal = churnKLoyal[1]
        out.drift = takeDrift[1]; out.churnFit = churnFQ[0]; out.churnPushed = churnFQ[1]; out.churnRivals = churnKLoyal[0]
        out.reachU = aU * r.reach; out.reachK = aK * r.reach
        out.refU = aU * r.referralRate; out.refK = aK * r.referralRate
        out.rivalsTake = takeDrift[0]
        out.salesFit = (aU + aK) * r.saleFit
        out.salesPushed = sales[0] + sales[1]
        out.salesFromRivals = aK * r.saleFit + sales[1]
        return out
    }
}
