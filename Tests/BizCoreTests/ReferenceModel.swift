import BizCore

/// A deliberately plain second implementation of MODEL.md — one struct per
/// bin, every rule written as the spec words it, no performance tricks — to
/// check the engine bin by bin.
struct ReferenceModel {
    struct Bin {
        var w: Double, tau: Double
        var u = 0.0, f = 0.0, q = 0.0, k = 0.0
    }

    struct Segment {
        var spec: SegmentSpec
        var size: Double
        var bins: [Bin]
        var bandTop: Double
    }

    let company: CompanySpec
    let market: MarketSpec
    var segments: [Segment] = []
    var month = 0
    var P: Double, V: Double, W: Double, R: Double
    var discount = 0.0, tenure = Double.infinity

    init(company: CompanySpec, market: MarketSpec) {
        self.company = company
        self.market = market
        P = company.price.value(atMonth: 0)
        V = company.value
        W = company.competitor?.value ?? 0
        R = company.competitor?.price ?? 0
        if let s = company.strategy.value(atMonth: 0), s.totalLeads > 0 { discount = s.discount; tenure = s.pushedTenure }
        for spec in company.segments {
            let b = market.resolution
            let t = spec.taste > 0 ? 16 : 1
            var bins: [Bin] = []
            for i in 0..<b {
                for j in 0..<t {
                    let w = spec.wtp.quantile((Double(i) + 0.5) / Double(b))
                    let tau = t == 1 ? 0 : Distribution.normal(mean: 0, sd: spec.taste).quantile((Double(j) + 0.5) / 16)
                    bins.append(Bin(w: w, tau: tau, u: spec.size / Double(b * t)))
                }
            }
            var seg = Segment(spec: spec, size: spec.size, bins: bins, bandTop: spec.bandHi ?? P * 1.2)
            // U starts as all the room; placing customers takes it from U.
            var rest = place(spec.customers, in: &seg, where: { fitsUs($0, price: P) }, as: \.f)
            rest = place(rest, in: &seg, where: { !fitsUs($0, price: P) && affordsDeal($0) }, as: \.q)
            rest = place(rest, in: &seg, where: { !fitsUs($0, price: P) && !affordsDeal($0) }, as: \.q)
            rest = place(spec.competitors, in: &seg, where: { fitsRivals($0) }, as: \.k)
            _ = place(rest, in: &seg, where: { _ in true }, as: \.k)
            segments.append(seg)
        }
    }

    private func place(_ amount: Double, in seg: inout Segment, where ok: (Bin) -> Bool,
                       as state: WritableKeyPath<Bin, Double>) -> Double {
        let room = seg.bins.filter(ok).map(\.u).reduce(0, +)
        guard amount > 0, room > 0 else { return amount }
        let placed = min(amount, room)
        for idx in seg.bins.indices where ok(seg.bins[idx]) {
            let x = seg.bins[idx].u * placed / room
            seg.bins[idx][keyPath: state] += x
            seg.bins[idx].u -= x
        }
        return amount - placed
    }

    func affordsUs(_ b: Bin, price: Double) -> Bool { b.w * V >= price }
    /// MODEL.md v1.1: pressure sells, and pushed customers stay, only where `w·V ≥ P·(1 − d)`.
    func affordsDeal(_ b: Bin) -> Bool { b.w * V >= P * (1 - discount) }
    func affordsRivals(_ b: Bin) -> Bool { company.competitor != nil && b.w * W >= R }
    func prefersUs(_ b: Bin, price: Double) -> Bool { b.w * V - price + b.tau >= b.w * W - R }
    func fitsUs(_ b: Bin, price: Double) -> Bool {
        if company.competitor == nil { return affordsUs(b, price: price) }
        return affordsUs(b, price: price) && (!affordsRivals(b) || prefersUs(b, price: price))
    }
    func fitsRivals(_ b: Bin) -> Bool {
        if company.competitor == nil { return false }
        return affordsRivals(b) && (!affordsUs(b, price: P) || !prefersUs(b, price: P))
    }

    mutating func step() {
        month += 1
        let strategy = company.strategy.value(atMonth: month)
        if let s = strategy, s.totalLeads > 0 { discount = s.discount; tenure = s.pushedTenure }
        // 1. growth
        for s in segments.indices {
            let newcomers = segments[s].size * market.growth
            segments[s].size += newcomers
            for b in segments[s].bins.indices { segments[s].bins[b].u += newcomers / Double(segments[s].bins.count) }
        }
        // 2. offers
        P = company.price.value(atMonth: month)
        V *= 1 + (strategy?.valueGrowth ?? 0)
        W *= 1 + (company.competitor?.valueGrowth ?? 0)
        let totalN = segments.map(\.size).reduce(0, +)
        for s in segments.indices {
            var seg = segments[s]
            // 3. shocks
            for b in seg.bins.indices {
                var bin = seg.bins[b]
                if !affordsUs(bin, price: P) {
                    if fitsRivals(bin) { bin.k += bin.f } else { bin.u += bin.f }
                    bin.f = 0
                }
                if !affordsDeal(bin) {
                    if fitsRivals(bin) { bin.k += bin.q } else { bin.u += bin.q }
                    bin.q = 0
                }
                if fitsUs(bin, price: P) { bin.f += bin.q; bin.q = 0 }
                seg.bins[b] = bin
            }
            let N = seg.size
            let sumF = seg.bins.map(\.f).reduce(0, +)
            let sumK = seg.bins.map(\.k).reduce(0, +)
            let p = strategy?.reach ?? 0, q = strategy?.referrals ?? 0
            let pr = company.competitor?.reach ?? 0, qr = company.competitor?.referrals ?? 0
            let leads: Double
            if let by = strategy?.leadsBySegment { leads = by[seg.spec.name] ?? 0 } else { leads = (strategy?.leads ?? 0) * N / totalN }
            let conv = strategy?.conversion ?? 0, pressure = strategy?.pressure ?? 0
            // 4–7 from this state, then applied together.
            for b in seg.bins.indices {
                let bin = seg.bins[b]
                let us = fitsUs(bin, price: P), them = fitsRivals(bin)
                var uToF = 0.0, uToQ = 0.0, uToK = 0.0
                var fToK = 0.0, fToU = 0.0, qToU = 0.0
                var kToU = 0.0, kToF = 0.0, kToQ = 0.0
                if affordsUs(bin, price: P) && them { fToK = bin.f * seg.spec.switching }
                fToU = bin.f * seg.spec.churn
                qToU = bin.q * (seg.spec.churn + (tenure.isFinite ? 1 / tenure : 0))
                kToU = bin.k * seg.spec.churn
                if us {
                    uToF += bin.u * (p + q * sumF / N)
                    kToF += bin.k * (p + q * sumF / N)
                }
                if them { uToK += bin.u * (pr + qr * sumK / N) }
                let hit = leads / N
                if us {
                    uToF += bin.u * hit * conv
                    kToF += bin.k * hit * conv
                } else if affordsDeal(bin) {
                    uToQ += bin.u * hit * conv * pressure
                    kToQ += bin.k * hit * conv * pressure
                }
                func scale(_ have: Double, _ outs: inout [Double]) {
                    let total = outs.reduce(0, +)
                    if total > have { outs = outs.map { $0 * have / total } }
                }
                var uo = [uToF, uToQ, uToK]; scale(bin.u, &uo)
                var fo = [fToK, fToU]; scale(bin.f, &fo)
                var qo = [qToU]; scale(bin.q, &qo)
                var ko = [kToU, kToF, kToQ]; scale(bin.k, &ko)
                var next = bin
                next.u = bin.u - uo.reduce(0, +) + fo[1] + qo[0] + ko[0]
                next.f = bin.f - fo.reduce(0, +) + uo[0] + ko[1]
                next.q = bin.q - qo[0] + uo[1] + ko[2]
                next.k = bin.k - ko.reduce(0, +) + uo[2] + fo[0]
                seg.bins[b] = next
            }
            segments[s] = seg
        }
    }

    func counts(_ s: Int) -> (u: Double, f: Double, q: Double, k: Double) {
        let bins = segments[s].bins
        return (bins.map(\.u).reduce(0, +), bins.map(\.f).reduce(0, +),
                bins.map(\.q).reduce(0, +), bins.map(\.k).reduce(0, +))
    }

    /// Stayers at `newPrice`: F in bins that fit us there.
    func stayers(_ s: Int, newPrice: Double) -> Double {
        segments[s].bins.filter { fitsUs($0, price: newPrice) }.map(\.f).reduce(0, +)
    }

    func revenue(_ s: Int) -> Double {
        let c = counts(s)
        return c.f * P + c.q * P * (1 - discount)
    }
}
