/// One month of one segment: MODEL.md steps 1, 3, 4–7 (step 2's offer and
/// step 8's money come from the company engine). Two passes over the bins:
/// pass 1 applies growth and the shocks and sums the post-shock state (the
/// Bass terms need ΣF and ΣK after step 3); pass 2 computes steps 4–7 from
/// that state, scales each count's outflows down where they exceed it, and
/// applies everything together.
extension SegmentState {
    mutating func step(offer: Offer, rates r: MonthRates) -> SegmentFlows {
        var fl = SegmentFlows(name: name)
        fl.before = sums
        fl.sizeBefore = size
        let n = binCount
        let tb = tasteBins
        let wb = wtpBins
        // Locals, so the closures below touch no part of `self` while `counts`
        // is borrowed mutably (Swift's exclusivity rules).
        let wValues = w, tauValues = tau
        // Step 1: newcomers join U evenly (every bin has the same probability).
        fl.newcomers = size * r.growth
        size += fl.newcomers
        fl.size = size
        let perBin = fl.newcomers / Double(n)

        let V = offer.value, P = offer.price, W = offer.rivalValue, R = offer.rivalPrice
        let hasRival = offer.hasRival
        let loyalP = loyaltyPrice(P)

        var s3 = Counts()
        var shockK = 0.0, shockU = 0.0, qToF = 0.0
        wValues.withUnsafeBufferPointer { wp in
            tauValues.withUnsafeBufferPointer { tp in
                counts.withUnsafeMutableBufferPointer { c in
                    for i in 0..<wb {
                        let wi = wp[i]
                        let gain = wi * V - P
                        let rivalGain = wi * W - R
                        let affordsUs = wi * V >= P
                        let affordsRivals = hasRival && wi * W >= R
                        for j in 0..<tb {
                            let b = i * tb + j
                            var u = c[b] + perBin
                            var f = c[n + b]
                            var q = c[2 * n + b]
                            var k = c[3 * n + b]
                            let prefersUs = gain + tp[j] >= rivalGain
                            let fitsUs = affordsUs && (!affordsRivals || prefersUs)
                            // Step 3: shocks.
                            if !affordsUs && f > 0 {
                                let fitsRivals = affordsRivals  // cannot afford us, so "or prefers them" holds
                                if fitsRivals { k += f; shockK += f } else { u += f; shockU += f }
                                f = 0
                            }
                            if fitsUs && q > 0 { f += q; qToF += q; q = 0 }
                            c[b] = u; c[n + b] = f; c[2 * n + b] = q; c[3 * n + b] = k
                            s3.unclaimed += u; s3.fit += f; s3.pushed += q; s3.rivals += k
                        }
                    }
                }
            }
        }
        fl.shockToRivals = shockK
        fl.shockToUnclaimed = shockU
        fl.pushedNowFit = qToF
        fl.afterShocks = s3

        // Steps 4–7 rates, from the post-shock state.
        let N = size
        let p = r.reach
        let qq = r.referrals * s3.fit / N          // pushed customers do not refer
        let rivalRate = hasRival ? r.rivalReach + r.rivalReferrals * s3.rivals / N : 0
        let leadRate = r.leads / N                 // chance a given member is reached by a lead
        let saleFit = leadRate * r.conversion
        let salePushed = saleFit * r.pressure
        fl.leads = r.leads
        fl.leadsWasted = r.leads * s3.customers / N
        fl.leadsToProspects = r.leads * (s3.unclaimed + s3.rivals) / N
        let churn = r.churn, switching = r.switching, pushedLoss = r.pushedLoss

        var end = Counts()
        var loyal = 0.0
        var drift = 0.0, churnF = 0.0, churnQ = 0.0, churnK = 0.0
        var reachU = 0.0, reachK = 0.0, refU = 0.0, refK = 0.0, rivalsTake = 0.0
        var salesF = 0.0, salesQ = 0.0, salesK = 0.0
        wValues.withUnsafeBufferPointer { wp in
            tauValues.withUnsafeBufferPointer { tp in
                counts.withUnsafeMutableBufferPointer { c in
                    for i in 0..<wb {
                        let wi = wp[i]
                        let gain = wi * V - P
                        let rivalGain = wi * W - R
                        let affordsUs = wi * V >= P
                        let affordsRivals = hasRival && wi * W >= R
                        let loyalGain = wi * V - loyalP
                        let affordsUsLoyal = wi * V >= loyalP
                        for j in 0..<tb {
                            let b = i * tb + j
                            let u = c[b], f = c[n + b], q = c[2 * n + b], k = c[3 * n + b]
                            let t = tp[j]
                            let prefersUs = gain + t >= rivalGain
                            let fitsUs = affordsUs && (!affordsRivals || prefersUs)
                            let fitsRivals = affordsRivals && (!affordsUs || !prefersUs)

                            // U: reach/referrals/sales to F where it fits us; rivals'
                            // take and pushed sales elsewhere.
                            var uReach = 0.0, uRef = 0.0, uSaleF = 0.0, uSaleQ = 0.0, uRival = 0.0
                            // K: churn, and the same acquisition terms.
                            var kReach = 0.0, kRef = 0.0, kSaleF = 0.0, kSaleQ = 0.0
                            if fitsUs {
                                uReach = u * p; uRef = u * qq; uSaleF = u * saleFit
                                kReach = k * p; kRef = k * qq; kSaleF = k * saleFit
                            } else {
                                uSaleQ = u * salePushed
                                kSaleQ = k * salePushed
                                if fitsRivals { uRival = u * rivalRate }
                            }
                            var kChurn = k * churn
                            // Step 4 and 5 for F and Q.
                            var fDrift = (affordsUs && fitsRivals) ? f * switching : 0
                            var fChurn = f * churn
                            var qChurn = q * pushedLoss

                            // Proportional scaling where a count's outflows exceed it.
                            let uOut = uReach + uRef + uSaleF + uSaleQ + uRival
                            if uOut > u {
                                let s = u / uOut
                                uReach *= s; uRef *= s; uSaleF *= s; uSaleQ *= s; uRival *= s
                            }
                            let fOut = fDrift + fChurn
                            if fOut > f { let s = f / fOut; fDrift *= s; fChurn *= s }
                            if qChurn > q { qChurn = q }
                            let kOut = kChurn + kReach + kRef + kSaleF + kSaleQ
                            if kOut > k {
                                let s = k / kOut
                                kChurn *= s; kReach *= s; kRef *= s; kSaleF *= s; kSaleQ *= s
                            }

                            let uOutS = uReach + uRef + uSaleF + uSaleQ + uRival
                            let kOutS = kChurn + kReach + kRef + kSaleF + kSaleQ
                            let u2 = max(0, u - uOutS + fChurn + qChurn + kChurn)
                            let f2 = max(0, f - fDrift - fChurn + uReach + uRef + uSaleF + kReach + kRef + kSaleF)
                            let q2 = max(0, q - qChurn + uSaleQ + kSaleQ)
                            let k2 = max(0, k - kOutS + fDrift + uRival)
                            c[b] = u2; c[n + b] = f2; c[2 * n + b] = q2; c[3 * n + b] = k2

                            end.unclaimed += u2; end.fit += f2; end.pushed += q2; end.rivals += k2
                            drift += fDrift; churnF += fChurn; churnQ += qChurn; churnK += kChurn
                            reachU += uReach; reachK += kReach; refU += uRef; refK += kRef
                            rivalsTake += uRival
                            salesF += uSaleF + kSaleF; salesQ += uSaleQ + kSaleQ; salesK += kSaleF + kSaleQ

                            // `loyal`: would this bin still fit us at max(band top, P)?
                            if f2 > 0 && affordsUsLoyal && (!affordsRivals || loyalGain + t >= rivalGain) {
                                loyal += f2
                            }
                        }
                    }
                }
            }
        }
        fl.drift = drift
        fl.churnFit = churnF
        fl.churnPushed = churnQ
        fl.churnRivals = churnK
        fl.reachFromUnclaimed = reachU
        fl.reachFromRivals = reachK
        fl.referralsFromUnclaimed = refU
        fl.referralsFromRivals = refK
        fl.rivalsTake = rivalsTake
        fl.salesFit = salesF
        fl.salesPushed = salesQ
        fl.salesFromRivals = salesK
        fl.after = end
        fl.loyalFit = loyal
        sums = end
        loyalFit = loyal
        return fl
    }
}
