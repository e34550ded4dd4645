// Issue 16 item 1: `:save` follows the same real-path rule as `export` —
// outside the current folder and the --allow-write folders it is refused,
// through a link too, and nothing outside changes.

import BizLang
import Foundation
import XCTest
@testable import BizREPL

final class SaveEscapeTests: XCTestCase {
    var base: URL!
    var allowed: URL { base.appendingPathComponent("allowed") }
    var outside: URL { base.appendingPathComponent("outside") }
    let fm = FileManager.default

    override func setUpWithError() throws {
        base = fm.temporaryDirectory.appendingPathComponent("biz-save-\(UUID().uuidString)")
        try fm.createDirectory(at: allowed, withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try "precious\n".write(to: outside.appendingPathComponent("precious.biz"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? fm.removeItem(at: base) }

    /// The tests run in the package folder; the temporary folders are
    /// outside it, so only `allowed` (given as --allow-write) may be written.
    func session() -> BizSession {
        var settings = Settings()
        settings.color = false
        settings.allowWrite = [allowed.path]
        let s = BizSession(settings: settings)
        _ = s.evaluate("x = 1")
        return s
    }

    func errorText(_ outcome: REPLOutcome) -> String {
        if case .error(let text) = outcome { return text }
        XCTFail("expected an error, got \(outcome)")
        return ""
    }

    func testSaveOutsideTheAllowedFoldersIsRefused() throws {
        let target = outside.appendingPathComponent("x.biz").path
        let text = errorText(session().evaluate(":save \(target)"))
        XCTAssertEqual(text, "error: writing \(target) is not allowed: files go under the current folder\n"
                       + "hint: run biz with --allow-write FOLDER to write elsewhere")
        XCTAssertFalse(fm.fileExists(atPath: target))
        XCTAssertTrue(errorText(session().evaluate(":save /etc/x.biz")).contains("writing /etc/x.biz is not allowed"))
        XCTAssertFalse(fm.fileExists(atPath: "/etc/x.biz"))
    }

    func testSaveThroughALinkOutIsRefused() throws {
        let evil = allowed.appendingPathComponent("evil.biz").path
        try fm.createSymbolicLink(atPath: evil, withDestinationPath: "../outside/precious.biz")
        let text = errorText(session().evaluate(":save \(evil)"))
        XCTAssertTrue(text.contains("through a link it leads to"), text)
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("precious.biz"), encoding: .utf8), "precious\n")
    }

    func testSaveInsideAnAllowedFolderWrites() throws {
        let target = allowed.appendingPathComponent("s.biz").path
        XCTAssertEqual(session().evaluate(":save \(target)"),
                       .output("saved 1 statement to \(target); run it with: biz \(target)"))
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasSuffix("x = 1\n"))
    }
}
