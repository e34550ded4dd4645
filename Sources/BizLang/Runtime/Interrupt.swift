#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C during evaluation: the SIGINT handler sets a flag that the
/// interpreter checks at every call and loop iteration, so a runaway
/// evaluation stops with an error instead of killing the session.
public enum Interrupt {
    /// One word of C memory: a signal handler may write it, hot loops read it
    /// with a plain load.
    nonisolated(unsafe) public static let flag: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    public static var requested: Bool { flag.pointee != 0 }
    public static func request() { flag.pointee = 1 }
    public static func clear() { flag.pointee = 0 }

    /// Installs a SIGINT handler that only sets the flag.
    public static func installHandler() {
        _ = flag
        signal(SIGINT) { _ in Interrupt.flag.pointee = 1 }
    }
}
