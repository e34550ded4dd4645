import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes all of a string to a file descriptor, unbuffered. Returns false
/// when the bytes could not all be written; a failed write to standard
/// output is also remembered in StandardOutputStatus.
@discardableResult
public func writeAll(_ fd: Int32, _ s: String) -> Bool {
    let bytes = Array(s.utf8)
    return bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, base + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                if fd == 1 { StandardOutputStatus.record(n < 0 ? errno : EIO) }
                return false
            }
            offset += n
        }
        return true
    }
}

/// The first failed write to standard output (issue 16 item 6): a closed
/// stdout, /dev/full, a broken disk. The `biz` command checks it before it
/// exits, says so on stderr and exits non-zero, instead of exiting 0 with
/// its output lost.
public enum StandardOutputStatus {
    private static let firstError = Atomic<Int32>(0)

    static func record(_ code: Int32) {
        _ = firstError.compareExchange(expected: 0, desired: code == 0 ? EIO : code, ordering: .relaxed)
    }

    /// The errno of the first failed write, or nil when every write succeeded.
    public static var failure: Int32? {
        let code = firstError.load(ordering: .relaxed)
        return code == 0 ? nil : code
    }
}
