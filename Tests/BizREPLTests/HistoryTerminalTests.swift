// History across sessions, through a real pseudo-terminal.

import XCTest

final class HistoryTerminalTests: REPLTestCase {
    func testHistoryPersistsIntoSecondSessionAndUpArrowRecallsIt() throws {
        let first = try startSession()
        first.send("40+2\r")
        first.expect("= 42")
        first.send("\u{4}")
        XCTAssertEqual(first.waitForExit(), 0)

        let second = try startSession()
        second.send("\u{1B}[A")   // Up
        second.expect("40+2")
        second.send("\r")
        second.expect("= 42")
        XCTAssertEqual(storedHistory(), ["40+2"], "a repeated entry is stored once")
    }

    func testTwoSessionsWritingAtOnceLoseNothing() throws {
        let one = try startSession()
        let two = try startSession()
        var expected: [String] = []
        for index in 0..<8 {
            one.send("one \(index)\r")
            two.send("two \(index)\r")
            expected += ["one \(index)", "two \(index)"]
        }
        one.expect("echo: one 7")
        two.expect("echo: two 7")
        one.expect("biz> ")
        two.expect("biz> ")
        XCTAssertEqual(Set(storedHistory()), Set(expected))
        XCTAssertEqual(storedHistory().count, expected.count)
        // Each session's own order is kept.
        XCTAssertEqual(storedHistory().filter { $0.hasPrefix("one") }, (0..<8).map { "one \($0)" })
    }

    func testXDGStateHomeIsUsedWhenBizHistoryIsUnset() throws {
        let state = folder.appendingPathComponent("state").path
        let repl = try startSession(extraEnvironment: ["BIZ_HISTORY": "", "XDG_STATE_HOME": state])
        repl.send("7+7\r")
        repl.expect("= 14")
        XCTAssertEqual(HistoryFileReader.entries(at: state + "/biz/history"), ["7+7"])
    }
}
