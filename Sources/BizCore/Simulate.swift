import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Runs the bin engine for `months` (default: the market's) and returns the
/// series in total and per segment. Throws `CoreError` on invalid input.
/// Safe to call concurrently: everything lives in local values.
public func simulate(_ company: CompanySpec, market: MarketSpec = MarketSpec(), months: Int? = nil) throws -> Run {
    try simulateOne(company, market: market, months: months, grids: nil)
}

/// Runs `simulate` for every company (a Monte Carlo batch: one company per
/// sample) on `threads` threads (0 = the active processor count) and returns
/// the runs in input order. Each run is exactly what `simulate` returns for
/// that company, whatever the thread count. If any company is invalid, throws
/// the error of the first such company in input order.
///
/// Bin grids (WTP and taste quantiles) are computed once per distinct
/// segment `wtp`/`taste` and shared by the batch.
///
/// `monitor`, when given, can stop the batch (it then throws `BatchStopped`)
/// and is told of progress.
public func simulateBatch(_ companies: [CompanySpec], market: MarketSpec = MarketSpec(), months: Int? = nil,
                          threads: Int = 0, monitor: BatchMonitor? = nil) throws -> [Run] {
    try runBatch(companies, market: market, months: months, threads: threads, monitor: monitor) { company, grids in
        try simulateOne(company, market: market, months: months, grids: grids)
    }
}

/// The lighter Monte Carlo result: only the total series of each run (no
/// per-segment series, no copies of the inputs). Same order, values and
/// determinism as `simulateBatch(...).map(\.total)`.
public func simulateBatchTotals(_ companies: [CompanySpec], market: MarketSpec = MarketSpec(), months: Int? = nil,
                                threads: Int = 0, monitor: BatchMonitor? = nil) throws -> [SeriesSet] {
    try runBatch(companies, market: market, months: months, threads: threads, monitor: monitor) { company, grids in
        try simulateOne(company, market: market, months: months, grids: grids, keepSegments: false).total
    }
}

/// The batch driver: shared grids, a work counter, results in input order.
private func runBatch<R: Sendable>(_ companies: [CompanySpec], market: MarketSpec, months: Int?, threads: Int,
                                   monitor: BatchMonitor?,
                                   body: @Sendable (CompanySpec, [SegmentGrid]?) throws -> R) throws -> [R] {
    let n = companies.count
    guard n > 0 else { return [] }
    let slots = ParallelSlots<Result<R, any Error>>(count: n)
    try forEachSample(companies, market: market, threads: threads, monitor: monitor) { i, grids in
        slots.set(i, Result { try body(companies[i], grids) })
    }
    return try (0..<n).map { i in
        guard let r = slots[i] else {
            throw CoreError(field: "simulateBatch", problem: .internalError("run \(i) was not computed"))
        }
        return try r.get()
    }
}

/// Calls `body(i, grids)` once for every sample index, on `threads` threads
/// (0 = the online processor count), each worker taking the next index from
/// a shared counter. `body` must write only what belongs to sample i, so
/// the results do not depend on the thread count or the order of the calls.
/// This is the one loop every batch runs through: `monitor` can stop it
/// (then it throws `BatchStopped`) and hears of progress.
func forEachSample(_ companies: [CompanySpec], market: MarketSpec, threads: Int, monitor: BatchMonitor?,
                   body: @Sendable (Int, [SegmentGrid]?) -> Void) throws {
    let n = companies.count
    guard n > 0 else { return }
    guard threads >= 0 else { throw CoreError(field: "threads", problem: .negative(Double(threads))) }
    let grids = GridCache.grids(for: companies, resolution: market.resolution)
    let workers = min(threads > 0 ? threads : onlineCores(), n)
    let state = BatchState()
    // One sample: unless stopped, run it and report progress.
    @Sendable func one(_ i: Int) {
        if let m = monitor {
            if state.stopped.load(ordering: .relaxed) { return }
            if m.shouldStop() { state.stopped.store(true, ordering: .relaxed); return }
        }
        body(i, grids[i])
        if let report = monitor?.progress {
            report(state.done.wrappingAdd(1, ordering: .relaxed).newValue, n)
        }
    }
    if workers <= 1 {
        for i in 0..<n { one(i) }
    } else {
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= n { break }
                one(i)
            }
        }
    }
    if state.stopped.load(ordering: .relaxed) {
        throw BatchStopped(done: state.done.load(ordering: .relaxed), total: n)
    }
}

/// A batch's shared flags: stopped by the monitor, samples finished.
private final class BatchState: Sendable {
    let stopped = Atomic<Bool>(false)
    let done = Atomic<Int>(0)
}


/// Bin grids shared by a batch: one per distinct (wtp, taste) at the batch's
/// resolution. A grid that more than one segment run uses gets a shelf for
/// their status scripts (StatusScript.swift); one used once (a taste that
/// follows an uncertain price, say) gets none, so nothing is recorded that
/// no other sample could replay.
enum GridCache {
    static func grids(for companies: [CompanySpec], resolution: Int) -> [[SegmentGrid]?] {
        guard resolution >= 1 && resolution <= 100_000 else { return companies.map { _ in nil } }
        var distinct: [SegmentGrid] = []
        var uses: [Int] = []
        // Candidates by taste, so that a batch with a grid per sample is not quadratic.
        var byTaste: [UInt64: [Int]] = [:]
        var lastSegments: [SegmentSpec]? = nil
        var last: [Int]? = nil
        let picks: [[Int]?] = companies.map { company in
            if let l = last, let ls = lastSegments, ls.count == company.segments.count,
               zip(ls, company.segments).allSatisfy({ $0.wtp == $1.wtp && $0.taste == $1.taste }) {
                for k in l { uses[k] += 1 }
                return l
            }
            // Only valid inputs get a grid (the engine reports the others).
            guard company.segments.allSatisfy({ (try? $0.wtp.validate(field: "wtp")) != nil && $0.taste >= 0 }) else {
                last = nil
                lastSegments = nil
                return nil
            }
            let g: [Int] = company.segments.map { seg in
                let key = seg.taste.bitPattern
                if let found = byTaste[key]?.first(where: { distinct[$0].matches(seg, resolution: resolution) }) {
                    uses[found] += 1
                    return found
                }
                distinct.append(SegmentGrid(wtp: seg.wtp, taste: seg.taste, resolution: resolution))
                uses.append(1)
                byTaste[key, default: []].append(distinct.count - 1)
                return distinct.count - 1
            }
            last = g
            lastSegments = company.segments
            return g
        }
        for k in distinct.indices where uses[k] > 1 { distinct[k].scripts = StatusScripts() }
        return picks.map { $0.map { $0.map { distinct[$0] } } }
    }
}

/// One simulation. `keepSegments: false` (Monte Carlo totals) skips the
/// per-segment series.
func simulateOne(_ company: CompanySpec, market: MarketSpec, months: Int?, grids: [SegmentGrid]?,
                         keepSegments: Bool = true) throws -> Run {
    let horizon = months ?? market.months
    guard horizon >= 0 else { throw CoreError(field: "months", problem: .negative(Double(horizon))) }
    let capacity = horizon + 1
    try MemoryBudget.reserve(bytes: Run.estimatedBytes(months: horizon, segments: keepSegments ? company.segments.count : 0),
                             what: .series)
    var engine = try BinEngine(company: company, market: market, grids: grids, months: horizon)
    var total = SeriesSet(name: "total", hasMoney: true, capacity: capacity)
    var segments = keepSegments ? engine.segments.map { SeriesSet(name: $0.name, hasMoney: false, capacity: capacity) } : []

    // Month 0: the starting state.
    var counts = Counts(), loyal = 0.0
    for (i, seg) in engine.segments.enumerated() {
        if keepSegments {
            segments[i].append(counts: seg.sums, size: seg.size, loyalFit: seg.loyalFit, offer: engine.offer)
        }
        counts = counts + seg.sums
        loyal += seg.loyalFit
    }
    total.append(counts: counts, size: engine.totalSize, loyalFit: loyal, offer: engine.offer)
    total.appendMoney(costs: 0, profit: 0, cash: engine.cash)

    var flows: [SegmentFlows] = []
    for _ in 0..<horizon {
        let month = engine.advance(segmentFlows: &flows)
        try checkFinite(month, segments: flows, company: company)
        if keepSegments {
            for i in flows.indices {
                segments[i].append(counts: flows[i].after, size: flows[i].size, loyalFit: flows[i].loyalFit,
                                   flows: flows[i].figures, offer: engine.offer)
            }
        }
        total.append(counts: month.total.after, size: month.total.size, loyalFit: month.total.loyalFit,
                     flows: month.total.figures, offer: engine.offer)
        total.appendMoney(costs: month.costs, profit: month.profit, cash: month.cash)
    }
    engine.publishScripts()
    return Run(months: horizon, total: total, segments: segments, company: company, market: market)
}
