/// One segment's bins: B WTP bins × T taste bins (T = 16, or 1 without taste),
/// bin index b = i·T + j (row i = WTP bin, column j = taste bin).
///
/// **Exact lumping.** Every rule of MODEL.md steps 1–7 is linear in a bin's
/// own counts, with coefficients that depend only on the bin's status
/// (affords us, affords rivals, fits us) and on segment-wide sums; newcomers
/// are spread evenly and all bins start with the same room. So bins with the
/// same status history hold identical counts forever. The state is therefore
/// kept per *class* of bins (`BinClass`: the counts of ONE member bin and the
/// number of members), with a class index per bin. When a threshold crossing
/// changes the status of some members of a class, those members move to a new
/// class (one per old class and new status, copied from the old one), so the
/// classes are always exactly the bins' status-history partition — a few
/// dozen to a few hundred classes where there are thousands of bins. Per-bin
/// counts are recovered by expansion (`binCounts()`), for snapshots only.
/// The classes live in a `BinStore`, owned copy-on-write.
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
    /// Totals of the current state (kept so `before` needs no extra pass).
    var sums = Counts()
    /// ΣF in bins fitting us at max(band top, P), for `loyal`.
    var loyalFit = 0.0
    private var store: BinStore
    /// Month 1's shock looks at every class, not only the ones whose status
    /// changed: the starting state may hold Q in bins that cannot pay the deal.
    var shockEveryClass = true
    /// The offer the row statuses were computed for (P, V, W, R, loyalty price, deal price).
    private var statusKey: (Double, Double, Double, Double, Double, Double)
    /// In a batch (StatusScript.swift): the script this segment replays
    /// instead of updating statuses (then `store` is the shared empty one
    /// and there is no per-bin state) …
    private var replay: ScriptReplay?
    /// … or the recorder of its splits, for the samples after it.
    private var recorder: ScriptRecorder?

    var binCount: Int { wtpBins * tasteBins }
    /// Live classes (for diagnostics).
    var liveClassCount: Int {
        guard let r = replay else { return store.arena.liveClassCount }
        return (0..<r.buffer.count).filter { r.buffer.classes[$0].status != BinStatus.dead }.count
    }

    static let tasteBinCount = 16

    /// `offers`, with a `grid` that carries a batch's scripts, is the run's
    /// offer path (months 0…n): the segment replays a script recorded for it,
    /// or records one.
    init(spec: SegmentSpec, resolution: Int, offer: Offer, startPrice: Double, grid: SegmentGrid? = nil,
         offers: [OfferKey]? = nil) {
        name = spec.name
        self.spec = spec
        wtpBins = resolution
        tasteBins = spec.taste > 0 ? SegmentState.tasteBinCount : 1
        let g = grid ?? SegmentGrid(wtp: spec.wtp, taste: spec.taste, resolution: resolution)
        w = g.w
        tau = g.tau
        bandTop = spec.bandHi ?? startPrice * 1.2
        size = spec.size
        statusKey = (.nan, .nan, .nan, .nan, .nan, .nan)
        if let shelf = grid?.scripts, let offers {
            if let script = shelf.find(bandTop: bandTop, offers: offers) {
                store = BinStore.empty
                let r = ScriptReplay(script: script)
                replay = r
                placeStart(r.buffer.classes, count: r.buffer.count)
                return
            }
            if !shelf.isFull { recorder = ScriptRecorder(shelf: shelf, bandTop: bandTop, offers: offers) }
        }
        store = BinStore(w: g.w, tau: g.tau, capacity: min(resolution * tasteBins + 8, 64))
        allocateStart(offer: offer)
        recorder?.recordStart(store.arena)
    }

    /// Whether this segment replays a script (no per-bin state).
    var isReplaying: Bool { replay != nil }

    /// Shelves the recorded script (a finished run of its whole offer path).
    func publishScript() { recorder?.publish() }

    /// MODEL.md "Starting state": ours into bins that fit us in proportion to
    /// free room (the rest into the other bins, as Q); then competitors into
    /// bins that fit rivals (the rest anywhere with room); U is what remains.
    /// Every bin starts with the same room, so the bins of one status get the
    /// same counts: the starting classes are the (at most 5) statuses.
    private mutating func allocateStart(offer: Offer) {
        let T = tasteBins
        let loyalP = loyaltyPrice(offer.price)
        var st = store.arena
        defer { store.arena = st }
        var byStatus = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
        withUnsafeMutableBytes(of: &byStatus) { raw in
            let byS = raw.bindMemory(to: Int.self)
            for i in 0..<wtpBins {
                let r = SegmentKernel.rowStatus(w: st.w[i], offer: offer, loyalPrice: loyalP, tau: st.tauPad + 1,
                                                tasteBins: T, fromFit: 0, fromLoyal: 0)
                st.setRow(i, r)
                // The row's bins j < fit and j ≥ fit form (at most) two runs of one status each.
                for part in 0..<2 {
                    let lo = part == 0 ? 0 : r.fit, hi = part == 0 ? r.fit : T
                    guard lo < hi else { continue }
                    let s = r.status | (part == 0 ? 0 : BinStatus.fitsUs)
                    var c = byS[Int(s)]
                    if c < 0 {
                        c = st.appendClass(BinClass(status: s))
                        byS[Int(s)] = c
                    }
                    st.classes[c].mult += Double(hi - lo)
                    st.classes[c].loyal += Double(max(0, hi - max(lo, r.loyal)))
                    (st.classOf + i * T + lo).update(repeating: Int32(c), count: hi - lo)
                }
            }
        }
        statusKey = (offer.price, offer.value, offer.rivalValue, offer.rivalPrice, loyalP, offer.dealPrice)
        placeStart(st.classes, count: st.classCount)
    }

    /// The counts of the starting classes (whose statuses and members are
    /// set), and the segment's sums.
    private mutating func placeStart(_ cls: UnsafeMutablePointer<BinClass>, count: Int) {
        let room = size / Double(binCount)
        // Free room per bin of each class, kept up to date as customers are placed.
        for c in 0..<count { cls[c].u = room }
        /// Puts up to `amount` into the eligible bins in proportion to free room; returns what did not fit.
        func place(_ amount: Double, eligible: (UInt8) -> Bool, into target: WritableKeyPath<BinClass, Double>) -> Double {
            guard amount > 0 else { return 0 }
            var totalFree = 0.0
            for c in 0..<count where eligible(cls[c].status) { totalFree += cls[c].mult * cls[c].u }
            guard totalFree > 0 else { return amount }
            let placed = min(amount, totalFree)
            let share = placed / totalFree
            for c in 0..<count where eligible(cls[c].status) {
                let x = cls[c].u * share
                cls[c][keyPath: target] += x
                cls[c].u = max(0, cls[c].u - x)
            }
            return amount - placed
        }
        let fitsUs = { (s: UInt8) in s & BinStatus.fitsUs != 0 }
        let fitsRivals = { (s: UInt8) in s & BinStatus.affordsRivals != 0 && s & BinStatus.fitsUs == 0 }
        let affordsDeal = { (s: UInt8) in s & BinStatus.affordsDeal != 0 }
        let oursLeft = place(spec.customers, eligible: fitsUs, into: \.f)
        // Pushed customers go first where the deal is affordable; any left
        // over sit in bins that cannot pay and leave at month 1's shock.
        let pushedLeft = place(oursLeft, eligible: { !fitsUs($0) && affordsDeal($0) }, into: \.q)
        _ = place(pushedLeft, eligible: { !fitsUs($0) && !affordsDeal($0) }, into: \.q)
        let rivalsLeft = place(spec.competitors, eligible: fitsRivals, into: \.k)
        _ = place(rivalsLeft, eligible: { _ in true }, into: \.k)
        var sums = Counts()
        var loyal = 0.0
        for c in 0..<count {
            let m = cls[c].mult
            sums = sums + Counts(unclaimed: m * cls[c].u, fit: m * cls[c].f, pushed: m * cls[c].q, rivals: m * cls[c].k)
            loyal += cls[c].loyal * cls[c].f
        }
        self.sums = sums
        loyalFit = loyal
    }

    /// Step 2 for the bins: the classes after this month's splits, and the
    /// classes created (the only ones the shock needs to look at) — replayed
    /// from a script, or by the full update (recorded if a recorder is set).
    mutating func splitClasses(offer o: Offer) -> (classes: UnsafeMutablePointer<BinClass>, count: Int,
                                                   new: UnsafePointer<Int32>, newCount: Int) {
        if replay != nil {
            let (new, newCount) = replay!.advance()
            return (replay!.buffer.classes, replay!.buffer.count, new, newCount)
        }
        recorder?.beforeUpdate(store.arena)
        let a = updateStatuses(offer: o)
        recorder?.afterUpdate(a)
        return (a.classes, a.classCount, UnsafePointer(a.newList), a.newCount)
    }

    /// Step 2 for the bins: statuses under `offer` (class splits). Returns
    /// the arena to work on; the caller writes it back with `store.arena = …`
    /// (the store is made unique first: copy-on-write).
    private mutating func updateStatuses(offer o: Offer) -> BinArena {
        if !isKnownUniquelyReferenced(&store) { store = store.copy() }
        var a = store.arena
        let loyalP = loyaltyPrice(o.price)
        let key = (o.price, o.value, o.rivalValue, o.rivalPrice, loyalP, o.dealPrice)
        if key == statusKey {
            a.newCount = 0
        } else {
            statusKey = key
            a.updateStatuses(offer: o, loyalPrice: loyalP)
        }
        store.arena = a
        return a
    }

    /// The stress/loyalty price: max(band top, P).
    func loyaltyPrice(_ price: Double) -> Double { max(bandTop, price) }

    /// ΣF in bins that fit us under `offer` (stayers of a stress test).
    func fitCount(_ offer: Offer) -> Double {
        precondition(replay == nil, "fitCount needs the per-bin state (internal error)")
        let T = tasteBins
        let st = store.arena
        var total = 0.0
        for i in 0..<wtpBins {
            for j in 0..<T {
                let f = st.classes[Int(st.classOf[i * T + j])].f
                if f > 0 && offer.fits(w: w[i], tau: tau[j]).us { total += f }
            }
        }
        return total
    }

    /// The per-bin counts, laid out [U | F | Q | K] (each block B·T long).
    func binCounts() -> [Double] {
        precondition(replay == nil, "binCounts needs the per-bin state (internal error)")
        let n = binCount
        let st = store.arena
        var out = [Double](repeating: 0, count: 4 * n)
        for b in 0..<n {
            let c = st.classes[Int(st.classOf[b])]
            out[b] = c.u
            out[n + b] = c.f
            out[2 * n + b] = c.q
            out[3 * n + b] = c.k
        }
        return out
    }
}

/// Status bits of a bin in the month.
enum BinStatus {
    static let affordsUs: UInt8 = 1
    static let affordsRivals: UInt8 = 2
    static let fitsUs: UInt8 = 4
    /// `w·V ≥ P·(1 − d)`: pressure can sell the pushed deal here, and pushed
    /// customers keep it. Implied by `affordsUs` (d ≥ 0).
    static let affordsDeal: UInt8 = 8
    /// Number of distinct statuses (the split tables' stride per class).
    static let count = 16
    /// Marks a freed class.
    static let dead: UInt8 = 0x80
}

/// The counts of ONE member bin of a class, and the class's size.
struct BinClass: Sendable {
    var u = 0.0, f = 0.0, q = 0.0, k = 0.0
    /// Number of member bins.
    var mult = 0.0
    /// Number of member bins that fit us at the loyalty price.
    var loyal = 0.0
    var status: UInt8 = 0
}

/// The bin grid of a segment: WTP and taste quantiles. Depends only on the
/// segment's `wtp`, `taste` and the resolution, so a batch can share it.
struct SegmentGrid: Sendable {
    let wtp: Distribution
    let taste: Double
    let resolution: Int
    let w: [Double]
    let tau: [Double]
    /// A batch's recorded status updates for this grid (GridCache sets it).
    var scripts: StatusScripts?

    init(wtp: Distribution, taste: Double, resolution: Int) {
        self.wtp = wtp
        self.taste = taste
        self.resolution = resolution
        let b = Double(resolution)
        w = (0..<resolution).map { wtp.quantile((Double($0) + 0.5) / b) }
        let t = taste > 0 ? SegmentState.tasteBinCount : 1
        tau = t == 1 ? [0] : (0..<t).map { taste * NormalMath.quantile((Double($0) + 0.5) / Double(t)) }
    }

    func matches(_ spec: SegmentSpec, resolution r: Int) -> Bool {
        r == resolution && spec.taste == taste && spec.wtp == wtp
    }
}
