import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The series of a Monte Carlo batch, stored by month (issue 12 item 1):
/// for each series, one flat buffer of (months + 1) × samples Doubles, the
/// samples of month m side by side. It holds exactly the numbers the runs
/// computed — no per-run `Run`, no copies of the inputs — which is what a
/// Monte Carlo result keeps: 8 bytes per series, month and sample.
public final class SampleColumns: @unchecked Sendable {
    /// Samples (runs) per month.
    public let count: Int
    /// Months simulated (each series has months + 1 values, month 0 first).
    public let months: Int
    /// The series held, in `SeriesSet.names` order.
    public let names: [String]
    private let buffers: [UnsafeMutablePointer<Double>]
    private let index: [String: Int]
    /// Each held series' position in `SeriesSet.names`.
    private let positions: [Int]

    /// Bytes one sample takes with `series` series over `months` months.
    public static func bytesPerSample(months: Int, series: Int) -> Int {
        (months + 1) * series * MemoryLayout<Double>.stride
    }

    init(count: Int, months: Int, names: [String]) {
        self.count = count
        self.months = months
        self.names = names
        let size = count * (months + 1)
        // calloc: the pages of a large buffer come zeroed from the kernel on
        // first touch, so they are cleared by the workers that write them, in
        // parallel, not here on one thread (at 10k samples this was a quarter
        // of the batch's serial time).
        buffers = names.map { _ in
            if let raw = calloc(max(size, 1), MemoryLayout<Double>.stride) {
                return raw.bindMemory(to: Double.self, capacity: size)
            }
            let p = UnsafeMutablePointer<Double>.allocate(capacity: size)
            p.initialize(repeating: 0, count: size)
            return p
        }
        index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        positions = names.map { SeriesSet.positions[$0] ?? -1 }
    }

    deinit { for p in buffers { free(p) } }

    public func has(_ name: String) -> Bool { index[name] != nil }

    /// Every sample of `name` at month `m` (empty for an unknown name or month).
    public func samples(_ name: String, month m: Int) -> [Double] {
        guard let k = index[name], m >= 0, m <= months else { return [] }
        return Array(UnsafeBufferPointer(start: buffers[k] + m * count, count: count))
    }

    /// Run `i`'s series `name`, month by month (empty for an unknown name or run).
    public func series(_ name: String, run i: Int) -> [Double] {
        guard let k = index[name], i >= 0, i < count else { return [] }
        let p = buffers[k]
        return (0...months).map { p[$0 * count + i] }
    }

    /// Writes run `i`'s set: each worker writes only its own runs' cells.
    func store(_ set: SeriesSet, run i: Int) {
        for (k, position) in positions.enumerated() {
            guard let values = set[position: position] else { continue }
            let p = buffers[k]
            for m in 0..<min(values.count, months + 1) { p[m * count + i] = values[m] }
        }
    }
}

/// Runs one simulation per company, like `simulateBatch`, and keeps only the
/// series of the total (`segment: nil`) or of the segment at that index —
/// column by column, written straight from each run, so no per-run series
/// outlive their run. Same numbers, whatever the thread count, as
/// `simulateBatch(...)[i].total` (or `.segments[segment]`). If any company is
/// invalid, throws the error of the first such company in input order;
/// if `monitor` stops the batch, `BatchStopped`.
public func simulateBatchColumns(_ companies: [CompanySpec], market: MarketSpec = MarketSpec(), months: Int? = nil,
                                 segment: Int? = nil, threads: Int = 0, monitor: BatchMonitor? = nil) throws -> SampleColumns {
    let n = companies.count
    let horizon = months ?? market.months
    guard horizon >= 0 else { throw CoreError(field: "months", problem: .negative(Double(horizon))) }
    let names = segment == nil ? SeriesSet.names : SeriesSet.names.filter { !SeriesSet.moneyNames.contains($0) }
    try MemoryBudget.reserve(count: n, stride: SampleColumns.bytesPerSample(months: horizon, series: names.count), what: .samples)
    let columns = SampleColumns(count: n, months: horizon, names: names)
    guard n > 0 else { return columns }
    let firstError = Mutex<(index: Int, error: any Error)?>(nil)
    try forEachSample(companies, market: market, threads: threads, monitor: monitor) { i, grids in
        do {
            let run = try simulateOne(companies[i], market: market, months: horizon, grids: grids, keepSegments: segment != nil)
            if let segment {
                guard segment < run.segments.count else {
                    throw CoreError(field: "segment", problem: .internalError("no segment \(segment) in run \(i)"))
                }
                columns.store(run.segments[segment], run: i)
            } else {
                columns.store(run.total, run: i)
            }
        } catch {
            firstError.withLock { first in
                if let earlier = first, earlier.index < i { return }
                first = (i, error)
            }
        }
    }
    if let e = firstError.withLock({ $0 }) { throw e.error }
    return columns
}
