// Hostile input against a real `biz serve` (security.py sends it): an
// endless loop, a memory hog, 10^9 values, deep recursion, `use` of a path
// and of a link out of the folder, writes out of it, huge bodies, path
// traversal in URLs, the teacher API without its token, another's session.
// Each gets a clear error while a calm session keeps being answered, and no
// file appears outside the served folder.

import Foundation
import XCTest

final class ServeSecurityTests: XCTestCase {
    func testHostileInputIsContained() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { throw XCTSkip("no /usr/bin/python3") }
        let base = try ServeProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let served = base.appendingPathComponent("served"), cwd = base.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        let server = try ServeProcess(folder: served, cwd: cwd, arguments: ["--time-limit", "3", "--max-memory", "256M", "--workers", "2"])
        defer { server.stop() }
        let (output, code) = try ServeProcess.python("security.py", [server.url, server.token, served.path])
        XCTAssertEqual(code, 0, output)
        XCTAssertEqual(ServeProcess.passed(output), ["endless loop", "memory hog", "1e9 samples", "deep recursion", "use stays in the folder",
                                                     "no writes", "huge bodies", "path traversal", "teacher needs token", "sessions are private",
                                                     "nothing written outside the served folder"], output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cwd.path), [])
    }
}
