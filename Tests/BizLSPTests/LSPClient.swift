// A minimal LSP client for the tests: starts `biz lsp` as a process, frames
// JSON-RPC messages both ways, and waits (with a deadline) for responses and
// notifications. What the server sends is kept in order, for assertions.

import Foundation
import XCTest
import BizTestSupport

final class LSPClient: @unchecked Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: String = BizBinary.url.path

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var received: [[String: Any]] = []
    private var nextID = 1
    private var ended = false

    init(arguments: [String] = [], folder: URL? = nil, environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: LSPClient.binary)
        process.arguments = ["lsp"] + arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { env[name] = nil }
        env["LANG"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let reader = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var buffer = Data()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let message = LSPClient.takeFrame(&buffer) {
                    condition.lock()
                    received.append(message)
                    condition.broadcast()
                    condition.unlock()
                }
            }
            condition.lock()
            ended = true
            condition.broadcast()
            condition.unlock()
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    static func takeFrame(_ buffer: inout Data) -> [String: Any]? {
        guard let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
              let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        let bodyStart = headerEnd.upperBound
        guard buffer.distance(from: bodyStart, to: buffer.endIndex) >= length else { return nil }
        let bodyEnd = buffer.index(bodyStart, offsetBy: length)
        let body = buffer[bodyStart..<bodyEnd]
        buffer.removeSubrange(buffer.startIndex..<bodyEnd)
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? ["malformed": true]
    }

    // MARK: Sending

    func sendRaw(_ bytes: Data) {
        input.fileHandleForWriting.write(bytes)
    }

    func send(_ message: [String: Any]) {
        var m = message
        m["jsonrpc"] = "2.0"
        let body = try! JSONSerialization.data(withJSONObject: m)
        sendRaw(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    func notify(_ method: String, _ params: [String: Any]) {
        send(["method": method, "params": params])
    }

    /// Sends a request; its id.
    @discardableResult
    func sendRequest(_ method: String, _ params: [String: Any]) -> Int {
        let id = nextID
        nextID += 1
        send(["id": id, "method": method, "params": params])
        return id
    }

    /// Sends a request and waits for its response (the whole message).
    func request(_ method: String, _ params: [String: Any], timeout: Double = 20,
                 file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
        let id = sendRequest(method, params)
        return response(to: id, timeout: timeout, file: file, line: line)
    }

    func response(to id: Int, timeout: Double = 20, file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
        let found = waitFor(timeout: timeout) { ($0["id"] as? Int) == id && $0["method"] == nil }
        if found == nil { XCTFail("no response to request \(id) in \(timeout) s; got: \(transcript())", file: file, line: line) }
        return found
    }

    /// The result of a request (nil on timeout or error).
    func result(_ method: String, _ params: [String: Any], file: StaticString = #filePath, line: UInt = #line) -> Any? {
        request(method, params, file: file, line: line)?["result"]
    }

    /// The first message (from the start) matching `predicate`, waiting for it.
    func waitFor(timeout: Double, after start: Int = 0, _ predicate: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let m = received[min(start, received.count)...].first(where: predicate) { return m }
            if ended || !condition.wait(until: deadline) { return received[min(start, received.count)...].first(where: predicate) }
        }
    }

    /// The diagnostics published for `uri` at `version`.
    func diagnostics(_ uri: String, version: Int, timeout: Double = 20) -> [[String: Any]]? {
        let m = waitFor(timeout: timeout) { m in
            guard m["method"] as? String == "textDocument/publishDiagnostics", let p = m["params"] as? [String: Any] else { return false }
            return p["uri"] as? String == uri && p["version"] as? Int == version
        }
        return (m?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    }

    var messages: [[String: Any]] {
        condition.lock()
        defer { condition.unlock() }
        return received
    }

    func transcript() -> String {
        messages.map { String(decoding: (try? JSONSerialization.data(withJSONObject: $0)) ?? Data(), as: UTF8.self) }.joined(separator: "\n")
    }

    // MARK: Session

    func initialize(capabilities: [String: Any] = [:]) -> [String: Any]? {
        let r = result("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]) as? [String: Any]
        notify("initialized", [:])
        return r
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "biz", "version": version, "text": text]])
    }

    func change(_ uri: String, _ text: String, version: Int) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
    }

    /// Shuts down properly; the exit code.
    func shutdown() -> Int32 {
        _ = request("shutdown", [:])
        notify("exit", [:])
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func at(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
    }
}

/// A fresh folder for a test's documents.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("biz-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `(line, character)` of an LSP position or a range's start.
func lineCharacter(_ json: Any?) -> [Int] {
    guard let o = json as? [String: Any] else { return [] }
    if let start = o["start"] { return lineCharacter(start) }
    return [o["line"] as? Int ?? -1, o["character"] as? Int ?? -1]
}
