import Dispatch
import Synchronization

/// `--timeout SECONDS`: a time limit on one evaluation (a script, an `-e`
/// expression, each file of `biz test`). It stops the evaluation the way
/// Ctrl-C does — a timer asks `Interrupt` to stop with `StopReason.timeout` —
/// so the interpreter's loops and calls, the what-if tools and BizCore's
/// Monte Carlo batches all honour it at the same places; only the message
/// differs (`Machine.stopped`).
public struct Deadline {
    private let item: DispatchWorkItem

    /// The limit of the deadline last started, for the message.
    private static let armedBits = Atomic<UInt64>(0)
    static var armedSeconds: Double { Double(bitPattern: armedBits.load(ordering: .relaxed)) }

    /// Starts the clock; nil when there is no limit.
    public static func start(seconds: Double?) -> Deadline? {
        guard let seconds, seconds > 0, seconds.isFinite else { return nil }
        armedBits.store(seconds.bitPattern, ordering: .relaxed)
        let item = DispatchWorkItem { Interrupt.request(.timeout) }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
        return Deadline(item: item)
    }

    /// Stops the clock once the evaluation is over, and forgets a timeout
    /// that fired too late to be seen (it must not stop the next one).
    public func cancel() {
        item.cancel()
        if Interrupt.reason == .timeout { Interrupt.clear() }
    }
}
