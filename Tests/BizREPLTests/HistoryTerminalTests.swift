// History across sessions, through a real pseudo-terminal.

import XCTest

final class HistoryTerminalTests: REPLTestCase {
    func testHistoryPersistsIntoSecondSessionAndUpArrowRecallsIt() throws {
        let first = try startSession()
        run(first, "40+2", "42")
        first.send("\u{4}")
        XCTAssertEqual(first.waitForExit(), 0)

        let second = try startSession()
        second.send("\u{1B}[A")   // Up
        second.expect("40+2")
        second.send("\r")
        second.expect("\n42\n")
        second.expect("biz> ")
        XCTAssertEqual(storedHistory(), ["40+2"], "a repeated entry is stored once")
    }

    func testTwoSessionsWritingAtOnceLoseNothing() throws {
        let one = try startSession()
        let two = try startSession()
        var expected: [String] = []
        for index in 0..<8 {
            one.send("\(index) + 100\r")
            two.send("\(index) + 200\r")
            expected += ["\(index) + 100", "\(index) + 200"]
        }
        one.expect("\n107\n")
        two.expect("\n207\n")
        one.expect("biz> ")
        two.expect("biz> ")
        XCTAssertEqual(Set(storedHistory()), Set(expected))
        XCTAssertEqual(storedHistory().count, expected.count)
        // Each session's own order is kept.
        XCTAssertEqual(storedHistory().filter { $0.hasSuffix("100") }, (0..<8).map { "\($0) + 100" })
    }

    func testXDGStateHomeIsUsedWhenBizHistoryIsUnset() throws {
        let state = folder.appendingPathComponent("state").path
        let repl = try startSession(extraEnvironment: ["BIZ_HISTORY": "", "XDG_STATE_HOME": state])
        run(repl, "7+7", "14")
        XCTAssertEqual(HistoryFileReader.entries(at: state + "/biz/history"), ["7+7"])
    }
}
