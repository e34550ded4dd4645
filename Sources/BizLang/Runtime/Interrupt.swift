// The Ctrl-C flag shared by the line editor and the interpreter.
//
// Dependency-free on purpose (only the C library and Synchronization), so it
// can move into the language module: the interpreter polls `requested` in its
// hot loops without knowing anything about terminals.
//
// How it works: a SIGINT handler sets an atomic flag and writes one byte to a
// non-blocking "self-pipe". The flag is for the interpreter (a relaxed load is
// a plain memory read). The pipe is for the line editor: it waits in poll() on
// stdin *and* the pipe, so a Ctrl-C wakes it even when the signal was delivered
// to another thread, and there is no window between "check the flag" and
// "block in read()" in which a Ctrl-C could be lost.

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a running evaluation is asked to stop. Every stop — Ctrl-C, SIGINT,
/// and any limit a host enforces from outside the evaluation (a time limit
/// set by a timer) — goes through the one flag below, so the interpreter's
/// loops, the what-if tools and BizCore's batches all honour it at the same
/// places, and `Machine.stopped` turns it into the diagnostic.
public enum StopReason: UInt8, Sendable {
    case interrupt = 1
    /// `--timeout` ran out (`Deadline`).
    case timeout = 2
}

public enum Interrupt {
    /// 0, or the `StopReason` raw value of the pending stop.
    private static let flag = Atomic<UInt8>(0)
    private static let installed = Atomic<Bool>(false)
    private static let wakeReadEnd = Atomic<Int32>(-1)
    private static let wakeWriteEnd = Atomic<Int32>(-1)

    /// Installs the SIGINT handler (idempotent). Call once at REPL start;
    /// afterwards Ctrl-C no longer kills the process, it sets `requested`.
    public static func install() {
        // Touch every static before the handler can run: Swift initialises
        // statics lazily, and lazy initialisation is not signal-safe.
        _ = flag.load(ordering: .relaxed)
        _ = wakeReadEnd.load(ordering: .relaxed)
        _ = wakeWriteEnd.load(ordering: .relaxed)
        guard installed.compareExchange(expected: false, desired: true,
                                        ordering: .sequentiallyConsistent).exchanged
        else { return }
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            wakeReadEnd.store(fds[0], ordering: .sequentiallyConsistent)
            wakeWriteEnd.store(fds[1], ordering: .sequentiallyConsistent)
        }
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = signalHandler
        #else
        action.__sigaction_u.__sa_handler = signalHandler
        #endif
        sigemptyset(&action.sa_mask)
        // SA_RESTART: output written by the interpreter must not fail with
        // EINTR. The editor does not rely on EINTR; it watches the pipe.
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }

    /// True once a stop was requested (Ctrl-C) since the last `clear()`.
    /// Cheap: one relaxed atomic load, fine to read on every loop iteration
    /// and before every Monte Carlo sample.
    @inline(__always)
    public static var requested: Bool { flag.load(ordering: .relaxed) != 0 }

    /// Why the pending stop was requested, or nil.
    public static var reason: StopReason? { StopReason(rawValue: flag.load(ordering: .relaxed)) }

    /// Forgets a pending stop (call before starting an evaluation).
    public static func clear() { flag.store(0, ordering: .relaxed) }

    /// Marks an interrupt as if Ctrl-C had been pressed (tests, and hosts that
    /// map other events to "stop"): wakes the line editor too.
    public static func request() { signalArrived() }

    /// Asks the running evaluation to stop for `reason` (a host's limit),
    /// without waking the line editor. A pending Ctrl-C is kept.
    public static func request(_ reason: StopReason) {
        _ = flag.compareExchange(expected: 0, desired: reason.rawValue, ordering: .relaxed)
    }

    /// The read end of the wake-up pipe, or -1 before `install()`. Readable
    /// after each Ctrl-C; used by the line editor's poll().
    public static var wakeDescriptor: Int32 { wakeReadEnd.load(ordering: .relaxed) }

    /// Empties the wake-up pipe so that an old Ctrl-C does not wake a new poll.
    public static func drainWakeups() {
        let fd = wakeDescriptor
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fd, &buffer, buffer.count) > 0 {}
    }

    /// Only async-signal-safe work here: an atomic store and write(2).
    fileprivate static func signalArrived() {
        let savedErrno = errno
        flag.store(StopReason.interrupt.rawValue, ordering: .relaxed)
        let fd = wakeWriteEnd.load(ordering: .relaxed)
        if fd >= 0 {
            var byte: UInt8 = 3
            _ = write(fd, &byte, 1)   // EAGAIN on a full pipe is fine: it is already readable
        }
        errno = savedErrno
    }
}

private let signalHandler: @convention(c) (Int32) -> Void = { _ in
    Interrupt.signalArrived()
}
