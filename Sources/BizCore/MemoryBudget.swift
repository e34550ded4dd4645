#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// How much memory a run may take, checked *before* each large allocation
/// (Monte Carlo sample sets, series, engine state, lists, strings), so that
/// running out of memory is a clear error instead of Swift's
/// `Fatal error: failed to allocate` or the kernel's OOM killer.
///
/// The budget is `--max-memory`, else `defaultFraction` (50%) of the
/// smallest of: physical memory, the cgroup limit (v2 `memory.max`, v1
/// `memory.limit_in_bytes`), and the room `RLIMIT_AS` / `RLIMIT_DATA` leave
/// above what the process had mapped when the budget was first computed (the
/// 1 GiB interpreter stack and the libraries are mapped before any value is).
/// Half, because many small allocations are not checked and the allocator
/// needs slack: the check keeps the big ones within half of what is there.
///
/// A request passes when the process's resident memory plus the request stays
/// within the budget, and — under an address-space or data limit — when the
/// address space (data segment) grown since start plus the request does too.
/// Requests under `smallRequest` are not measured (measuring reads
/// /proc/self/statm); only one larger than the whole budget fails outright.
///
/// Process-wide (the engine's worker threads check it too); thread-safe.
/// BizCore holds no language: `Exceeded` carries the numbers and BizLang
/// puts them into words with a source location.
public enum MemoryBudget {
    /// What a checked allocation is for, for the error message.
    public enum What: Sendable, Equatable {
        case samples, series, engineState, list, string
    }

    /// A request that would take the process over its budget.
    public struct Exceeded: Error, Sendable, Equatable {
        public let what: What
        /// The bytes asked for (saturated at Int.max).
        public let bytes: Int
        /// The budget in bytes.
        public let limit: Int
    }

    public static let defaultFraction = 0.5
    /// Below this a request is not measured (1 MiB).
    public static let smallRequest = 1 << 20

    /// 0 means "not set": the default applies.
    private static let configured = Atomic<Int>(0)

    /// The budget in bytes: `--max-memory` if set, else the default.
    public static var limit: Int {
        let c = configured.load(ordering: .relaxed)
        return c > 0 ? c : system.defaultLimit
    }

    /// Sets the budget (`--max-memory`); nil or ≤ 0 restores the default.
    public static func setLimit(_ bytes: Int?) {
        configured.store(max(0, bytes ?? 0), ordering: .relaxed)
    }

    /// The default budget of this machine and process.
    public static var defaultLimit: Int { system.defaultLimit }

    /// Throws `Exceeded` if allocating `bytes` more would take the process
    /// over the budget. Call it just before the allocation.
    public static func reserve(bytes: Int, what: What) throws(Exceeded) {
        let budget = limit
        guard bytes > smallRequest || bytes > budget else { return }
        if bytes > budget { throw Exceeded(what: what, bytes: bytes, limit: budget) }
        let now = Usage.current()
        let s = system
        // Resident memory against the budget.
        if let rss = now?.resident, rss > budget - bytes { throw Exceeded(what: what, bytes: bytes, limit: budget) }
        // Growth of the address space (data segment) against the room the
        // rlimits leave: keeps mmap/malloc from failing under `ulimit -v`.
        if let now, let room = s.addressRoom, now.address - s.start.address > min(room, budget) - bytes {
            throw Exceeded(what: what, bytes: bytes, limit: min(room, budget))
        }
        if let now, let room = s.dataRoom, now.data - s.start.data > min(room, budget) - bytes {
            throw Exceeded(what: what, bytes: bytes, limit: min(room, budget))
        }
    }

    /// The process's resident memory now, in bytes (nil where unknown): what
    /// a caller subtracts from `limit` to say how much would still fit.
    public static var residentBytes: Int? { Usage.current()?.resident }

    /// `reserve(bytes: count × stride)`, safe against overflow (a count too
    /// large to multiply is over any budget).
    public static func reserve(count: Int, stride: Int, what: What) throws(Exceeded) {
        let (product, overflow) = max(0, count).multipliedReportingOverflow(by: max(1, stride))
        try reserve(bytes: overflow ? Int.max : product, what: what)
    }

    // MARK: Measuring

    /// The machine's limits, measured once (lazily, thread-safe as a static).
    private static let system = SystemLimits.measure()

    /// Bytes of the process: resident, mapped, data segment (/proc/self/statm).
    struct Usage {
        var resident: Int
        var address: Int
        var data: Int

        static func current() -> Usage? {
            #if os(Linux)
            guard let text = readSmallFile("/proc/self/statm") else { return nil }
            let fields = text.split(separator: " ").compactMap { Int($0.trimmingSpace) }
            guard fields.count >= 6 else { return nil }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            return Usage(resident: fields[1] * page, address: fields[0] * page, data: fields[5] * page)
            #else
            return nil
            #endif
        }
    }

    struct SystemLimits {
        var start: Usage
        /// Room under RLIMIT_AS / RLIMIT_DATA above the start, times the fraction; nil when unlimited.
        var addressRoom: Int?
        var dataRoom: Int?
        var defaultLimit: Int

        static func measure() -> SystemLimits {
            let start = Usage.current() ?? Usage(resident: 0, address: 0, data: 0)
            var candidates: [Int] = []
            let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) &* Int(sysconf(Int32(_SC_PAGESIZE)))
            if physical > 0 { candidates.append(physical) }
            if let cgroup = cgroupLimit() { candidates.append(cgroup) }
            func room(_ resource: Int32, above used: Int) -> Int? {
                guard let cap = rlimitBytes(resource) else { return nil }
                return Int(Double(max(0, cap - used)) * defaultFraction)
            }
            #if os(Linux)
            let addressRoom = room(Int32(RLIMIT_AS.rawValue), above: start.address)
            let dataRoom = room(Int32(RLIMIT_DATA.rawValue), above: start.data)
            #else
            let addressRoom = room(Int32(RLIMIT_AS), above: start.address)
            let dataRoom = room(Int32(RLIMIT_DATA), above: start.data)
            #endif
            var limit = Int(Double(candidates.min() ?? (1 << 32)) * defaultFraction)
            if let a = addressRoom { limit = min(limit, a) }
            if let d = dataRoom { limit = min(limit, d) }
            return SystemLimits(start: start, addressRoom: addressRoom, dataRoom: dataRoom, defaultLimit: max(limit, 1 << 24))
        }

        static func rlimitBytes(_ resource: Int32) -> Int? {
            var r = rlimit()
            #if os(Linux)
            guard getrlimit(__rlimit_resource_t(UInt32(resource)), &r) == 0 else { return nil }
            #else
            guard getrlimit(resource, &r) == 0 else { return nil }
            #endif
            guard r.rlim_cur < UInt64(Int.max) else { return nil }   // RLIM_INFINITY is all ones
            return Int(r.rlim_cur)
        }

        /// cgroup v2 `memory.max`, else v1 `memory.limit_in_bytes` ("max" or a
        /// huge v1 value mean no limit).
        static func cgroupLimit() -> Int? {
            for path in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
                guard let text = readSmallFile(path), let n = Int(text.trimmingSpace), n > 0, n < 1 << 60 else { continue }
                return n
            }
            return nil
        }
    }

    /// A small text file (a /proc or /sys entry), or nil.
    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n], as: UTF8.self)
    }
}

private extension Substring {
    var trimmingSpace: Substring {
        var s = self
        while let c = s.last, c == "\n" || c == " " { s.removeLast() }
        return s
    }
}

private extension String {
    var trimmingSpace: Substring { Substring(self).trimmingSpace }
}
