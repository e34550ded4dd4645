// SIGINT to `biz run script.biz` during a long Monte Carlo (issue 12 item
// 5): the script stops within 0.5 s, exit code 1, with the interrupted
// error's caret on the statement that was running.

import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class InterruptScriptTests: XCTestCase {
    func testSIGINTStopsAScriptInAHundredThousandSampleMonteCarlo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-sigint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: BizProcess.root.appendingPathComponent("benchmarks/montecarlo.biz"), encoding: .utf8)
        text = text.replacingOccurrences(of: "run = simulate(us)", with: "print(\"started\")\nrun = simulate(us)")
        let script = folder.appendingPathComponent("mc.biz")
        try text.write(to: script, atomically: true, encoding: .utf8)

        let p = Process()
        p.executableURL = BizProcess.binary
        p.arguments = ["run", "--samples", "100000", script.path]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "C.UTF-8"
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        defer { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        // Wait for the line printed just before `simulate`, then let the batch run.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("started") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        XCTAssertTrue(String(decoding: seen, as: UTF8.self).contains("started"))
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertTrue(p.isRunning, "the Monte Carlo ended before the signal")
        let sent = Date()
        kill(p.processIdentifier, SIGINT)
        while p.isRunning && Date().timeIntervalSince(sent) < 10 { usleep(2_000) }
        let took = Date().timeIntervalSince(sent)
        XCTAssertFalse(p.isRunning)
        XCTAssertLessThanOrEqual(took, 0.5, "exited \(took) s after SIGINT")
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(stderr.contains("mc.biz:33:7: error: interrupted"), stderr)
        XCTAssertTrue(stderr.contains("33 | run = simulate(us)\n   |       ^^^^^^^^^^^^"), stderr)
    }
}
