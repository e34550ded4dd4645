// The session through a real pseudo-terminal: failed lines, :save and its
// replay with `biz FILE`, :load, :cells, :help and unknown commands.

import Foundation
import XCTest

final class SessionTerminalTests: REPLTestCase {
    func testFailedLineLeavesTheSessionUnchanged() throws {
        let repl = try startSession()
        run(repl, "price = 100 RUB", "price = 100 RUB")
        run(repl, "revenue = price * 3", "revenue = 300 RUB")
        // A unit error in a redefinition: nothing changes, not even `price`.
        repl.send("price = 5 months; revenue = price + 1 RUB\r")
        repl.expect("<repl>:1:")
        repl.expect("error: cannot add")
        repl.expect("biz> ")
        run(repl, "price", "100 RUB")
        run(repl, "revenue", "300 RUB")
        // A later statement failing undoes the earlier ones of the same line.
        repl.send("fresh = 1; broken = nonexistent + 1\r")
        repl.expect("unknown name 'nonexistent'")
        repl.expect("biz> ")
        repl.send("fresh\r")
        repl.expect("unknown name 'fresh'")
        repl.expect("biz> ")
        // An error shows a caret under the typed input.
        repl.send("1 + 2 RUB\r")
        repl.expect("<repl>:1:1: error:")
        repl.expect("1 | 1 + 2 RUB")
        repl.expect("^")
    }

    func testSaveWritesAScriptThatReplaysToTheSameValues() throws {
        let repl = try startSession()
        run(repl, "price = 100 RUB", "price = 100 RUB")
        run(repl, "units = 300", "units = 300")
        run(repl, "revenue = price * units", "revenue = 30,000 RUB")
        repl.send("oops = price + 3 months\r")   // fails: not saved
        repl.expect("error")
        repl.expect("biz> ")
        run(repl, "price = 120 RUB", "price = 120 RUB\n  revenue: 30,000 RUB → 36,000 RUB")
        run(repl, "n = 1", "n = 1")
        run(repl, "n = n + 1", "n = 2")
        run(repl, "fn net(x, tax = 20%) = x - tax", "")
        run(repl, "total = 0", "total = 0")
        run(repl, "for k in [1, 2, 3] { total = total + k }", "")
        run(repl, "rate USD = 50 RUB", "")
        run(repl, "use finance", "")
        run(repl, "revenue in USD", "720 USD")   // an expression: not saved
        repl.send(":save session.biz\r")
        repl.expect("saved 11 statements to session.biz")
        repl.expect("biz> ")

        let path = folder.appendingPathComponent("session.biz").path
        let script = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertFalse(script.contains("oops"), script)
        XCTAssertFalse(script.contains("revenue in USD"), script)
        // Replay it with `biz FILE`, then print the values.
        let check = script + "\nrevenue\nn\nnet(revenue)\ntotal\nrevenue in USD\nltv(90 RUB, 3%)\n"
        let replay = folder.appendingPathComponent("replay.biz").path
        try check.write(toFile: replay, atomically: true, encoding: .utf8)
        let result = try runBiz([replay])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "36,000 RUB\n2\n28,800 RUB\n6\n720 USD\n3,000 RUB\n")

        // And :load brings it back into a fresh session.
        let again = try startSession()
        again.send(":load session.biz\r")
        again.expect("loaded session.biz")
        again.expect("biz> ")
        run(again, "revenue", "36,000 RUB")
    }

    func testCommandsCellsResetAndDidYouMean() throws {
        let repl = try startSession()
        run(repl, "price = 100 RUB", "price = 100 RUB")
        repl.send(":cells\r")
        repl.expect("price")
        repl.expect("100 RUB")
        repl.expect("money (RUB)")
        repl.expect("biz> ")
        repl.send(":hepl\r")
        repl.expect("error: unknown command ':hepl'")
        repl.expect("did you mean :help?")
        repl.expect("biz> ")
        repl.send(":help given\r")
        repl.expect("revenue given price = 130 RUB")
        repl.expect("biz> ")
        repl.send(":reset\r")
        repl.expect("session cleared")
        repl.expect("biz> ")
        repl.send("price\r")
        repl.expect("unknown name 'price'")
        repl.expect("biz> ")
        repl.send(":time 2 ^ 20\r")
        repl.expect("1,048,576")
        repl.expect("time: ")
        repl.expect("biz> ")
        repl.send(":locale ru\r")
        repl.expect("biz> ")
        run(repl, "1234567.5", "1 234 567,5")
    }
}

/// Runs the built `biz` without a terminal and collects its output.
func runBiz(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProducts.path(of: "biz"))
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    let output = Pipe(), errors = Pipe(), input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}
