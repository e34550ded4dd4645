import XCTest

/// `biz test` over the shared conformance scripts, the examples and the
/// standard library, exactly as a user runs them.
final class ConformanceTests: XCTestCase {
    static let shared = BizProcess.root.deletingLastPathComponent().appendingPathComponent("shared/conformance")
    static let sharedV11 = BizProcess.root.deletingLastPathComponent().appendingPathComponent("shared/conformance-v1.1")

    func assertAllPass(_ paths: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try BizProcess.run(["test"] + paths)
        let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(last.hasSuffix(" passed, 0 failed"), "\(r.stdout)\n\(r.stderr)", file: file, line: line)
        XCTAssertFalse(last.hasPrefix("0 passed"), "no expect ran: \(r.stdout)", file: file, line: line)
        XCTAssertEqual(r.code, 0, r.stdout + r.stderr, file: file, line: line)
    }

    func testLanguageConformance() throws {
        try assertAllPass(["units.biz", "cells.biz", "functions.biz"].map { Self.shared.appendingPathComponent($0).path })
    }

    func testModelConformance() throws {
        try assertAllPass([Self.shared.appendingPathComponent("model_basics.biz").path])
    }

    /// Every conformance script there is, including ones added later.
    func testWholeConformanceFolder() throws {
        try assertAllPass([Self.shared.path])
    }

    /// MODEL.md v1.1: pushed customers must afford the deal.
    func testPushedDealConformanceV11() throws {
        try assertAllPass([Self.sharedV11.appendingPathComponent("pushed.biz").path])
    }

    /// Every v1.1 conformance script there is (percents, exact summaries, pushed deals, and any added later).
    func testWholeConformanceV11Folder() throws {
        try assertAllPass([Self.sharedV11.path])
    }

    func testExamplesAndTestScripts() throws {
        try assertAllPass(["examples", "Tests/BizCLITests/scripts"])
    }

    func testFailedExpectIsReportedAndCounted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biz-expect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("t.biz")
        try "x = 2\nexpect x == 2\nexpect x * 2 == 5, \"doubling\"\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try BizProcess.run(["test", file.path])
        // v1.1 §1: the failure goes to stderr, the closing count to stdout.
        XCTAssertEqual(r.stderr, "\(file.path):3: expect failed: x * 2 == 5 (left: 4, right: 5) — doubling\n")
        XCTAssertEqual(r.stdout, "1 passed, 1 failed\n")
        XCTAssertEqual(r.code, 1)
    }
}
