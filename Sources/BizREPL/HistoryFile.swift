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
//
// The path must name a regular file or nothing (issue 16 item 2): a device,
// FIFO, folder or dangling link is refused before anything is read or
// written (`check`), so /dev/zero cannot hang the REPL and a device node is
// never replaced. A link to a regular file is followed (a history kept in a
// dotfiles folder) and the link stays. Every open uses O_NOFOLLOW|O_NONBLOCK
// and fstat, so a name swapped after the check is refused too. An entry
// longer than `maxEntryBytes` is not kept, and at most the newest
// `maxReadBytes` of the file are read: a huge entry or file cannot make
// every Enter slow.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct HistoryFile: Sendable {
    public let path: String
    public let limit: Int

    /// The longest entry kept, in bytes of the file's line (64 KB: far more
    /// than anyone types; a pasted script longer than that is not recalled).
    public static let maxEntryBytes = 65_536
    /// The most of the file read at start and on each save: the newest 4 MB.
    public static let maxReadBytes = 4 << 20

    public init(path: String, limit: Int = 1_000) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// What a history path names.
    public enum Status: Equatable, Sendable {
        /// Nothing yet: the file is created on the first save.
        case absent
        /// A regular file, at this path (links followed).
        case regular(String)
        /// A device, FIFO, socket, folder or dangling link: history stays in memory.
        case refused
    }

    public static func check(_ path: String) -> Status {
        var st = stat()
        guard lstat(path, &st) == 0 else { return errno == ENOENT ? .absent : .refused }
        var target = path
        if (st.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else { return .refused }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &st) == 0 else { return .refused }
        }
        return (st.st_mode & S_IFMT) == S_IFREG ? .regular(target) : .refused
    }

    /// The history for `path`, or nil when it must not be used (`check`).
    public static func checked(_ path: String, limit: Int = 1_000) -> HistoryFile? {
        switch check(path) {
        case .absent: return HistoryFile(path: path, limit: limit)
        case .regular(let target): return HistoryFile(path: target, limit: limit)
        case .refused: return nil
        }
    }

    /// Whether an entry is short enough to keep.
    public static func keeps(_ entry: String) -> Bool {
        entry.utf8.count <= maxEntryBytes
    }

    /// The stored entries, oldest first (empty when the file is missing or
    /// not a regular file).
    public func load() -> [String] {
        guard let text = Self.readText(path) else { return [] }
        return Array(HistoryFormat.parse(text).filter(Self.keeps).suffix(limit))
    }

    /// Appends `entry` unless it repeats the newest stored entry.
    /// Returns false when the file could not be written, or was not a
    /// regular file, or the entry is too long to keep (history is a
    /// convenience: callers carry on either way).
    @discardableResult
    public func append(_ entry: String) -> Bool {
        // Checked before the lock file is made beside it, and again under the
        // lock: the name may have changed since the REPL started.
        guard Self.keeps(entry), Self.check(path) != .refused else { return false }
        return withLock {
            guard Self.check(path) != .refused else { return false }
            var entries = load()
            if entries.last == entry { return true }
            entries.append(entry)
            return write(Array(entries.suffix(limit)))
        }
    }

    private func withLock(_ body: () -> Bool) -> Bool {
        let lockFD = open(path + ".lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o600)
        guard lockFD >= 0 else { return false }
        defer { close(lockFD) }   // closing releases the flock
        guard Self.isRegular(lockFD) else { return false }
        while flock(lockFD, LOCK_EX) != 0 {
            if errno != EINTR { return false }
        }
        return body()
    }

    private func write(_ entries: [String]) -> Bool {
        let temporary = "\(path).tmp.\(getpid())"
        unlink(temporary)   // a leftover of an earlier crashed save by this pid
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
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

    /// The newest `maxReadBytes` of a regular file, from its first whole
    /// line; nil when it is missing or not a regular file. Never blocks:
    /// O_NONBLOCK opens a FIFO at once, and fstat refuses it before a read.
    static func readText(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let skip = max(0, Int(st.st_size) - maxReadBytes)
        if skip > 0 && lseek(fd, off_t(skip - 1), SEEK_SET) < 0 { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        // Bounded even if the file grows while it is read.
        let cap = maxReadBytes + (skip > 0 ? 1 : 0)
        while bytes.count < cap {
            let count = read(fd, &chunk, min(chunk.count, cap - bytes.count))
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        // Started inside the file: the first (partial) line is dropped,
        // unless the byte before the cut was a newline.
        if skip > 0 {
            guard let newline = bytes.firstIndex(of: 10) else { return "" }
            bytes.removeSubrange(0...newline)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isRegular(_ fd: Int32) -> Bool {
        var st = stat()
        return fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}

/// write(2) under a name that the `write(_:)` method above does not shadow.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
