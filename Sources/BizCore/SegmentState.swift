/// One segment's bins: B WTP bins × T taste bins (T = 16, or 1 without taste),
/// stored structure-of-arrays in ONE flat buffer `counts` laid out as
/// [U | F | Q | K], each block B·T long, bin index b = i·T + j. One buffer
/// means one pointer in the hot loop and no per-month allocation.
struct SegmentState: Sendable {
    let name: String
    let spec: SegmentSpec
    let wtpBins: Int
    let tasteBins: Int
    /// Base WTP per WTP bin: D's quantile at (i + 0.5)/B.
    let w: [Double]
    /// Taste per taste bin: Normal(0, σ)'s quantile at (j + 0.5)/16.
    let tau: [Double]
    let bandTop: Double
    var size: Double
    var counts: [Double]
    /// Totals of the current state (kept so `before` needs no extra pass).
    var sums = Counts()
    /// ΣF in bins fitting us at max(band top, P), for `loyal`.
    var loyalFit = 0.0

    var binCount: Int { wtpBins * tasteBins }

    static let tasteBinCount = 16

    init(spec: SegmentSpec, resolution: Int, offer: Offer, startPrice: Double) {
        name = spec.name
        self.spec = spec
        wtpBins = resolution
        tasteBins = spec.taste > 0 ? SegmentState.tasteBinCount : 1
        let b = Double(resolution)
        w = (0..<resolution).map { spec.wtp.quantile((Double($0) + 0.5) / b) }
        let t = Double(tasteBins)
        tau = tasteBins == 1 ? [0] : (0..<tasteBins).map { spec.taste * NormalMath.quantile((Double($0) + 0.5) / t) }
        bandTop = spec.bandHi ?? startPrice * 1.2
        size = spec.size
        counts = []
        allocateStart(offer: offer)
    }

    /// MODEL.md "Starting state": ours into bins that fit us in proportion to
    /// free room (the rest into the other bins, as Q); then competitors into
    /// bins that fit rivals (the rest anywhere with room); U is what remains.
    private mutating func allocateStart(offer: Offer) {
        let n = binCount
        let room = size / Double(n)
        var fitsUs = [Bool](repeating: false, count: n)
        var fitsRivals = [Bool](repeating: false, count: n)
        for i in 0..<wtpBins {
            for j in 0..<tasteBins {
                let s = offer.fits(w: w[i], tau: tau[j])
                fitsUs[i * tasteBins + j] = s.us
                fitsRivals[i * tasteBins + j] = s.rivals
            }
        }
        var f = [Double](repeating: 0, count: n)
        var q = [Double](repeating: 0, count: n)
        var k = [Double](repeating: 0, count: n)
        // Free room per bin, kept up to date as customers are placed.
        var free = [Double](repeating: room, count: n)
        /// Puts up to `amount` into the eligible bins in proportion to free room; returns what did not fit.
        func place(_ amount: Double, eligible: (Int) -> Bool, into target: inout [Double]) -> Double {
            guard amount > 0 else { return 0 }
            var totalFree = 0.0
            for b in 0..<n where eligible(b) { totalFree += free[b] }
            guard totalFree > 0 else { return amount }
            let placed = min(amount, totalFree)
            let share = placed / totalFree
            for b in 0..<n where eligible(b) {
                let x = free[b] * share
                target[b] += x
                free[b] = max(0, free[b] - x)
            }
            return amount - placed
        }
        let oursLeft = place(spec.customers, eligible: { fitsUs[$0] }, into: &f)
        _ = place(oursLeft, eligible: { !fitsUs[$0] }, into: &q)
        let rivalsLeft = place(spec.competitors, eligible: { fitsRivals[$0] }, into: &k)
        _ = place(rivalsLeft, eligible: { _ in true }, into: &k)
        counts = [Double](repeating: 0, count: 4 * n)
        var sums = Counts()
        for b in 0..<n {
            let u = free[b]
            counts[b] = u
            counts[n + b] = f[b]
            counts[2 * n + b] = q[b]
            counts[3 * n + b] = k[b]
            sums = sums + Counts(unclaimed: u, fit: f[b], pushed: q[b], rivals: k[b])
        }
        self.sums = sums
        loyalFit = fitCount(offer.withPrice(loyaltyPrice(offer.price)))
    }

    /// The stress/loyalty price: max(band top, P).
    func loyaltyPrice(_ price: Double) -> Double { max(bandTop, price) }

    /// ΣF in bins that fit us under `offer` (stayers of a stress test).
    func fitCount(_ offer: Offer) -> Double {
        let n = binCount
        var total = 0.0
        for i in 0..<wtpBins {
            for j in 0..<tasteBins {
                let f = counts[n + i * tasteBins + j]
                if f > 0 && offer.fits(w: w[i], tau: tau[j]).us { total += f }
            }
        }
        return total
    }
}
