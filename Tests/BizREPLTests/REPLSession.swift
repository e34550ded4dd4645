// Helpers for tests that drive the demo REPL on a pseudo-terminal: each test
// gets its own temporary HOME and history file.

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

    /// Starts the demo host with history in this test's folder and waits
    /// for the first prompt.
    func startSession(extraEnvironment: [String: String] = [:], arguments: [String] = [],
                      file: StaticString = #filePath, line: UInt = #line) throws -> PTY {
        var environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder.path,
            "BIZ_HISTORY": historyPath,
            "LANG": "C.UTF-8",
        ]
        environment.merge(extraEnvironment) { $1 }
        let session = try PTY(executable: BuiltProducts.path(of: "biz-repl-demo"),
                              arguments: arguments, environment: environment)
        session.expect("biz> ", file: file, line: line)
        return session
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
