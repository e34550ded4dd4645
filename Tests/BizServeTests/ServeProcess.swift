import Foundation
import XCTest
import BizTestSupport

/// A `biz serve` started for one test, on a free port, in a folder of its own;
/// stopped (SIGTERM, then SIGKILL) when the test ends.
final class ServeProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = BizBinary.url

    let process = Process()
    let url: String
    let token = "test-token-" + UUID().uuidString.lowercased()
    let folder: URL
    private let output = Pipe()

    /// Starts the server on `folder` with the working directory `cwd`; waits for its address.
    init(folder: URL, cwd: URL, arguments: [String] = []) throws {
        self.folder = folder
        process.executableURL = ServeProcess.binary
        process.arguments = ["serve", folder.path, "--port", "0", "--token", token] + arguments
        process.currentDirectoryURL = cwd
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is "Biz playground: http://127.0.0.1:PORT/".
        var text = ""
        let reader = output.fileHandleForReading
        while !text.contains("\n") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, let start = line.range(of: "http://") else {
            process.terminate()
            throw NotStarted(output: text)
        }
        url = String(line[start.lowerBound...])
    }

    struct NotStarted: Error { let output: String }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Runs one of the Python drivers in this folder with /usr/bin/python3 (Debian's, which has python3-selenium).
    static func python(_ script: String, _ arguments: [String]) throws -> (output: String, code: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [root.appendingPathComponent("Tests/BizServeTests/" + script).path] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), p.terminationStatus)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("biz-serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The checks a driver reported as passed (`ok NAME` lines).
    static func passed(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.map { String($0.dropFirst(3)) }
    }
}
