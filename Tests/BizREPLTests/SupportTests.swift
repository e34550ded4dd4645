// Colour decisions, completion prefixes and the interrupt flag.

import BizLang
import XCTest
@testable import BizREPL
import BizLang

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
        XCTAssertEqual(Interrupt.reason, .interrupt)
        Interrupt.clear()
        XCTAssertFalse(Interrupt.requested)
        XCTAssertNil(Interrupt.reason)
        Interrupt.drainWakeups()
        // A host's stop sets the same flag (what every stop check reads).
        Interrupt.request(.interrupt)
        XCTAssertTrue(Interrupt.requested)
        Interrupt.clear()
    }
}

final class HighlightTests: XCTestCase {
    func testNumbersStringsAndNames() {
        func cyan(_ s: String) -> String { "\u{1B}[36m\(s)\u{1B}[0m" }
        func green(_ s: String) -> String { "\u{1B}[32m\(s)\u{1B}[0m" }
        XCTAssertEqual(Highlight.value("12,000.50 RUB", enabled: true), cyan("12,000.50 RUB"))
        XCTAssertEqual(Highlight.value("[1, -3]", enabled: true), "[\(cyan("1")), \(cyan("-3"))]")
        XCTAssertEqual(Highlight.value("{p95: \"a\"}", enabled: true), "{p95: \(green("\"a\""))}")
        XCTAssertEqual(Highlight.value("20%/month", enabled: true), cyan("20%") + "/month")
        XCTAssertEqual(Highlight.value("1 234 567,5", enabled: true), cyan("1 234 567,5"))
        XCTAssertEqual(Highlight.value("12 months", enabled: false), "12 months")
    }
}
