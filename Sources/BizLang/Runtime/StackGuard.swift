#if canImport(Glibc)
import Glibc
#endif

/// Knows how much native stack the current thread has left, so deep
/// recursion becomes a Biz error instead of a segfault whatever thread the
/// interpreter runs on (the CLI's 1 GiB thread, XCTest's main thread, a
/// REPL). Compiled closures recurse natively, one or more frames per Biz call.
enum StackGuard {
    /// Keep this much stack free for the error path and runtime calls.
    static let margin = 512 * 1024

    /// The lowest safe stack address of the calling thread.
    static func currentLimit() -> UInt {
        var attr = pthread_attr_t()
        guard getThreadAttributes(pthread_self(), &attr) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &base, &size) == 0, let base else { return 0 }
        let low = UInt(bitPattern: base)
        return low + UInt(min(margin, size / 4))
    }

    /// The address of a local: where the stack is now.
    @inline(__always)
    static func here() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}

/// glibc's pthread_getattr_np, which the Glibc module does not export
/// (it needs _GNU_SOURCE).
@_silgen_name("pthread_getattr_np")
private func getThreadAttributes(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
