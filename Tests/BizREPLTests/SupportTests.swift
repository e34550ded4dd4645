// Colour decisions, completion prefixes and the interrupt flag.

import BizLang
import XCTest
@testable import BizREPL

final class SupportTests: XCTestCase {
    func testColourRules() {
        XCTAssertTrue(Terminal.useColor(noColorFlag: false, environment: [:], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.useColor(noColorFlag: true, environment: [:], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.useColor(noColorFlag: false, environment: ["NO_COLOR": "1"], stdoutIsTerminal: true))
        XCTAssertTrue(Terminal.useColor(noColorFlag: false, environment: ["NO_COLOR": ""], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.useColor(noColorFlag: false, environment: [:], stdoutIsTerminal: false))
        XCTAssertEqual(Terminal.paint("x", .red, enabled: false), "x")
        XCTAssertEqual(Terminal.paint("x", .red, enabled: true), "\u{1B}[31mx\u{1B}[0m")
    }

    func testCommonPrefixNeverShortensTheTypedWord() {
        XCTAssertEqual(CompletionBridge.commonPrefix(["revenue", "retention"], word: "r"), "re")
        XCTAssertEqual(CompletionBridge.commonPrefix(["fib("], word: "fi"), "fib(")
        XCTAssertEqual(CompletionBridge.commonPrefix(["alpha", "beta"], word: "x"), "x")
        XCTAssertEqual(CompletionBridge.commonPrefix(["выручка", "выход"], word: "в"), "вы")
    }

    func testInterruptFlagSetsAndClears() {
        Interrupt.install()
        Interrupt.clear()
        XCTAssertFalse(Interrupt.requested)
        raise(SIGINT)   // the installed handler runs instead of killing us
        XCTAssertTrue(Interrupt.requested)
        Interrupt.clear()
        XCTAssertFalse(Interrupt.requested)
        Interrupt.drainWakeups()
    }
}
