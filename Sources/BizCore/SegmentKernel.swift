/// The two hot loops of a segment's month, over raw pointers into the flat
/// [U | F | Q | K] buffer. They are free functions that return their sums in
/// a struct so every accumulator stays a local (in a register) — captured
/// mutable variables in closures cost a memory round trip per bin.
enum SegmentKernel {
    struct Layout {
        var counts: UnsafeMutablePointer<Double>
        var n: Int               // bins per block
        var w: UnsafePointer<Double>
        var wtpBins: Int
        var tau: UnsafePointer<Double>
        var tasteBins: Int
    }

    struct ShockSums {
        var state = Counts()
        var toRivals = 0.0, toUnclaimed = 0.0, pushedNowFit = 0.0
    }

    /// First taste bin that fits us in WTP bin i (taste bins are sorted by τ
    /// and `gain + τ ≥ rivalGain` is monotone in τ, even in floating point,
    /// so "fits us" is exactly the bins j ≥ this index). `tasteBins` if none.
    @inline(__always)
    static func firstFit(affordsUs: Bool, affordsRivals: Bool, gain: Double, rivalGain: Double,
                         tau: UnsafePointer<Double>, tasteBins: Int) -> Int {
        guard affordsUs else { return tasteBins }
        guard affordsRivals else { return 0 }
        var j = 0
        while j < tasteBins && !(gain + tau[j] >= rivalGain) { j += 1 }
        return j
    }

    /// Step 1 (newcomers into U) and step 3 (shocks); returns the post-shock
    /// sums, derived from `before` and the moves (only shocked bins are visited
    /// beyond adding the newcomers).
    static func growAndShock(_ l: Layout, before: Counts, newcomers: Double, offer o: Offer) -> ShockSums {
        let pu = l.counts, pf = l.counts + l.n, pq = l.counts + 2 * l.n, pk = l.counts + 3 * l.n
        let V = o.value, P = o.price, W = o.rivalValue, R = o.rivalPrice, hasRival = o.hasRival
        let perBin = newcomers / Double(l.n)
        if perBin != 0 { for b in 0..<l.n { pu[b] += perBin } }
        var toK = 0.0, toU = 0.0, qToF = 0.0
        let tb = l.tasteBins
        for i in 0..<l.wtpBins {
            let wi = l.w[i]
            let affordsUs = wi * V >= P
            let affordsRivals = hasRival && wi * W >= R
            let base = i * tb
            if !affordsUs {
                // F who cannot afford us leave: to rivals if they fit them
                // (affording them suffices when we are unaffordable), else to U.
                for b in base..<(base + tb) {
                    let f = pf[b]
                    if f > 0 {
                        if affordsRivals { pk[b] += f; toK += f } else { pu[b] += f; toU += f }
                        pf[b] = 0
                    }
                }
            } else {
                // Q in bins that now fit us become F.
                let jStar = firstFit(affordsUs: true, affordsRivals: affordsRivals, gain: wi * V - P,
                                     rivalGain: wi * W - R, tau: l.tau, tasteBins: tb)
                for b in (base + jStar)..<(base + tb) {
                    let q = pq[b]
                    if q > 0 { pf[b] += q; pq[b] = 0; qToF += q }
                }
            }
        }
        var s = ShockSums()
        s.state = Counts(unclaimed: before.unclaimed + newcomers + toU, fit: before.fit - toK - toU + qToF,
                         pushed: before.pushed - qToF, rivals: before.rivals + toK)
        s.toRivals = toK
        s.toUnclaimed = toU
        s.pushedNowFit = qToF
        return s
    }

    /// Per-bin rates for steps 4–7, fixed for the month.
    struct FlowRates {
        var reach = 0.0, referralRate = 0.0   // p and q·ΣF/N
        var rivalRate = 0.0                    // p_r + q_r·ΣK/N
        var saleFit = 0.0, salePushed = 0.0    // (leads/N)·conversion, ·pressure
        var churn = 0.0, switching = 0.0, pushedLoss = 0.0
        var loyalPrice = 0.0
    }

    struct FlowSums {
        var end = Counts()
        var loyal = 0.0
        var drift = 0.0, churnFit = 0.0, churnPushed = 0.0, churnRivals = 0.0
        var reachU = 0.0, reachK = 0.0, refU = 0.0, refK = 0.0, rivalsTake = 0.0
        var salesFit = 0.0, salesPushed = 0.0, salesFromRivals = 0.0
    }

    /// Steps 4–7, computed from the post-shock state `s3` and applied together,
    /// with proportional scaling where a count's outflows exceed it. Each WTP
    /// bin's taste bins split into a run that does not fit us (j < jStar) and
    /// one that does, so the inner loops have no status branches; the month's
    /// sums are derived from a few accumulators (fewer live registers).
    static func flows(_ l: Layout, s3: Counts, rates r: FlowRates, offer o: Offer) -> FlowSums {
        let pu = l.counts, pf = l.counts + l.n, pq = l.counts + 2 * l.n, pk = l.counts + 3 * l.n
        let V = o.value, P = o.price, W = o.rivalValue, R = o.rivalPrice, hasRival = o.hasRival
        let salePushed = r.salePushed
        let churn = r.churn, pushedLoss = r.pushedLoss, loyalP = r.loyalPrice
        let acquire = r.reach + r.referralRate + r.saleFit   // U or K to F, where it fits us
        // Accumulated: acquisition bases (scaled U and K in fit bins), pushed
        // sales, rivals' take, drift and churn.
        var aU = 0.0, aK = 0.0, uSaleSum = 0.0, kSaleSum = 0.0, take = 0.0
        var drift = 0.0, churnF = 0.0, churnQ = 0.0, churnK = 0.0, loyal = 0.0
        let tb = l.tasteBins
        for i in 0..<l.wtpBins {
            let wi = l.w[i]
            let gain = wi * V - P
            let rivalGain = wi * W - R
            let affordsUs = wi * V >= P
            let affordsRivals = hasRival && wi * W >= R
            let jStar = firstFit(affordsUs: affordsUs, affordsRivals: affordsRivals, gain: gain,
                                 rivalGain: rivalGain, tau: l.tau, tasteBins: tb)
            let base = i * tb
            // Not fitting us: pushed sales; rivals take U if the bin fits them
            // (below jStar it does exactly when they are affordable); F drift
            // where they still afford us.
            let rivalTake = affordsRivals ? r.rivalRate : 0
            let driftRate = affordsUs && affordsRivals ? r.switching : 0
            for b in base..<(base + jStar) {
                let u = pu[b], f = pf[b], q = pq[b], k = pk[b]
                var uRival = u * rivalTake, uSale = u * salePushed
                let ua = uRival + uSale
                if ua > u { let s = u / ua; uRival *= s; uSale *= s }
                var kSale = k * salePushed, kChurn = k * churn
                let ka = kSale + kChurn
                if ka > k { let s = k / ka; kSale *= s; kChurn *= s }
                var fDrift = f * driftRate, fChurn = f * churn
                let fo = fDrift + fChurn
                if fo > f { let s = f / fo; fDrift *= s; fChurn *= s }
                let qChurn = min(q * pushedLoss, q)
                pu[b] = max(0, u - uRival - uSale + fChurn + qChurn + kChurn)
                pf[b] = max(0, f - fDrift - fChurn)
                pq[b] = max(0, q - qChurn + uSale + kSale)
                pk[b] = max(0, k - kSale - kChurn + fDrift + uRival)
                uSaleSum += uSale; kSaleSum += kSale; take += uRival
                drift += fDrift; churnF += fChurn; churnQ += qChurn; churnK += kChurn
            }
            // Fitting us: reach, referrals and sales take U and K to F.
            for b in (base + jStar)..<(base + tb) {
                let u = pu[b], f = pf[b], q = pq[b], k = pk[b]
                // U's only outflow here is acquisition: scaled, it takes at most all of U.
                let uEff = u * acquire > u ? u / acquire : u
                var kChurn = k * churn
                var kEff = k
                let ko = k * acquire + kChurn
                if ko > k { let s = k / ko; kEff = k * s; kChurn *= s }
                let fChurn = min(f * churn, f)
                let qChurn = min(q * pushedLoss, q)
                let uTake = uEff * acquire, kTake = kEff * acquire
                pu[b] = max(0, u - uTake + fChurn + qChurn + kChurn)
                pf[b] = max(0, f - fChurn + uTake + kTake)
                pq[b] = max(0, q - qChurn)
                pk[b] = max(0, k - kTake - kChurn)
                aU += uEff; aK += kEff
                churnF += fChurn; churnQ += qChurn; churnK += kChurn
            }
            // `loyal`: F in bins that would still fit us at max(band top, P).
            let jLoyal = firstFit(affordsUs: wi * V >= loyalP, affordsRivals: affordsRivals, gain: wi * V - loyalP,
                                  rivalGain: rivalGain, tau: l.tau, tasteBins: tb)
            for b in (base + jLoyal)..<(base + tb) { loyal += pf[b] }
        }
        var s = FlowSums()
        let acquiredU = aU * acquire, acquiredK = aK * acquire
        s.end = Counts(
            unclaimed: max(0, s3.unclaimed - acquiredU - uSaleSum - take + churnF + churnQ + churnK),
            fit: max(0, s3.fit - drift - churnF + acquiredU + acquiredK),
            pushed: max(0, s3.pushed - churnQ + uSaleSum + kSaleSum),
            rivals: max(0, s3.rivals - acquiredK - kSaleSum - churnK + drift + take))
        s.loyal = loyal
        s.drift = drift; s.churnFit = churnF; s.churnPushed = churnQ; s.churnRivals = churnK
        s.reachU = aU * r.reach; s.reachK = aK * r.reach
        s.refU = aU * r.referralRate; s.refK = aK * r.referralRate
        s.rivalsTake = take
        s.salesFit = (aU + aK) * r.saleFit
        s.salesPushed = uSaleSum + kSaleSum
        s.salesFromRivals = aK * r.saleFit + kSaleSum
        return s
    }
}
