// The persistent history, safe with several REPLs open at once.
//
// Every save re-reads the file under an exclusive lock, appends the one new
// entry, trims to the newest `limit` entries and replaces the file atomically
// (write a temporary file, rename it over). So each session's lines survive
// even when another session saved in between.
//
// The lock is taken on a separate `<path>.lock` file, never on the history
// file itself: rename() swaps the history file's inode, and a session waiting
// for a lock on the old inode would then read and overwrite stale contents.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct HistoryFile: Sendable {
    public let path: String
    public let limit: Int

    public init(path: String, limit: Int = 1_000) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// The stored entries, oldest first (empty when the file is missing).
    public func load() -> [String] {
        guard let text = Self.readText(path) else { return [] }
        return Array(HistoryFormat.parse(text).suffix(limit))
    }

    /// Appends `entry` unless it repeats the newest stored entry.
    /// Returns false when the file could not be written (history is a
    /// convenience: callers carry on either way).
    @discardableResult
    public func append(_ entry: String) -> Bool {
        withLock {
            var entries = load()
            if entries.last == entry { return true }
            entries.append(entry)
            return write(Array(entries.suffix(limit)))
        }
    }

    private func withLock(_ body: () -> Bool) -> Bool {
        let lockFD = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockFD >= 0 else { return false }
        defer { close(lockFD) }   // closing releases the flock
        while flock(lockFD, LOCK_EX) != 0 {
            if errno != EINTR { return false }
        }
        return body()
    }

    private func write(_ entries: [String]) -> Bool {
        let temporary = "\(path).tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let bytes = Array(HistoryFormat.render(entries).utf8)
        let written = Self.writeAll(fd, bytes)
        close(fd)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    static func readText(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// write(2) under a name that the `write(_:)` method above does not shadow.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
