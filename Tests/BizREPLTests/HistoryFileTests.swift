// The history file format, trimming, de-duplication, locking and location.

import Foundation
import XCTest
@testable import BizREPL

final class HistoryFileTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("biz-history-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var path: String { folder.appendingPathComponent("history").path }

    func testEscapesRoundTrip() {
        let entries = ["plain", "two\nlines", #"back\slash"#, #"\n literally"#, "trailing\\", "ёлка \"q\""]
        for entry in entries {
            let encoded = HistoryFormat.encode(entry)
            XCTAssertFalse(encoded.contains("\n"))
            XCTAssertEqual(HistoryFormat.decode(Substring(encoded)), entry)
        }
        XCTAssertEqual(HistoryFormat.encode("a\nb\\c"), #"a\nb\\c"#)
    }

    func testAppendSkipsImmediateRepeatsAndKeepsOrder() {
        let file = HistoryFile(path: path)
        XCTAssertTrue(file.append("a"))
        file.append("a")
        file.append("b")
        file.append("a")
        XCTAssertEqual(file.load(), ["a", "b", "a"])
    }

    func testCappedAtLimitKeepingNewest() {
        let file = HistoryFile(path: path, limit: 1_000)
        for index in 0..<1_005 { file.append("entry \(index)") }
        let entries = file.load()
        XCTAssertEqual(entries.count, 1_000)
        XCTAssertEqual(entries.first, "entry 5")
        XCTAssertEqual(entries.last, "entry 1004")
    }

    func testConcurrentWritersLoseNothing() {
        // Separate HistoryFile values open the lock file separately, so
        // flock() serialises them just as it does two processes.
        let writers = 4, perWriter = 40
        let path = self.path
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let file = HistoryFile(path: path)
            for index in 0..<perWriter { file.append("w\(writer) #\(index)") }
        }
        let entries = HistoryFile(path: path).load()
        XCTAssertEqual(entries.count, writers * perWriter)
        for writer in 0..<writers {
            XCTAssertEqual(entries.filter { $0.hasPrefix("w\(writer) ") },
                           (0..<perWriter).map { "w\(writer) #\($0)" })
        }
    }

    func testMissingFileLoadsEmpty() {
        XCTAssertEqual(HistoryFile(path: path + "-absent").load(), [])
    }

    func testLocationPrefersBizHistoryThenXDGThenHome() {
        let state = folder.appendingPathComponent("state").path
        XCTAssertEqual(HistoryLocation.resolve(environment: ["BIZ_HISTORY": "/x/h", "XDG_STATE_HOME": state]), "/x/h")
        XCTAssertEqual(HistoryLocation.resolve(environment: ["XDG_STATE_HOME": state, "HOME": "/home/u"]),
                       state + "/biz/history")
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: state + "/biz", isDirectory: &isFolder))
        XCTAssertTrue(isFolder.boolValue)
        XCTAssertEqual(HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.biz_history")
        XCTAssertNil(HistoryLocation.resolve(environment: [:]))
    }
}
