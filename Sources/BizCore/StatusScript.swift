import Synchronization

/// Status updates shared by the samples of a Monte Carlo batch (issue 12
/// item 2).
///
/// A segment's bin statuses — and so how its classes split (which class each
/// new class copies, how many member and loyal bins every class has, which
/// classes are freed, in which slots) — depend only on its bin grid, its band
/// top and the offers month by month, never on the counts. In a batch whose
/// uncertain inputs leave those alone (conversion, churn, leads, costs,
/// sizes, customers…), every sample splits its classes the same way. So the
/// first sample with a given grid, band top and offer path records the
/// splits (`ScriptRecorder`), and the others replay them: each month they
/// copy each new class's counts from its source and set the members, then
/// run steps 1 and 3–7 as usual. The slots, their order and every count are
/// what the full status update gives, so the numbers are identical; what is
/// skipped is the per-row work (BinArena.updateStatuses, the rows of the
/// starting allocation, the per-bin state). A sample whose offers differ
/// (an uncertain price, value or competitor) finds no script and runs the
/// full update, as before.

/// One month's offer as bit patterns: a script applies only to a path with
/// exactly these inputs (bitwise, so −0 and NaN cannot slip through).
struct OfferKey: Equatable, Sendable {
    let price, value, rivalPrice, rivalValue, dealPrice: UInt64
    let hasRival: Bool

    init(_ o: Offer) {
        price = o.price.bitPattern
        value = o.value.bitPattern
        rivalPrice = o.rivalPrice.bitPattern
        rivalValue = o.rivalValue.bitPattern
        dealPrice = o.dealPrice.bitPattern
        hasRival = o.hasRival
    }
}

/// The count-independent part of a class: what a status update changes.
struct ClassShape: Sendable {
    var slot: Int32
    var status: UInt8
    var mult: Double
    var loyal: Double

    init(slot: Int, _ c: BinClass) {
        self.slot = Int32(slot)
        status = c.status
        mult = c.mult
        loyal = c.loyal
    }

    func sameShape(_ c: BinClass) -> Bool { status == c.status && mult == c.mult && loyal == c.loyal }
}

/// One segment's recorded splits over months 1…`months`, for one grid (the
/// shelf it sits on), band top and offer path (months 0…`months`).
final class StatusScript: @unchecked Sendable {
    let bandTop: UInt64
    let offers: [OfferKey]
    /// The starting classes (slot = index).
    let start: [ClassShape]
    /// Per month m (index m − 1): classes created, in creation order, as
    /// `born[bornEnd[m − 2] ..< bornEnd[m − 1]]`, copied from `bornSource`.
    /// Owned memory, so a replay can hand it to the shock as its list.
    let born: UnsafeMutablePointer<Int32>
    let bornSource: [Int32]
    let bornEnd: [Int]
    /// Per month: classes whose shape changed (a dead status: freed), the
    /// same way in `shapes[shapesEnd[m − 2] ..< shapesEnd[m − 1]]`.
    let shapes: [ClassShape]
    let shapesEnd: [Int]
    /// Per month: slots in use after the month's update.
    let classCount: [Int]
    /// The most slots in use at any month (a replay's buffer size).
    let maxClassCount: Int
    var months: Int { classCount.count }

    init(bandTop: Double, offers: [OfferKey], start: [ClassShape], born: [Int32], bornSource: [Int32],
         bornEnd: [Int], shapes: [ClassShape], shapesEnd: [Int], classCount: [Int]) {
        self.bandTop = bandTop.bitPattern
        self.offers = offers
        self.start = start
        self.born = .allocate(capacity: max(born.count, 1))
        self.born.initialize(from: born, count: born.count)
        self.bornSource = bornSource
        self.bornEnd = bornEnd
        self.shapes = shapes
        self.shapesEnd = shapesEnd
        self.classCount = classCount
        maxClassCount = max(start.count, classCount.max() ?? 0)
    }

    deinit { born.deallocate() }

    /// Whether this script covers a run with this band top and these offers
    /// (months 0…n; a script recorded over more months covers its prefixes).
    func covers(bandTop b: Double, offers path: [OfferKey]) -> Bool {
        bandTop == b.bitPattern && path.count <= offers.count && offers.starts(with: path)
    }
}

/// The scripts of one bin grid in one batch (`SegmentGrid.scripts`). Holds
/// a few: a batch whose offers vary by sample records up to `limit` and then
/// runs the rest with the full update.
final class StatusScripts: Sendable {
    static let limit = 8
    private let scripts = Mutex<[StatusScript]>([])

    func find(bandTop: Double, offers: [OfferKey]) -> StatusScript? {
        scripts.withLock { list in list.first { $0.covers(bandTop: bandTop, offers: offers) } }
    }

    var isFull: Bool { scripts.withLock { $0.count >= StatusScripts.limit } }

    /// The scripts on the shelf (for diagnostics and tests).
    var held: [StatusScript] { scripts.withLock { $0 } }

    /// Adds `s` unless full or already covered (two workers may record the same path).
    func add(_ s: StatusScript) {
        scripts.withLock { list in
            guard list.count < StatusScripts.limit,
                  !list.contains(where: { $0.covers(bandTop: Double(bitPattern: s.bandTop), offers: s.offers) })
            else { return }
            list.append(s)
        }
    }
}

/// Records a segment's splits while it runs the full status update.
struct ScriptRecorder: Sendable {
    let shelf: StatusScripts
    let bandTop: Double
    let offers: [OfferKey]
    private var start: [ClassShape] = []
    private var born: [Int32] = [], bornSource: [Int32] = [], bornEnd: [Int] = []
    private var shapes: [ClassShape] = [], shapesEnd: [Int] = []
    private var classCount: [Int] = []
    /// The classes' shapes before this month's update.
    private var before: [ClassShape] = []

    init(shelf: StatusScripts, bandTop: Double, offers: [OfferKey]) {
        self.shelf = shelf
        self.bandTop = bandTop
        self.offers = offers
    }

    mutating func recordStart(_ a: BinArena) {
        start = (0..<a.classCount).map { ClassShape(slot: $0, a.classes[$0]) }
    }

    mutating func beforeUpdate(_ a: BinArena) {
        before.removeAll(keepingCapacity: true)
        for c in 0..<a.classCount { before.append(ClassShape(slot: c, a.classes[c])) }
    }

    mutating func afterUpdate(_ a: BinArena) {
        for x in 0..<a.newCount {
            born.append(a.newList[x])
            bornSource.append(a.newSource[x])
        }
        bornEnd.append(born.count)
        for c in 0..<a.classCount where c >= before.count || !before[c].sameShape(a.classes[c]) {
            shapes.append(ClassShape(slot: c, a.classes[c]))
        }
        shapesEnd.append(shapes.count)
        classCount.append(a.classCount)
    }

    /// Shelves the script once every month of the offer path is recorded.
    func publish() {
        guard classCount.count == offers.count - 1 else { return }
        shelf.add(StatusScript(bandTop: bandTop, offers: offers, start: start, born: born, bornSource: bornSource,
                               bornEnd: bornEnd, shapes: shapes, shapesEnd: shapesEnd, classCount: classCount))
    }
}

/// A segment's classes while it replays a script: the counts per class (the
/// shapes come from the script), copy-on-write like `BinStore`.
final class ReplayClasses: @unchecked Sendable {
    let classes: UnsafeMutablePointer<BinClass>
    let capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        classes = .allocate(capacity: self.capacity)
    }

    deinit { classes.deallocate() }

    func copy() -> ReplayClasses {
        let c = ReplayClasses(capacity: capacity)
        c.classes.initialize(from: classes, count: count)
        c.count = count
        return c
    }
}

/// Where a replaying segment is in its script.
struct ScriptReplay: Sendable {
    let script: StatusScript
    var buffer: ReplayClasses
    /// Months replayed so far.
    var month = 0

    init(script: StatusScript) {
        self.script = script
        buffer = ReplayClasses(capacity: script.maxClassCount)
        for shape in script.start {
            (buffer.classes + Int(shape.slot)).initialize(to: BinClass(mult: shape.mult, loyal: shape.loyal, status: shape.status))
        }
        buffer.count = script.start.count
    }

    /// The next month's splits: new classes copy their sources' counts, then
    /// the changed shapes (freed classes reset as BinArena frees them).
    /// Returns the classes created, for the shock.
    mutating func advance() -> (new: UnsafePointer<Int32>, newCount: Int) {
        if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy() }
        let s = script, m = month
        month += 1
        precondition(m < s.months, "a replayed segment ran past its script (internal error)")
        let cls = buffer.classes
        let b0 = m == 0 ? 0 : s.bornEnd[m - 1], b1 = s.bornEnd[m]
        for x in b0..<b1 {
            let src = cls[Int(s.bornSource[x])]
            (cls + Int(s.born[x])).initialize(to: BinClass(u: src.u, f: src.f, q: src.q, k: src.k))
        }
        let h0 = m == 0 ? 0 : s.shapesEnd[m - 1], h1 = s.shapesEnd[m]
        for x in h0..<h1 {
            let shape = s.shapes[x], c = Int(shape.slot)
            if shape.status == BinStatus.dead {
                cls[c] = BinClass(status: BinStatus.dead)
            } else {
                cls[c].status = shape.status
                cls[c].mult = shape.mult
                cls[c].loyal = shape.loyal
            }
        }
        buffer.count = s.classCount[m]
        return (UnsafePointer(s.born + b0), b1 - b0)
    }
}
