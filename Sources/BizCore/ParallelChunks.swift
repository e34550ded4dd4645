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
    let cores = threads > 0 ? threads : onlineCores()
    let workers = max(1, min(cores, count / max(minimum, 1)))
    @Sendable func range(_ k: Int) -> Range<Int> { (k * count / workers)..<((k + 1) * count / workers) }
    if workers == 1 { return [body(0..<count)] }
    let slots = ParallelSlots<R>(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { k in slots.set(k, body(range(k))) }
    return (0..<workers).compactMap { slots[$0] }   // every slot is set
}

/// The processors online (at least 1): the default worker count.
func onlineCores() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

/// One slot per index of a parallel loop. Each slot is written by exactly
/// one worker and read only after `concurrentPerform` returns (which orders
/// the writes before the reads), so no lock is needed.
final class ParallelSlots<T: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
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

    func set(_ i: Int, _ value: T) { slots[i] = value }
    subscript(i: Int) -> T? { slots[i] }
}
