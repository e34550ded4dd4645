#if canImport(Glibc)
import Glibc
#endif

/// Writes all of a string to a file descriptor, unbuffered.
public func writeAll(_ fd: Int32, _ s: String) {
    let bytes = Array(s.utf8)
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, base + offset, buffer.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}
