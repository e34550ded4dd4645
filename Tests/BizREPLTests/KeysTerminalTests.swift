// Ctrl-C, Ctrl-D and Ctrl-R through a real pseudo-terminal.

import XCTest

final class KeysTerminalTests: REPLTestCase {
    func testCtrlCWhileTypingClearsLineAndNextEntryWorks() throws {
        let repl = try startSession()
        repl.send("garbage")
        repl.expect("garbage")
        repl.send("\u{3}")
        repl.expect("^C")
        repl.expect("biz> ")
        repl.send("2+2\r")
        repl.expect("= 4")
        // Twice more: the editor must stay in raw mode after an interrupt.
        repl.send("x\u{3}")
        repl.expect("biz> ")
        repl.send("\u{3}")
        repl.expect("biz> ")
        repl.send("3+4\r")
        repl.expect("= 7")
        XCTAssertFalse(repl.transcriptText.contains("echo: garbage"))
        XCTAssertEqual(storedHistory(), ["2+2", "3+4"])
    }

    func testCtrlCAtContinuationPromptDropsUnfinishedEntry() throws {
        let repl = try startSession()
        repl.send("(1,\r")
        repl.expect("...> ")
        repl.send("\u{3}")
        repl.expect("biz> ")
        repl.send("5+5\r")
        repl.expect("= 10")
    }

    func testCtrlCDuringEvaluationStopsItAndReturnsToPrompt() throws {
        let repl = try startSession()
        repl.send("spin\r")
        repl.expect("spinning")
        repl.send("\u{3}", whileEditing: false)
        repl.expect("interrupted")
        repl.expect("biz> ")
        repl.send("1+2\r")
        repl.expect("= 3")
    }

    func testCtrlDOnEmptyLineQuitsWithExitZero() throws {
        let repl = try startSession()
        repl.send("\u{4}")
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testCtrlDAtContinuationPromptOnlyDropsEntry() throws {
        let repl = try startSession()
        repl.send("(1,\r")
        repl.expect("...> ")
        repl.send("\u{4}")
        repl.expect("biz> ")
        repl.send("\u{4}")
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testQuitCommandExitsWithZero() throws {
        let repl = try startSession()
        repl.send(":quit\r")
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testCtrlRFindsAnEarlierLine() throws {
        let repl = try startSession()
        for entry in ["alpha 1", "beta 2", "gamma 3"] {
            repl.send(entry + "\r")
            repl.expect("echo: " + entry)
            repl.expect("biz> ")
        }
        repl.send("\u{12}")
        repl.send("alp")
        repl.expect("alpha 1")
        repl.send("\r")
        repl.expect("echo: alpha 1")
        repl.expect("biz> ")
    }
}
