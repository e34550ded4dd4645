// A stand-in REPL host for BizREPL's pseudo-terminal tests: sums `N+M`,
// echoes anything else, `spin` loops until Ctrl-C, `oops` is an error,
// `:quit` leaves. Incomplete while a `(` is unclosed or the entry ends in
// `+` or `,`. Completes from a fixed word list and the fields of `rec.`.

import BizLang
import BizREPL
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

struct DemoHost: REPLHost {
    let prompt = "biz> "
    let continuationPrompt = "...> "

    static let words = [":help", ":quit", "fib(", "revenue", "retention", "rec", "spin"]
    static let fields = ["customers", "churn", "revenue"]

    func isIncomplete(_ text: String) -> Bool {
        let open = text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
        let trimmed = text.trimmingTrailingSpace()
        return open > 0 || trimmed.hasSuffix("+") || trimmed.hasSuffix(",")
    }

    func evaluate(_ text: String) -> REPLOutcome {
        let compact = text.filter { !$0.isWhitespace }
        switch compact {
        case ":quit": return .quit
        case "oops": return .error("<repl>:1:1: error: oops")
        case "spin": return spin()
        default: break
        }
        let parts = compact.split(separator: "+", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0) }
        if parts.count > 1 && numbers.count == parts.count {
            return .output("= \(numbers.reduce(0, +))")
        }
        return .output("echo: " + text.split(separator: "\n").joined(separator: " | "))
    }

    /// Stands in for a runaway computation: stops only when interrupted.
    private func spin() -> REPLOutcome {
        print("spinning")
        fflush(stdout)
        while !Interrupt.requested { usleep(1_000) }
        return .error("interrupted")
    }

    func completions(line: String, wordStart: Int, cursor: Int) -> [String] {
        let scalars = Array(line.unicodeScalars)
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[wordStart..<cursor])
        var before = ""
        before.unicodeScalars.append(contentsOf: scalars[..<wordStart])
        let pool = before.hasSuffix("rec.") ? Self.fields : Self.words
        return pool.filter { $0.hasPrefix(word) }
    }
}

private extension String {
    func trimmingTrailingSpace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}

let noColor = CommandLine.arguments.contains("--no-color")
guard REPLDriver<DemoHost>.stdinIsTerminal else {
    // Script mode stand-in: evaluate each line of stdin.
    let host = DemoHost()
    while let line = readLine() {
        if case .output(let text) = host.evaluate(line) { print(text) }
    }
    exit(0)
}
let driver = REPLDriver(host: DemoHost(),
                        useColor: Terminal.useColor(noColorFlag: noColor))
exit(driver.run())
