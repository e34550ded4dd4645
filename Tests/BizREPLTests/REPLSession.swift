// Helpers for tests that drive the real `biz` REPL on a pseudo-terminal:
// each test gets its own temporary HOME, working folder and history file.

import Foundation
import XCTest

class REPLTestCase: XCTestCase {
    var folder: URL!
    var historyPath: String { folder.appendingPathComponent("history").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("biz-repl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts `biz` in this test's folder, with history there too, and
    /// waits for the first prompt.
    func startSession(extraEnvironment: [String: String] = [:], arguments: [String] = [],
                      file: StaticString = #filePath, line: UInt = #line) throws -> PTY {
        var environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder.path,
            "BIZ_HISTORY": historyPath,
            "LANG": "C.UTF-8",
        ]
        environment.merge(extraEnvironment) { $1 }
        let session = try PTY(executable: BuiltProducts.path(of: "biz"),
                              arguments: arguments, environment: environment, folder: folder.path)
        session.expect("biz> ", file: file, line: line)
        return session
    }

    /// Types `entry` and Enter, then waits for `output` on a line of its
    /// own (unless empty) and for the next prompt.
    func run(_ repl: PTY, _ entry: String, _ output: String, file: StaticString = #filePath, line: UInt = #line) {
        repl.send(entry + "\r")
        repl.expect(entry, file: file, line: line)
        if !output.isEmpty { repl.expect("\n" + output + "\n", file: file, line: line) }
        repl.expect("biz> ", file: file, line: line)
    }

    func storedHistory() -> [String] {
        HistoryFileReader.entries(at: historyPath)
    }
}

enum HistoryFileReader {
    /// The raw lines of a history file (escapes left as written).
    static func entries(at path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }
}
