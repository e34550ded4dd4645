// Ctrl-C, Ctrl-D, Ctrl-R and :quit through a real pseudo-terminal.

import XCTest

final class KeysTerminalTests: REPLTestCase {
    func testCtrlCWhileTypingClearsLineAndNextEntryWorks() throws {
        let repl = try startSession()
        repl.send("garbage")
        repl.expect("garbage")
        repl.send("\u{3}")
        repl.expect("^C")
        repl.expect("biz> ")
        run(repl, "2+2", "4")
        // Twice more: the editor must stay in raw mode after an interrupt.
        repl.send("x\u{3}")
        repl.expect("biz> ")
        repl.send("\u{3}")
        repl.expect("biz> ")
        run(repl, "3+4", "7")
        XCTAssertFalse(repl.transcriptText.contains("unknown name 'garbage'"))
        XCTAssertEqual(storedHistory(), ["2+2", "3+4"])
    }

    func testCtrlCAtContinuationPromptDropsUnfinishedEntry() throws {
        let repl = try startSession()
        repl.send("(1,\r")
        repl.expect("...> ")
        repl.send("\u{3}")
        repl.expect("biz> ")
        run(repl, "5+5", "10")
    }

    func testCtrlCInterruptsAnEndlessLoopAndKeepsTheSession() throws {
        let repl = try startSession()
        run(repl, "kept = 41", "kept = 41")
        repl.send("n = 0; while true { n = n + 1 }\r")
        Thread.sleep(forTimeInterval: 0.3)   // let it run
        repl.send("\u{3}", whileEditing: false)
        repl.expect("error: interrupted")
        repl.expect("biz> ")
        run(repl, "kept + 1", "42")
        // The interrupted entry took no effect: `n` was never defined.
        repl.send("n\r")
        repl.expect("unknown name 'n'")
        repl.expect("biz> ")
        // And the next long evaluation can be interrupted again.
        repl.send("while true {}\r")
        Thread.sleep(forTimeInterval: 0.2)
        repl.send("\u{3}", whileEditing: false)
        repl.expect("error: interrupted")
        repl.expect("biz> ")
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
        run(repl, "alpha = 1", "alpha = 1")
        run(repl, "beta = 2", "beta = 2")
        run(repl, "gamma = 3", "gamma = 3")
        repl.send("\u{12}")
        repl.send("alp")
        repl.expect("alpha = 1")
        repl.send("\r")
        repl.expect("\nalpha = 1\n")
        repl.expect("biz> ")
    }
}
