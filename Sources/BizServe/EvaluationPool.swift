// The bounded, fair queue of runs. A fixed number of worker threads (the
// pool; 2 on a 2-core laptop) each run one child at a time. Each session has
// at most one run waiting: a newer run from the same session replaces the
// waiting one (whose caller gets `.superseded`), so nobody can flood the
// queue, and the queue is served in arrival order, skipping sessions that
// already have a run going — round robin between participants. The event
// loop only enqueues and awaits.

import Foundation

enum PoolOutcome: Sendable {
    case finished(EvaluationResult)
    /// A newer run of the same session took this one's place.
    case superseded
    /// The queue holds `maxQueued` runs already.
    case full(Int)
}

final class EvaluationPool: @unchecked Sendable {
    private struct Job {
        let session: String
        let request: EvaluationRequest
        let done: @Sendable (PoolOutcome) -> Void
    }

    private let condition = NSCondition()
    private var waiting: [Job] = []
    private var running: Set<String> = []
    private let maxQueued: Int
    private let work: @Sendable (EvaluationRequest) -> EvaluationResult
    /// Runs finished since the start (for the load benchmark's report).
    private(set) var finishedCount = 0

    init(workers: Int, maxQueued: Int, work: @escaping @Sendable (EvaluationRequest) -> EvaluationResult) {
        self.maxQueued = maxQueued
        self.work = work
        for _ in 0..<max(1, workers) {
            let thread = Thread { [unowned self] in self.workerLoop() }
            thread.start()
        }
    }

    func run(session: String, _ request: EvaluationRequest) async -> PoolOutcome {
        await withCheckedContinuation { continuation in
            submit(session: session, request) { continuation.resume(returning: $0) }
        }
    }

    func submit(session: String, _ request: EvaluationRequest, done: @escaping @Sendable (PoolOutcome) -> Void) {
        condition.lock()
        var replaced: Job?
        if let i = waiting.firstIndex(where: { $0.session == session }) {
            replaced = waiting[i]
            waiting[i] = Job(session: session, request: request, done: done)
        } else if waiting.count >= maxQueued {
            condition.unlock()
            done(.full(maxQueued))
            return
        } else {
            waiting.append(Job(session: session, request: request, done: done))
        }
        condition.signal()
        condition.unlock()
        replaced?.done(.superseded)
    }

    /// How many runs wait before this session's (0: next), nil when it has none waiting.
    func position(of session: String) -> Int? {
        condition.lock(); defer { condition.unlock() }
        return waiting.firstIndex { $0.session == session }
    }

    func isRunning(_ session: String) -> Bool {
        condition.lock(); defer { condition.unlock() }
        return running.contains(session)
    }

    var queued: Int {
        condition.lock(); defer { condition.unlock() }
        return waiting.count
    }

    private func workerLoop() {
        while true {
            condition.lock()
            var index: Int?
            while true {
                index = waiting.firstIndex { !running.contains($0.session) }
                if index != nil { break }
                condition.wait()
            }
            guard let i = index else { condition.unlock(); continue }
            let job = waiting.remove(at: i)
            running.insert(job.session)
            condition.unlock()
            let result = work(job.request)
            condition.lock()
            running.remove(job.session)
            finishedCount += 1
            // A session's next run may be waiting for this one to end.
            condition.broadcast()
            condition.unlock()
            job.done(.finished(result))
        }
    }
}
