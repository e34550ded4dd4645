// `biz watch FILE` on a pseudo-terminal: the file's values appear; saving a
// new version reruns it, and the changed value shows, highlighted, with what
// it was; Ctrl-C ends the watch.

import Foundation
import XCTest

final class WatchTerminalTests: XCTestCase {
    func testEditingAWatchedFileShowsTheNewValue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("model.biz")
        try "price = 120 RUB\nвыручка = price * 300\nexpect выручка > 0 RUB\nexport выручка to \"out.csv\"\n".write(to: file, atomically: true, encoding: .utf8)
        let watch = try PTY(executable: BuiltProducts.path(of: "biz"), arguments: ["watch", "model.biz"],
                            environment: ["HOME": folder.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], folder: folder.path)
        watch.expect("watching model.biz (Ctrl-C to stop)")
        watch.expect("run 1 at ")
        watch.expect("price    = 120 RUB")
        watch.expect("выручка  = 36,000 RUB")
        watch.expect("✓ holds")
        watch.expect("out.csv not written in the editor")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.csv").path))

        // Saved with a new price: a second run, the screen cleared first.
        Thread.sleep(forTimeInterval: 0.3)
        try "price = 150 RUB\nвыручка = price * 300\nexpect выручка > 0 RUB\nновая = 1\n".write(to: file, atomically: true, encoding: .utf8)
        watch.expect("run 2 at ")
        watch.expect("price    = 150 RUB")
        watch.expect("(was = 120 RUB)")
        watch.expect("выручка  = 45,000 RUB")
        watch.expect("(was = 36,000 RUB)")
        watch.expect("новая    = 1")
        watch.expect("(new)")
        XCTAssertTrue(watch.rawTranscriptContains("\u{1B}[H\u{1B}[2J"), "the screen is cleared before each run")
        XCTAssertTrue(watch.rawTranscriptContains("\u{1B}[33mprice    = 150 RUB\u{1B}[0m"), "a changed value is highlighted")

        // A mistake: the error, as `biz run` shows it.
        Thread.sleep(forTimeInterval: 0.3)
        try "price = 150 RUB\nвыручка = price + 3 months\n".write(to: file, atomically: true, encoding: .utf8)
        watch.expect("run 3 at ")
        watch.expect("model.biz:2:11: error:")
        watch.expect("cannot add money (RUB) and duration")

        watch.send("\u{3}", whileEditing: false)
        XCTAssertEqual(watch.waitForExit(), 0)
    }
}
