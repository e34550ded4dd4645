// The progress line (issue 12 item 5): on a pseudo-terminal a Monte Carlo
// that runs past 0.5 s shows `simulate(us): N of 2,000 samples · …` on
// stderr, redrawn in place and erased before the script prints; in a pipe
// and under `biz test` there is none.

import Foundation
import XCTest

final class ProgressTerminalTests: REPLTestCase {
    /// benchmarks/montecarlo.biz (a debug build takes seconds for 2,000 samples;
    /// 200 took seconds before the samples shared their status updates, and
    /// now finish within the 0.5 s before the line shows).
    func script() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("benchmarks/montecarlo.biz"), encoding: .utf8)
        let path = folder.appendingPathComponent("mc.biz").path
        try (text + "expect prob(run.cash.last > 0 RUB) < 50%\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testTheLineShowsOnATerminalAndIsErasedBeforeOutput() throws {
        let path = try script()
        let run = try PTY(executable: BuiltProducts.path(of: "biz"), arguments: ["run", "--samples", "2000", path],
                          environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"], folder: folder.path)
        run.expect("simulate(us): ", timeout: 30)
        run.expect(" of 2,000 samples · ", timeout: 30)
        run.expect("left")
        run.expect("cash at month 36: mean", timeout: 60)
        XCTAssertEqual(run.waitForExit(timeout: 30), 0)
        let raw = String(decoding: run.rawTranscript, as: UTF8.self)
        // Redrawn in place: each draw starts with a carriage return and ends clearing the rest of the line.
        XCTAssertTrue(raw.contains("\rsimulate(us): "), raw)
        // Erased before the script's first line of output.
        guard let out = raw.range(of: "cash at month 36") else { return XCTFail(raw) }
        XCTAssertTrue(raw[..<out.lowerBound].hasSuffix("\r\u{1B}[K"), String(reflecting: raw[..<out.lowerBound].suffix(80)))
        XCTAssertFalse(raw[out.lowerBound...].contains("samples"), raw)
    }

    func testNoLineInAPipeNorUnderBizTest() throws {
        let path = try script()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: BuiltProducts.path(of: "biz"))
        p.arguments = ["run", "--samples", "2000", path]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(stderr, "")
        XCTAssertTrue(stdout.hasPrefix("cash at month 36: mean"), stdout)

        // `biz test` on a terminal prints its count and nothing else.
        let test = try PTY(executable: BuiltProducts.path(of: "biz"), arguments: ["test", "--samples", "2000", path],
                           environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"], folder: folder.path)
        test.expect("1 passed, 0 failed", timeout: 60)
        XCTAssertEqual(test.waitForExit(timeout: 30), 0)
        XCTAssertFalse(test.transcriptText.contains("samples"), test.transcriptText)
    }
}
