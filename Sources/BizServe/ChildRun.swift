// One run of a participant's model in a child process (`biz serve
// --evaluate`), watched: past the time limit it gets SIGINT (the model stops
// at its current line with "interrupted", the lines before keep their
// values) and a second later SIGKILL; past the memory limit, SIGKILL at
// once. Called on a pool thread; blocks that thread, never the event loop.

import BizFormat
import BizLang
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ChildRun {
    let executable: String
    let folder: String
    let limits: ServeLimits

    private enum Stop { case time, memory }

    func run(_ request: EvaluationRequest) -> EvaluationResult {
        let locale = OutputLocale(rawValue: request.locale) ?? .en
        let started = DispatchTime.now()
        var result = EvaluationResult()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // The child's own memory budget (MemoryBudget) refuses large allocations with a located
        // error; the server's watch below is the backstop for what the budget does not see.
        process.arguments = ["serve", "--evaluate", folder, "--max-steps", String(limits.maxSteps), "--locale", locale.rawValue,
                             "--max-memory", "\(limits.maxMemoryMiB)M", "--samples", String(limits.samples), "--seed", String(limits.seed), "--sampling", limits.sampling]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            result.stopped = Message(ServeText.evaluationDied).render(locale)
            return result
        }
        let pid = process.processIdentifier
        let data = (try? JSONEncoder().encode(request)) ?? Data()
        let writer = input.fileHandleForWriting
        // Its own thread: a long model fills the pipe before the child reads it.
        Thread.detachNewThread {
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
        let watch = Watch()
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now(), repeating: .milliseconds(ServeLimits.memoryPollMilliseconds))
        let memoryLimit = (limits.maxMemoryMiB + ServeLimits.memorySlackMiB) << 20, timeLimit = limits.timeLimit
        timer.setEventHandler {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            if elapsed > timeLimit + 1 {
                if watch.stop(.time) { _ = kill(pid, SIGKILL) }
            } else if elapsed > timeLimit {
                if watch.interrupt() { _ = kill(pid, SIGINT) }
            }
            if let rss = ChildRun.residentBytes(pid), rss > memoryLimit, watch.stop(.memory) { _ = kill(pid, SIGKILL) }
        }
        timer.resume()
        var sawDone = false
        var pending: [UInt8] = []
        var total = 0
        let reader = output.fileHandleForReading
        let decoder = JSONDecoder()
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            total += chunk.count
            if total > ServeLimits.childOutputBytes, watch.stop(.memory) { _ = kill(pid, SIGKILL) }
            pending.append(contentsOf: chunk)
            var lineStart = 0
            while let newline = pending[lineStart...].firstIndex(of: 10) {
                if let event = try? decoder.decode(EvaluationEvent.self, from: Data(pending[lineStart..<newline])) {
                    result.add(event)
                    if event.done == true { sawDone = true }
                }
                lineStart = newline + 1
            }
            pending.removeFirst(lineStart)
        }
        process.waitUntilExit()
        timer.cancel()
        switch watch.reason {
        case .time?: result.stopped = Message(ServeText.timeLimit, Self.seconds(timeLimit)).render(locale)
        case .memory?: result.stopped = Message(ServeText.memoryLimit, String(limits.maxMemoryMiB)).render(locale)
        case nil:
            if watch.interrupted { result.stopped = Message(ServeText.timeLimit, Self.seconds(timeLimit)).render(locale) }
            else if !sawDone { result.stopped = Message(ServeText.evaluationDied).render(locale) }
        }
        result.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        return result
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }

    /// The child's resident memory, from /proc/PID/statm (pages).
    static func residentBytes(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// What the watchdog did, shared by the timer and the reading thread.
    private final class Watch: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var reason: Stop?
        private(set) var interrupted = false

        /// True the first time: the caller sends the kill.
        func stop(_ why: Stop) -> Bool {
            lock.lock(); defer { lock.unlock() }
            guard reason == nil else { return false }
            reason = why
            return true
        }

        func interrupt() -> Bool {
            lock.lock(); defer { lock.unlock() }
            guard !interrupted, reason == nil else { return false }
            interrupted = true
            return true
        }
    }
}
