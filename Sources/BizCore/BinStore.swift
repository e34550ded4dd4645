/// Owns one segment's `BinArena` (its buffers are freed with the owner).
/// `SegmentState` holds it copy-on-write: it copies a store it does not
/// uniquely reference before mutating it, so a store is never mutated while
/// shared, which is what makes `@unchecked Sendable` sound. Hot code copies
/// `arena` into a local (one exclusivity check) and writes it back after.
final class BinStore: @unchecked Sendable {
    var arena: BinArena

    init(w: [Double], tau: [Double], capacity: Int) {
        arena = BinArena(w: w, tau: tau, capacity: capacity)
    }

    private init(arena: BinArena) { self.arena = arena }

    /// The store of segments that replay a StatusScript: no bins, never mutated.
    static let empty = BinStore(w: [], tau: [], capacity: 0)

    deinit { arena.deallocate() }

    func copy() -> BinStore { BinStore(arena: arena.copy()) }
}

/// The mutable storage of one segment's bin classes (see SegmentState.swift
/// for the lumping), in manually managed buffers so the monthly loops run on
/// raw pointers with no bounds, uniqueness or exclusivity checks and no
/// allocation (the class buffers only grow, by doubling, when a month needs
/// more classes than ever before). A plain struct of pointers and counters:
/// copying it does not copy the buffers; `BinStore` owns them.
struct BinArena {
    let rows: Int
    let tasteBins: Int
    /// Base WTP per row (WTP bin).
    let w: UnsafeMutablePointer<Double>
    /// Taste per column padded with sentinels: [−∞, τ₀, …, τ_{T−1}, +∞].
    let tauPad: UnsafeMutablePointer<Double>
    /// Per row: status bits `affordsUs | affordsRivals` …
    let rowStatus: UnsafeMutablePointer<UInt8>
    /// … the first column that fits us (`tasteBins` if none) …
    let rowFit: UnsafeMutablePointer<Int32>
    /// … and the first column that fits us at the loyalty price.
    let rowLoyal: UnsafeMutablePointer<Int32>
    /// Class of each bin, index i·T + j.
    let classOf: UnsafeMutablePointer<Int32>
    /// Scratch: rows whose status changed this month.
    let changedRows: UnsafeMutablePointer<Int32>
    /// The same row state as doubles, for the vectorised change check, over
    /// `paddedRows` (a multiple of 4; padding rows are never reported):
    /// the status bits, and τ just below / at the first-fit column (at the
    /// loyalty price: `loyalLo`, `loyalHi`), from `tauPad`.
    let paddedRows: Int
    /// `w` padded with zeros to `paddedRows`.
    let wPad: UnsafeMutablePointer<Double>
    let statusD: UnsafeMutablePointer<Double>
    let fitLo: UnsafeMutablePointer<Double>
    let fitHi: UnsafeMutablePointer<Double>
    let loyalLo: UnsafeMutablePointer<Double>
    let loyalHi: UnsafeMutablePointer<Double>

    private(set) var capacity: Int
    private(set) var classes: UnsafeMutablePointer<BinClass>
    /// Slots in use in `classes` (live and freed).
    var classCount = 0
    /// For class c and new status s, `splitTarget[16c + s]` is the class its
    /// bins with status s moved to in the month numbered `splitStamp[16c + s]`.
    private(set) var splitStamp: UnsafeMutablePointer<Int32>
    private(set) var splitTarget: UnsafeMutablePointer<Int32>
    /// Freed classes, for reuse.
    private(set) var freeList: UnsafeMutablePointer<Int32>
    var freeCount = 0
    /// Classes created this month (the only ones a shock can touch) …
    private(set) var newList: UnsafeMutablePointer<Int32>
    /// … and the class each was copied from (for StatusScript's recording).
    private(set) var newSource: UnsafeMutablePointer<Int32>
    var newCount = 0
    /// Classes that lost bins this month (freed if emptied).
    private(set) var sources: UnsafeMutablePointer<Int32>
    var sourceCount = 0
    var stamp: Int32 = 0

    init(w: [Double], tau: [Double], capacity: Int) {
        rows = w.count
        tasteBins = tau.count
        let n = rows * tasteBins
        self.w = .allocate(capacity: rows)
        for i in 0..<rows { self.w[i] = w[i] }
        tauPad = .allocate(capacity: tasteBins + 2)
        tauPad[0] = -.infinity
        for j in 0..<tasteBins { tauPad[j + 1] = tau[j] }
        tauPad[tasteBins + 1] = .infinity
        rowStatus = .allocate(capacity: rows)
        rowStatus.initialize(repeating: 0, count: rows)
        rowFit = .allocate(capacity: rows)
        rowFit.initialize(repeating: 0, count: rows)
        rowLoyal = .allocate(capacity: rows)
        rowLoyal.initialize(repeating: 0, count: rows)
        classOf = .allocate(capacity: n)
        classOf.initialize(repeating: 0, count: n)
        changedRows = .allocate(capacity: rows)
        let padded = (rows + 3) / 4 * 4
        paddedRows = padded
        func doubles(_ x: Double) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: padded)
            p.initialize(repeating: x, count: padded)
            return p
        }
        wPad = doubles(0)
        for i in 0..<rows { wPad[i] = w[i] }
        statusD = doubles(0)
        fitLo = doubles(-.infinity)
        fitHi = doubles(.infinity)
        loyalLo = doubles(-.infinity)
        loyalHi = doubles(.infinity)
        self.capacity = max(capacity, 8)
        classes = .allocate(capacity: self.capacity)
        splitStamp = .allocate(capacity: BinStatus.count * self.capacity)
        splitStamp.initialize(repeating: -1, count: BinStatus.count * self.capacity)
        splitTarget = .allocate(capacity: BinStatus.count * self.capacity)
        splitTarget.initialize(repeating: -1, count: BinStatus.count * self.capacity)
        freeList = .allocate(capacity: self.capacity)
        newList = .allocate(capacity: self.capacity)
        newSource = .allocate(capacity: self.capacity)
        sources = .allocate(capacity: self.capacity)
    }

    func deallocate() {
        w.deallocate(); tauPad.deallocate()
        rowStatus.deallocate(); rowFit.deallocate(); rowLoyal.deallocate()
        classOf.deallocate(); changedRows.deallocate()
        wPad.deallocate(); statusD.deallocate(); fitLo.deallocate(); fitHi.deallocate()
        loyalLo.deallocate(); loyalHi.deallocate()
        classes.deallocate(); splitStamp.deallocate(); splitTarget.deallocate()
        freeList.deallocate(); newList.deallocate(); newSource.deallocate(); sources.deallocate()
    }

    /// A deep copy (for copy-on-write).
    func copy() -> BinArena {
        var c = BinArena(w: Array(UnsafeBufferPointer(start: w, count: rows)),
                         tau: Array(UnsafeBufferPointer(start: tauPad + 1, count: tasteBins)), capacity: capacity)
        c.rowStatus.update(from: rowStatus, count: rows)
        c.rowFit.update(from: rowFit, count: rows)
        c.rowLoyal.update(from: rowLoyal, count: rows)
        c.statusD.update(from: statusD, count: paddedRows)
        c.fitLo.update(from: fitLo, count: paddedRows)
        c.fitHi.update(from: fitHi, count: paddedRows)
        c.loyalLo.update(from: loyalLo, count: paddedRows)
        c.loyalHi.update(from: loyalHi, count: paddedRows)
        c.classOf.update(from: classOf, count: rows * tasteBins)
        c.classes.initialize(from: classes, count: classCount)
        c.classCount = classCount
        c.splitStamp.update(from: splitStamp, count: BinStatus.count * capacity)
        c.splitTarget.initialize(from: splitTarget, count: BinStatus.count * capacity)
        c.freeList.initialize(from: freeList, count: freeCount)
        c.freeCount = freeCount
        c.newList.initialize(from: newList, count: newCount)
        c.newSource.initialize(from: newSource, count: newCount)
        c.newCount = newCount
        c.sources.initialize(from: sources, count: sourceCount)
        c.sourceCount = sourceCount
        c.stamp = stamp
        return c
    }

    var liveClassCount: Int { classCount - freeCount }

    /// Appends a class (growing the buffers if needed); returns its index.
    mutating func appendClass(_ c: BinClass) -> Int {
        if classCount == capacity { grow() }
        (classes + classCount).initialize(to: c)
        classCount += 1
        return classCount - 1
    }

    private mutating func grow() {
        let old = capacity, cap = 2 * capacity
        func moved<T>(_ p: UnsafeMutablePointer<T>, _ count: Int, _ newCount: Int) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCount)
            q.moveInitialize(from: p, count: count)
            p.deallocate()
            return q
        }
        classes = moved(classes, classCount, cap)
        splitStamp = moved(splitStamp, BinStatus.count * old, BinStatus.count * cap)
        (splitStamp + BinStatus.count * old).initialize(repeating: -1, count: BinStatus.count * (cap - old))
        splitTarget = moved(splitTarget, BinStatus.count * old, BinStatus.count * cap)
        (splitTarget + BinStatus.count * old).initialize(repeating: -1, count: BinStatus.count * (cap - old))
        freeList = moved(freeList, freeCount, cap)
        newList = moved(newList, newCount, cap)
        newSource = moved(newSource, newCount, cap)
        sources = moved(sources, sourceCount, cap)
        capacity = cap
    }

    // MARK: Status update (MODEL.md step 2, for the bins)

    /// Recomputes every row's status under `o` and moves the bins whose
    /// status changed to the class for (old class, new status), created on
    /// first use as a copy of the old class. A fast pass finds the changed
    /// rows with two comparisons per threshold (is the stored first-fit
    /// column still the first that fits?); only those rows are searched and
    /// only their bins between the old and new thresholds move (all of the
    /// row's bins when affordability changes).
    /// Records row i's status (both representations).
    @inline(__always)
    func setRow(_ i: Int, _ r: SegmentKernel.RowStatus) {
        rowStatus[i] = r.status
        rowFit[i] = Int32(r.fit)
        rowLoyal[i] = Int32(r.loyal)
        statusD[i] = Double(r.status)
        fitLo[i] = tauPad[r.fit]
        fitHi[i] = tauPad[r.fit + 1]
        loyalLo[i] = tauPad[r.loyal]
        loyalHi[i] = tauPad[r.loyal + 1]
    }

    mutating func updateStatuses(offer o: Offer, loyalPrice lp: Double) {
        newCount = 0
        sourceCount = 0
        stamp += 1
        let T = tasteBins
        let V = o.value, P = o.price, W = o.rivalValue, R = o.rivalPrice, hasRival = o.hasRival
        var nChanged = 0
        // The change check, 4 rows at a time. A row changed iff its status
        // bits differ or the stored first-fit column (at P or at the loyalty
        // price) is no longer the first that fits: fits at column j iff
        // g + τ_j ≥ rg, and with the sentinels "none fit" (rg = +∞) and "all
        // fit" (g = +∞) are the same test, as are the ends τ_{−1} = −∞, τ_T = +∞.
        typealias D4 = SIMD4<Double>
        let zero = D4(repeating: 0), one = D4(repeating: 1), two = D4(repeating: 2), eight = D4(repeating: 8)
        let inf = D4(repeating: .infinity)
        let v4 = D4(repeating: V), p4 = D4(repeating: P), w4 = D4(repeating: W), r4 = D4(repeating: R)
        let d4 = D4(repeating: o.dealPrice)
        let l4 = D4(repeating: lp)
        let noRival = SIMDMask<SIMD4<Int64>>(repeating: !hasRival)
        var i = 0
        while i < paddedRows {
            @inline(__always) func load(_ p: UnsafeMutablePointer<Double>) -> D4 {
                UnsafeRawPointer(p + i).loadUnaligned(as: D4.self)
            }
            let wi = load(wPad)
            let wv = wi * v4
            let ww = wi * w4
            let aU = wv .>= p4
            let aR = (ww .>= r4) .& .!noRival
            let aL = wv .>= l4
            let aD = wv .>= d4
            let status = zero.replacing(with: one, where: aU) + zero.replacing(with: two, where: aR)
                + zero.replacing(with: eight, where: aD)
            let rg = ww - r4
            let g = zero.replacing(with: inf, where: aU).replacing(with: wv - p4, where: aU .& aR)
            let rgU = inf.replacing(with: rg, where: aU)
            let gL = zero.replacing(with: inf, where: aL).replacing(with: wv - l4, where: aL .& aR)
            let rgL = inf.replacing(with: rg, where: aL)
            let fitBad = .!(g + load(fitHi) .>= rgU) .| (g + load(fitLo) .>= rgU)
            let loyalBad = .!(gL + load(loyalHi) .>= rgL) .| (gL + load(loyalLo) .>= rgL)
            let bad = (status .!= load(statusD)) .| fitBad .| loyalBad
            if any(bad) {
                for lane in 0..<4 where bad[lane] && i + lane < rows {
                    changedRows[nChanged] = Int32(i + lane)
                    nChanged += 1
                }
            }
            i += 4
        }
        if nChanged == 0 { return }
        for x in 0..<nChanged {
            let i = Int(changedRows[x])
            let oldStatus = rowStatus[i]
            let oldFit = Int(rowFit[i]), oldLoyal = Int(rowLoyal[i])
            let r = SegmentKernel.rowStatus(w: w[i], offer: o, loyalPrice: lp, tau: tauPad + 1, tasteBins: T,
                                            fromFit: oldFit, fromLoyal: oldLoyal)
            if r.status != oldStatus {
                moveBins(row: i, from: 0, to: T, status: r.status, fit: r.fit, oldLoyal: oldLoyal)
            } else if r.fit != oldFit {
                moveBins(row: i, from: min(r.fit, oldFit), to: max(r.fit, oldFit), status: r.status, fit: r.fit,
                         oldLoyal: oldLoyal)
            }
            if r.loyal != oldLoyal {
                // Bins entering (leaving) the loyal range count for (against) their class.
                let delta: Double = r.loyal < oldLoyal ? 1 : -1
                let base = i * T
                for j in min(r.loyal, oldLoyal)..<max(r.loyal, oldLoyal) {
                    classes[Int(classOf[base + j])].loyal += delta
                }
            }
            setRow(i, r)
        }
        // Classes left empty are freed for reuse.
        for x in 0..<sourceCount {
            let c = Int(sources[x])
            if classes[c].mult == 0 && classes[c].status != BinStatus.dead {
                classes[c] = BinClass(status: BinStatus.dead)
                freeList[freeCount] = Int32(c)
                freeCount += 1
            }
        }
    }

    /// Moves bins j ∈ [from, to) of row i to the class of their new status.
    @inline(__always)
    private mutating func moveBins(row i: Int, from: Int, to: Int, status: UInt8, fit: Int, oldLoyal: Int) {
        let base = i * tasteBins
        for j in from..<to {
            let b = base + j
            let s = status | (j >= fit ? BinStatus.fitsUs : 0)
            let c = Int(classOf[b])
            if classes[c].status == s { continue }
            let slot = BinStatus.count * c + Int(s)
            let t: Int
            if splitStamp[slot] == stamp {
                t = Int(splitTarget[slot])
            } else {
                t = newClass(copying: c, status: s)
                splitStamp[slot] = stamp
                splitTarget[slot] = Int32(t)
                sources[sourceCount] = Int32(c)
                sourceCount += 1
            }
            classes[c].mult -= 1
            classes[t].mult += 1
            if j >= oldLoyal {
                classes[c].loyal -= 1
                classes[t].loyal += 1
            }
            classOf[b] = Int32(t)
        }
    }

    private mutating func newClass(copying c: Int, status: UInt8) -> Int {
        var nc = classes[c]
        nc.mult = 0
        nc.loyal = 0
        nc.status = status
        let t: Int
        if freeCount > 0 {
            freeCount -= 1
            t = Int(freeList[freeCount])
            classes[t] = nc
        } else {
            t = appendClass(nc)
        }
        newList[newCount] = Int32(t)
        newSource[newCount] = Int32(c)
        newCount += 1
        return t
    }
}
