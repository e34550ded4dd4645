// Wall-clock timing for `:time` and the launch benchmark.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Clock {
    /// Seconds on a monotonic clock (unaffected by changes to the date).
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `850 µs`, `12.3 ms`, `1.25 s`.
    static func describe(_ seconds: Double) -> String {
        if seconds < 1e-3 { return "\(Int((seconds * 1e6).rounded())) µs" }
        if seconds < 1 { return rounded(seconds * 1e3) + " ms" }
        return rounded(seconds) + " s"
    }

    private static func rounded(_ x: Double) -> String {
        let digits = x < 10 ? 100.0 : x < 100 ? 10.0 : 1.0
        let value = (x * digits).rounded() / digits
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
