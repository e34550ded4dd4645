// The pool's promises, with a stand-in for the child: a newer run of a
// session replaces its waiting one, the queue is served round robin across
// sessions (a session never runs twice at once), a full queue refuses.

import Foundation
import XCTest
@testable import BizServe

final class EvaluationPoolTests: XCTestCase {
    /// A work function that blocks until released and records the order it ran in.
    final class Gate: @unchecked Sendable {
        let lock = NSLock()
        var order: [String] = []
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)

        func work(_ r: EvaluationRequest) -> EvaluationResult {
            lock.withLock { order.append(r.source) }
            started.signal()
            release.wait()
            var result = EvaluationResult()
            result.lines = [LineReport(line: 1, endLine: 1, value: r.source)]
            return result
        }
    }

    final class Outcomes: @unchecked Sendable {
        let lock = NSLock()
        var byName: [String: PoolOutcome] = [:]
        let done = DispatchSemaphore(value: 0)
        func record(_ name: String) -> @Sendable (PoolOutcome) -> Void {
            { outcome in self.lock.withLock { self.byName[name] = outcome }; self.done.signal() }
        }
        func value(_ name: String) -> String? {
            lock.withLock {
                if case .finished(let r)? = byName[name] { return r.lines.first?.value }
                if case .superseded? = byName[name] { return "superseded" }
                if case .full? = byName[name] { return "full" }
                return nil
            }
        }
    }

    func request(_ source: String) -> EvaluationRequest { EvaluationRequest(source: source, locale: "en") }

    func testNewerRunReplacesTheWaitingOneAndSessionsTakeTurns() {
        let gate = Gate(), outcomes = Outcomes()
        let pool = EvaluationPool(workers: 1, maxQueued: 10) { gate.work($0) }
        pool.submit(session: "a", request("a1"), done: outcomes.record("a1"))
        gate.started.wait()                       // a1 runs; the rest wait
        pool.submit(session: "a", request("a2"), done: outcomes.record("a2"))
        pool.submit(session: "a", request("a3"), done: outcomes.record("a3"))   // replaces a2
        pool.submit(session: "b", request("b1"), done: outcomes.record("b1"))
        XCTAssertEqual(pool.position(of: "a"), 0)
        XCTAssertEqual(pool.position(of: "b"), 1)
        XCTAssertTrue(pool.isRunning("a"))
        outcomes.done.wait()                      // a2's caller hears at once
        XCTAssertEqual(outcomes.value("a2"), "superseded")
        for _ in 0..<3 { gate.release.signal() }
        for _ in 0..<3 { outcomes.done.wait() }
        XCTAssertEqual(outcomes.value("a1"), "a1")
        XCTAssertEqual(outcomes.value("a3"), "a3")
        XCTAssertEqual(outcomes.value("b1"), "b1")
        XCTAssertEqual(gate.order, ["a1", "a3", "b1"])
    }

    func testASessionWithARunGoingWaitsItsTurn() {
        let gate = Gate(), outcomes = Outcomes()
        let pool = EvaluationPool(workers: 2, maxQueued: 10) { gate.work($0) }
        pool.submit(session: "a", request("a1"), done: outcomes.record("a1"))
        gate.started.wait()
        pool.submit(session: "a", request("a2"), done: outcomes.record("a2"))
        pool.submit(session: "b", request("b1"), done: outcomes.record("b1"))
        gate.started.wait()                       // the second worker takes b1, not a2
        XCTAssertEqual(gate.lock.withLock { gate.order }, ["a1", "b1"])
        XCTAssertEqual(pool.position(of: "a"), 0)
        for _ in 0..<3 { gate.release.signal() }
        for _ in 0..<3 { outcomes.done.wait() }
        XCTAssertEqual(gate.order, ["a1", "b1", "a2"])
    }

    func testAFullQueueRefuses() {
        let gate = Gate(), outcomes = Outcomes()
        let pool = EvaluationPool(workers: 1, maxQueued: 2) { gate.work($0) }
        pool.submit(session: "a", request("a"), done: outcomes.record("a"))
        gate.started.wait()
        pool.submit(session: "b", request("b"), done: outcomes.record("b"))
        pool.submit(session: "c", request("c"), done: outcomes.record("c"))
        pool.submit(session: "d", request("d"), done: outcomes.record("d"))
        outcomes.done.wait()
        XCTAssertEqual(outcomes.value("d"), "full")
        XCTAssertEqual(pool.queued, 2)
        for _ in 0..<3 { gate.release.signal() }
        for _ in 0..<3 { outcomes.done.wait() }
        XCTAssertEqual(gate.order, ["a", "b", "c"])
    }
}
