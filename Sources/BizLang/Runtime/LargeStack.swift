#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` on a thread with a large stack (1 GiB reserved, touched only
/// as used), so that deep but legal recursion reaches the interpreter's own
/// depth limit — a clear error — long before the native stack overflows.
public func runWithLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
    final class Box: @unchecked Sendable {
        let body: @Sendable () -> Int32
        var result: Int32 = 0
        init(_ body: @escaping @Sendable () -> Int32) { self.body = body }
    }
    let box = Box(body)
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, 1 << 30)
    var thread = pthread_t()
    let unmanaged = Unmanaged.passRetained(box)
    let rc = pthread_create(&thread, &attr, { raw in
        guard let raw else { return nil }
        let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue() as? Box
        if let box { box.result = box.body() }
        return nil
    }, unmanaged.toOpaque())
    guard rc == 0 else {
        unmanaged.release()
        return body()
    }
    pthread_join(thread, nil)
    return box.result
}
