import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Splits 0..<count into one contiguous range per core (fewer when a range
/// would hold under `minimum` items) and runs `body` on each range in
/// parallel; the results come back in range order, so a caller that joins
/// them sees the same order as a serial loop, whatever the core count.
public func parallelChunks<R: Sendable>(count: Int, minimum: Int = 1, threads: Int = 0,
                                        _ body: @Sendable (Range<Int>) -> R) -> [R] {
    guard count > 0 else { return [] }
    let cores = threads > 0 ? threads : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let workers = max(1, min(cores, count / max(minimum, 1)))
    @Sendable func range(_ k: Int) -> Range<Int> { (k * count / workers)..<((k + 1) * count / workers) }
    if workers == 1 { return [body(0..<count)] }
    let slots = ChunkSlots<R>(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { k in slots.set(k, body(range(k))) }
    return slots.collect()
}

/// One slot per range, each written by one worker and read only after
/// `concurrentPerform` returns (which orders the writes before the reads).
private final class ChunkSlots<R: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ k: Int, _ r: R) { slots[k] = r }
    /// Every slot is set when `concurrentPerform` has returned.
    func collect() -> [R] { (0..<count).compactMap { slots[$0] } }
}
