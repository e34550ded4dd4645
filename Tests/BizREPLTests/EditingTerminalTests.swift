// Prompting, evaluation, multi-line entries, completion and colour, checked
// through a real pseudo-terminal against the demo host.

import XCTest

final class EditingTerminalTests: REPLTestCase {
    func testPromptAppearsAndEntryEvaluates() throws {
        let repl = try startSession()
        repl.send("1+1\r")
        repl.expect("= 2")
        repl.expect("biz> ")
        repl.send("hello\r")
        repl.expect("echo: hello")
    }

    func testMultiLineEntryUsesContinuationPromptAndIsOneHistoryEntry() throws {
        let repl = try startSession()
        repl.send("(1,\r")
        repl.expect("...> ")
        repl.send("2 +\r")
        repl.expect("...> ")
        repl.send("3)\r")
        repl.expect("echo: (1, | 2 + | 3)")
        repl.expect("biz> ")
        XCTAssertEqual(storedHistory(), [#"(1,\n2 +\n3)"#])
    }

    func testRecalledMultiLineEntryRunsWhole() throws {
        let repl = try startSession()
        repl.send("(1,\r")
        repl.expect("...> ")
        repl.send("2)\r")
        repl.expect("echo: (1, | 2)")
        repl.expect("biz> ")
        repl.send("\u{1B}[A\r")
        repl.expect("echo: (1, | 2)")
    }

    func testTabCompletesWordsFunctionsAndFieldsAfterDot() throws {
        let repl = try startSession()
        repl.send("rec.cu\t\r")   // a field after the dot, then a space
        repl.expect("echo: rec.customers")
        repl.expect("biz> ")
        repl.send("fi\t3)\r")     // `fib(`: no space after an opening bracket
        repl.expect("echo: fib(3)")
        repl.expect("biz> ")
        repl.send(":he\t\r")      // `:` belongs to the word
        repl.expect("echo: :help")
        repl.expect("biz> ")
        repl.send("reve\t\r")
        repl.expect("echo: revenue")
    }

    func testSecondTabListsAmbiguousCandidates() throws {
        let repl = try startSession()
        repl.send("re\t\t")
        repl.expect("retention")
        repl.expect("revenue")
        repl.send("\u{3}")
        repl.expect("biz> ")
    }

    func testColourUnlessNoColor() throws {
        let coloured = try startSession()
        coloured.send("oops\r")
        coloured.expect("error: oops")
        XCTAssertTrue(coloured.rawTranscriptContains("\u{1B}[31m"), "expected red error text")

        let plain = try startSession(extraEnvironment: ["NO_COLOR": "1"])
        plain.send("oops\r")
        plain.expect("error: oops")
        plain.expect("biz> ")
        XCTAssertFalse(plain.rawTranscriptContains("\u{1B}[31m"), "NO_COLOR must disable colour")

        let flagged = try startSession(arguments: ["--no-color"])
        flagged.send("oops\r")
        flagged.expect("error: oops")
        flagged.expect("biz> ")
        XCTAssertFalse(flagged.rawTranscriptContains("\u{1B}[31m"), "--no-color must disable colour")
    }

    func testNonASCIIInputRoundTrips() throws {
        let repl = try startSession()
        repl.send("выручка\r")
        repl.expect("echo: выручка")
    }
}
