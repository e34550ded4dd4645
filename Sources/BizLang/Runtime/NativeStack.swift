import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The native stack of the current thread.
enum NativeStack {
    /// Roughly the current stack pointer: the address of a local.
    @inline(__always)
    static func pointer() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The address below which the interpreter refuses to recurse on this
    /// thread: the stack's low end plus a reserve (an eighth of the stack,
    /// at least 256 KiB) for the builtins, formatting and error reporting
    /// that run above the deepest call. 0 when the bounds are unknown.
    #if canImport(Glibc)
    private typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    private static let getAttributes: GetAttributes? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// The last stack looked up: (low, high, floor). Reading a thread's
    /// bounds parses /proc/self/maps on the main thread, so it is cached;
    /// the cache holds while the stack pointer lies within those bounds.
    private static let lastStack = Mutex<(UInt, UInt, UInt)>((0, 0, 0))

    static func floor() -> UInt {
        let sp = pointer()
        let cached = lastStack.withLock { $0 }
        if sp > cached.0, sp < cached.1 { return cached.2 }
        let (low, high, floor) = lookUp()
        lastStack.withLock { $0 = (low, high, floor) }
        return floor
    }

    private static func lookUp() -> (UInt, UInt, UInt) {
        #if canImport(Glibc)
        // pthread_getattr_np is a GNU extension the Glibc module does not
        // export; look it up once.
        guard let getattr = getAttributes else { return (0, 0, 0) }
        var attr = pthread_attr_t()
        guard getattr(pthread_self(), &attr) == 0 else { return (0, 0, 0) }
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &base, &size) == 0, let base, size > 0 else { return (0, 0, 0) }
        let low = UInt(bitPattern: base)
        let reserve = UInt(max(size / 8, 256 << 10))
        guard UInt(size) > reserve * 2 else { return (0, 0, 0) }
        return (low, low + UInt(size), low + reserve)
        #else
        return (0, 0, 0)
        #endif
    }
}
