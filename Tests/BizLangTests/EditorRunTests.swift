// The editor's run of a file (`biz lsp`, `biz watch`): one outcome per
// top-level statement, going on after a runtime error, and no writes.

import Foundation
import XCTest
@testable import BizLang

final class EditorRunTests: XCTestCase {
    func run(_ text: String, settings: Settings = Settings()) throws -> [StatementResult] {
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        var results: [StatementResult] = []
        try rt.runEachStatement(SourceFile(name: "m.biz", text: text)) { results.append($0) }
        return results
    }

    func testEachStatementHasItsOwnOutcome() throws {
        let rt = Interpreter()
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        var results: [StatementResult] = []
        try rt.runEachStatement(SourceFile(name: "m.biz", text: "a = 2\nb = [1][4]\nc = a * 3\nexpect c == 6\nexpect c > 6\nc + 1\nfn f(x) = x\n")) { results.append($0) }
        XCTAssertEqual(results.map { $0.name ?? "-" }, ["a", "b", "c", "-", "-", "-", "f"])
        XCTAssertEqual(results.map { $0.value.flatMap { rt.editorInlineText($0) } ?? "-" }, ["2", "-", "6", "-", "-", "7", "-"])
        XCTAssertNotNil(results[1].error, "b fails; the statements after it still run")
        XCTAssertEqual(results.map { $0.expectHolds.map { $0 ? "holds" : "fails" } ?? "-" }, ["-", "-", "-", "holds", "fails", "-", "-"])
    }

    func testCompileErrorsComeAllAtOnce() {
        XCTAssertThrowsError(try run("a = )\nb = nope\n")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.count, 2)
        }
    }

    func testTheStepLimitStopsTheRun() throws {
        var s = Settings()
        s.maxSteps = 1000
        let results = try run("a = 1\nwhile true { a = 2 }\nb = 3\n", settings: s)
        XCTAssertEqual(results.count, 2, "the run stops at the step limit")
        XCTAssertEqual(results.last?.error?.text.id, "limit.steps")
    }

    func testWritesAreSkippedWhenWritesFilesIsOff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var s = Settings()
        s.writesFiles = false
        let results = try run("x = [1, 2]\nexport x to \"out.csv\"\nplot [1, 2, 3] to \"c.svg\"\nexport x to \"bad.txt\"\n", settings: s)
        XCTAssertEqual(results[1].skippedWrites, ["out.csv"])
        XCTAssertEqual(results[2].skippedWrites, ["c.svg"])
        XCTAssertNotNil(results[3].error, "the destination is still checked")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "out.csv"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "c.svg"))
        // With writes on (the default), the same export writes.
        _ = try run("x = [1, 2]\nexport x to \"out.csv\"\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "out.csv"))
    }
}
