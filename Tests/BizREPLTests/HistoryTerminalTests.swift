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

/// Issue 16 item 2 at a real prompt: a history path that is a FIFO or a
/// device starts the REPL at once with one line saying history is not
/// saved, the session works, and the special file is still there.
final class HistorySpecialTerminalTests: REPLTestCase {
    private func assertRefused(_ special: String, kind: mode_t, file: StaticString = #filePath, line: UInt = #line) throws {
        let repl = try startSession(extraEnvironment: ["BIZ_HISTORY": special], file: file, line: line)
        XCTAssertTrue(repl.rawTranscriptContains("biz: history is not saved in this session: \(special) is not a regular file"),
                      repl.unmatchedText(), file: file, line: line)
        run(repl, "40+2", "42", file: file, line: line)
        repl.send("\u{4}")
        XCTAssertEqual(repl.waitForExit(), 0, file: file, line: line)
        var st = stat()
        XCTAssertEqual(lstat(special, &st), 0, file: file, line: line)
        XCTAssertEqual(st.st_mode & S_IFMT, kind, "not replaced", file: file, line: line)
    }

    func testFIFOHistoryIsRefusedWithoutBlocking() throws {
        let fifo = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        try assertRefused(fifo, kind: S_IFIFO)
    }

    /// A copy of /dev/zero (mknod, as root): before, the REPL read zeros forever.
    func testZeroDeviceHistoryIsRefusedWithoutReading() throws {
        let node = folder.appendingPathComponent("zero").path
        guard makeZeroDevice(at: node) else { throw XCTSkip("mknod needs root") }
        try assertRefused(node, kind: S_IFCHR)
    }

    func testRussianWarning() throws {
        let fifo = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let repl = try startSession(extraEnvironment: ["BIZ_HISTORY": fifo, "LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(repl.rawTranscriptContains("biz: история в этом сеансе не сохраняется: \(fifo) — не обычный файл"), repl.unmatchedText())
    }
}
