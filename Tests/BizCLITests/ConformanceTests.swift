import BizTestSupport
import XCTest

/// `biz test` over the shared conformance scripts, the examples and the
/// standard library, exactly as a user runs them. The conformance tests are
/// skipped in a plain clone without ../shared and fail under CI=true
/// (SharedContract).
final class ConformanceTests: XCTestCase {
    static let shared = SharedContract.folder("conformance")
    static let sharedV11 = SharedContract.folder("conformance-v1.1")

    func assertAllPass(_ paths: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try BizProcess.run(["test"] + paths)
        let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(last.hasSuffix(" passed, 0 failed"), "\(r.stdout)\n\(r.stderr)", file: file, line: line)
        XCTAssertFalse(last.hasPrefix("0 passed"), "no expect ran: \(r.stdout)", file: file, line: line)
        XCTAssertEqual(r.code, 0, r.stdout + r.stderr, file: file, line: line)
    }

    func testLanguageConformance() throws {
        try SharedContract.require(Self.shared)
        try assertAllPass(["units.biz", "cells.biz", "functions.biz"].map { Self.shared.appendingPathComponent($0).path })
    }

    func testModelConformance() throws {
        try SharedContract.require(Self.shared)
        try assertAllPass([Self.shared.appendingPathComponent("model_basics.biz").path])
    }

    /// Every conformance script there is, including ones added later.
    func testWholeConformanceFolder() throws {
        try SharedContract.require(Self.shared)
        try assertAllPass([Self.shared.path])
    }

    /// MODEL.md v1.1: pushed customers must afford the deal.
    func testPushedDealConformanceV11() throws {
        try SharedContract.require(Self.sharedV11)
        try assertAllPass([Self.sharedV11.appendingPathComponent("pushed.biz").path])
    }

    /// Every v1.1 conformance script there is (percents, exact summaries, pushed deals, and any added later).
    func testWholeConformanceV11Folder() throws {
        try SharedContract.require(Self.sharedV11)
        try assertAllPass([Self.sharedV11.path])
    }

    func testExamplesAndTestScripts() throws {
        try assertAllPass(["examples", "Tests/BizCLITests/scripts"])
    }

    /// Issue 16 item 7: the decision SharedContract.require takes, for every case.
    func testMissingSharedFolderSkipsOutsideCIAndFailsUnderCI() {
        XCTAssertEqual(SharedContract.decide(missing: [], environment: ["CI": "true"]), .run)
        XCTAssertEqual(SharedContract.decide(missing: [], environment: [:]), .run)
        XCTAssertEqual(SharedContract.decide(missing: ["/x/shared/conformance", "/x/shared/conformance-v1.1"], environment: [:]),
                       .skip("/x/shared/conformance is missing: the contract's conformance tests need the shared folder next to the project (../shared)"))
        XCTAssertEqual(SharedContract.decide(missing: ["/x/shared/conformance"], environment: ["CI": "false"]),
                       .skip("/x/shared/conformance is missing: the contract's conformance tests need the shared folder next to the project (../shared)"))
        XCTAssertEqual(SharedContract.decide(missing: ["/x/shared/conformance"], environment: ["CI": "true"]),
                       .fail("/x/shared/conformance is missing under CI=true: the conformance tests must run (check out the contract next to the project as ../shared)"))
        // The folder the tests look in is the package root's sibling.
        XCTAssertEqual(SharedContract.folder("conformance").path,
                       BizProcess.root.deletingLastPathComponent().appendingPathComponent("shared/conformance").path)
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
