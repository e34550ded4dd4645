import XCTest

/// Golden tests: each `golden/NAME.biz` runs with `biz NAME.biz`; its stdout
/// must equal `NAME.stdout` and its stderr `NAME.stderr` (missing = empty),
/// and the exit code is 1 exactly when a `.stderr` file exists.
/// `BIZ_UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites them.
final class GoldenTests: XCTestCase {
    func testGoldenScripts() throws {
        let dir = BizProcess.root.appendingPathComponent("Tests/BizCLITests/golden")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".biz") }.sorted()
        XCTAssertFalse(files.isEmpty)
        let update = ProcessInfo.processInfo.environment["BIZ_UPDATE_GOLDEN"] == "1"
        for name in files {
            let base = String(name.dropLast(4))
            var args = [name]
            if base.hasSuffix(".ru") { args = ["--locale", "ru", name] }
            if base.hasPrefix("check-") { args = ["check", name] }
            let r = try BizProcess.run(args, cwd: dir)
            let outURL = dir.appendingPathComponent(base + ".stdout"), errURL = dir.appendingPathComponent(base + ".stderr")
            if update {
                try r.stdout.write(to: outURL, atomically: true, encoding: .utf8)
                if r.stderr.isEmpty { try? FileManager.default.removeItem(at: errURL) }
                else { try r.stderr.write(to: errURL, atomically: true, encoding: .utf8) }
                continue
            }
            let expectedOut = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            let expectedErr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            XCTAssertEqual(r.stdout, expectedOut, "stdout of \(name)")
            XCTAssertEqual(r.stderr, expectedErr, "stderr of \(name)")
            XCTAssertEqual(r.code, expectedErr.isEmpty ? 0 : 1, "exit code of \(name)")
        }
    }
}
