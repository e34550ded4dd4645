// Background evaluation: one child process (`biz lsp --evaluate`) per
// document version. A newer version kills the older child at once (so rapid
// edits never queue up runs); so does the time limit. The child's lines are
// handed to the server as they arrive, so early lines show values while a
// slow one is still computing.

import BizLang
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What ended a run.
enum RunEnd: Sendable {
    /// The child wrote its last line.
    case finished
    /// Killed because the time limit passed.
    case timedOut
    /// Killed because the text changed, or the document closed.
    case superseded
    /// The child died on its own (a crash) or could not start.
    case died
}

final class EvaluationRun: @unchecked Sendable {
    let uri: String
    let version: Int
    private let process = Process()
    private let lock = NSLock()
    private var killedFor: RunEnd?
    private var sawDone = false

    init(uri: String, version: Int) {
        self.uri = uri
        self.version = version
    }

    /// Starts the child; `onLine` gets each report line, `onEnd` once, last.
    func start(executable: String, arguments: [String], text: String, timeLimit: Double,
               onLine: @escaping @Sendable (EvaluationRun, EvaluationLine) -> Void,
               onEnd: @escaping @Sendable (EvaluationRun, RunEnd) -> Void) {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            // Not from here: the caller holds the server's lock.
            DispatchQueue.global().async { onEnd(self, .died) }
            return
        }
        let data = Data(text.utf8)
        let writer = input.fileHandleForWriting
        // Written from its own thread: a big document fills the pipe before
        // the child reads it. (SIGPIPE is ignored: a killed child is an EPIPE.)
        Thread.detachNewThread {
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
        let reader = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var pending: [UInt8] = []
            var scanned = 0   // bytes of `pending` known to hold no newline
            let decoder = JSONDecoder()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                pending.append(contentsOf: chunk)
                // Lines by a cursor, the consumed part dropped once per chunk,
                // and no byte scanned twice: a long file stays linear.
                var lineStart = 0
                while let newline = pending[scanned...].firstIndex(of: 10) {
                    let line = Data(pending[lineStart..<newline])
                    lineStart = newline + 1
                    scanned = lineStart
                    guard let decoded = try? decoder.decode(EvaluationLine.self, from: line) else { continue }
                    if decoded.done == true { markDone() }
                    if !isKilled { onLine(self, decoded) }
                }
                pending.removeFirst(lineStart)
                scanned = pending.count
            }
            process.waitUntilExit()
            onEnd(self, endReason())
        }
        let deadline = DispatchTime.now() + timeLimit
        DispatchQueue.global().asyncAfter(deadline: deadline) { [self] in kill(.timedOut) }
    }

    /// Stops the child now (no-op once it has ended).
    func kill(_ reason: RunEnd) {
        lock.lock()
        defer { lock.unlock() }
        guard killedFor == nil, !sawDone, process.isRunning else { return }
        killedFor = reason
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
    }

    private var isKilled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return killedFor != nil
    }

    private func markDone() {
        lock.lock()
        sawDone = true
        lock.unlock()
    }

    private func endReason() -> RunEnd {
        lock.lock()
        defer { lock.unlock() }
        if let killedFor { return killedFor }
        return sawDone ? .finished : .died
    }
}
