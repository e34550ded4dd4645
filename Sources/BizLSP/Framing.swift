// LSP's base protocol: each message is `Content-Length: N\r\n\r\n` and then
// N bytes of JSON (JSON-RPC 2.0). The JSON itself is Foundation's
// (JSONSerialization); this file only finds where one message ends.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A JSON-RPC message as JSONSerialization gives it.
typealias JSONObject = [String: Any]

/// Reads framed messages from a file descriptor (the server's stdin).
final class MessageReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// A message larger than this is a broken client, not a document.
    static let maxMessageBytes = 256 << 20

    init(fd: Int32) { self.fd = fd }

    enum Frame {
        case message(JSONObject)
        /// The bytes were not a JSON object: answered with a parse error.
        case malformed
    }

    /// The next message; nil at end of input (the client went away).
    func next() -> Frame? {
        while true {
            if let frame = takeFrame() { return frame }
            guard fill() else { return nil }
        }
    }

    /// One frame from the buffer, if a whole one is there.
    private func takeFrame() -> Frame? {
        guard let headerEnd = find([13, 10, 13, 10]) else { return nil }
        let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        let bodyStart = headerEnd + 4
        guard let length, length >= 0, length <= MessageReader.maxMessageBytes else {
            // No usable length: skip the header and hope the next one is sane.
            buffer.removeSubrange(..<bodyStart)
            return .malformed
        }
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Data(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeSubrange(..<(bodyStart + length))
        guard let object = try? JSONSerialization.jsonObject(with: body) as? JSONObject else { return .malformed }
        return .message(object)
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        var i = 0
        while i <= buffer.count - pattern.count {
            if buffer[i] == pattern[0], Array(buffer[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return true }
            if n < 0 && errno == EINTR { continue }
            return false
        }
    }
}

/// Writes framed messages to a file descriptor (the server's stdout). Safe
/// from any thread: background evaluations publish while requests answer.
final class MessageWriter: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()

    init(fd: Int32) { self.fd = fd }

    func send(_ message: JSONObject) {
        guard JSONSerialization.isValidJSONObject(message),
              let body = try? JSONSerialization.data(withJSONObject: message) else { return }
        var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        bytes.append(contentsOf: body)
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }
}
