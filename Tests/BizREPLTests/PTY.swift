// A pseudo-terminal harness: runs an executable with a pty as its
// controlling terminal (so isatty, line discipline and Ctrl-C behave as for
// a person at a keyboard), sends keys, and waits for text to appear.

import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class PTY {
    let pid: pid_t
    private let master: Int32
    private var stripper = ANSIStripper()
    /// Output not yet matched by `expect`, with escapes and `\r` removed.
    private var unmatched: [UInt8] = []
    /// Everything the child wrote, escapes removed (for failure messages).
    private(set) var transcript: [UInt8] = []
    /// Everything the child wrote, byte for byte.
    private(set) var rawTranscript: [UInt8] = []
    private var exitStatus: Int32?

    enum Failure: Error, CustomStringConvertible {
        case spawn(String)
        var description: String { if case .spawn(let why) = self { return why }; return "" }
    }

    /// Starts `executable` on a new pty with TERM=xterm and a 24x80 window,
    /// in `folder` if given. `environment` replaces the child's environment.
    init(executable: String, arguments: [String] = [], environment: [String: String], folder: String? = nil) throws {
        guard access(executable, X_OK) == 0 else {
            throw Failure.spawn("not executable: \(executable) (was it built? `swift build`)")
        }
        // Everything the child touches is allocated before fork: between fork
        // and exec only async-signal-safe calls are allowed.
        var env = environment
        env["TERM"] = "xterm"
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(env.map { "\($0.key)=\($0.value)" }.sorted())
        guard let program = argv.pointers[0] else { throw Failure.spawn("out of memory") }
        let workingFolder = folder.map { strdup($0) } ?? nil
        defer { free(workingFolder) }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var masterFD: Int32 = -1
        let child = forkpty(&masterFD, nil, nil, &size)
        if child == 0 {
            if let workingFolder, chdir(workingFolder) != 0 { _exit(126) }
            execve(program, argv.pointers, envp.pointers)
            _exit(127)
        }
        guard child > 0 else { throw Failure.spawn("forkpty failed: errno \(errno)") }
        pid = child
        master = masterFD
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit { terminate() }

    /// Types `keys` (e.g. "1+1\r", "\u{3}" Ctrl-C, "\t", "\u{4}" Ctrl-D,
    /// "\u{12}" Ctrl-R, "\u{1B}[A" Up).
    ///
    /// By default waits first until the line editor has put the terminal in
    /// raw mode: libedit prints the prompt *before* leaving cooked mode, and
    /// keys arriving in that gap go through the kernel's line discipline
    /// (a Ctrl-D there is swallowed as a cooked end-of-file). Pass
    /// `whileEditing: false` for keys meant for a running evaluation.
    func send(_ keys: String, whileEditing: Bool = true) {
        if whileEditing { waitForRawMode() }
        var bytes = Array(keys.utf8)
        while !bytes.isEmpty {
            let count = write(master, bytes, bytes.count)
            if count > 0 { bytes.removeFirst(count) } else if errno != EINTR && errno != EAGAIN { return }
        }
    }

    /// Waits (up to `timeout`) until the child's terminal is non-canonical.
    func waitForRawMode(timeout: TimeInterval = 5) {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline {
            // On Linux the master reports the line discipline's settings.
            if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            _ = pump(until: Date().addingTimeInterval(0.005))
        }
    }

    /// Waits until `text` appears in the output after the previous match and
    /// consumes the output up to it. Fails the test (showing what was seen)
    /// on timeout.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 10,
                file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(needle, in: unmatched) {
                unmatched.removeSubrange(..<range.upperBound)
                return true
            }
            if Date() >= deadline || !pump(until: deadline) && find(needle, in: unmatched) == nil {
                XCTFail("""
                    Timed out waiting for \(String(reflecting: text)).
                    Unmatched output: \(String(reflecting: String(decoding: unmatched, as: UTF8.self)))
                    Whole transcript: \(String(reflecting: String(decoding: transcript, as: UTF8.self)))
                    """, file: file, line: line)
                return false
            }
        }
    }

    /// Everything seen so far, escapes removed.
    var transcriptText: String {
        _ = pump(until: Date())
        return String(decoding: transcript, as: UTF8.self)
    }

    /// Output seen so far and not yet matched, without waiting.
    func unmatchedText() -> String {
        _ = pump(until: Date())
        return String(decoding: unmatched, as: UTF8.self)
    }

    /// Whether the raw output (escapes included) so far contains `text`.
    func rawTranscriptContains(_ text: String) -> Bool {
        _ = pump(until: Date())
        return find(Array(text.utf8), in: rawTranscript) != nil
    }

    /// Waits for the child to exit and returns its exit code (128+N for a
    /// signal), or nil on timeout.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = pump(until: Date().addingTimeInterval(0.02))
            if let status = reap(options: WNOHANG) { return status }
        }
        return nil
    }

    /// Kills the child if it still runs, reaps it and closes the pty.
    func terminate() {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = reap(options: 0)
        }
        if master >= 0 { close(master) }
    }

    private func reap(options: Int32) -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        let result = waitpid(pid, &status, options)
        guard result == pid else { return nil }
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return exitStatus
    }

    /// Reads whatever arrives before `deadline`; false when the pty closed.
    private func pump(until deadline: Date) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        repeat {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
            let ready = poll(&fds, 1, min(wait, 50))
            if ready > 0 {
                let count = read(master, &chunk, chunk.count)
                if count > 0 {
                    rawTranscript += chunk[0..<count]
                    let clean = stripper.feed(chunk[0..<count])
                    unmatched += clean
                    transcript += clean
                    return true
                }
                // EIO: the child closed its side (exited).
                if count < 0 && errno != EAGAIN && errno != EINTR { return false }
                if count == 0 { return false }
            }
        } while Date() < deadline
        return true
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }
}

/// Removes terminal control sequences (CSI, OSC, two-byte escapes), `\r`,
/// bells and backspaces from a byte stream, keeping state across chunks.
struct ANSIStripper {
    private enum State { case text, escape, csi, osc, oscEscape }
    private var state = State.text

    mutating func feed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        for byte in bytes {
            switch state {
            case .text:
                switch byte {
                case 0x1B: state = .escape
                case 0x0D, 0x07, 0x08: break
                default: out.append(byte)
                }
            case .escape:
                state = byte == UInt8(ascii: "[") ? .csi : byte == UInt8(ascii: "]") ? .osc : .text
            case .csi:
                if (0x40...0x7E).contains(byte) { state = .text }
            case .osc:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .oscEscape }
            case .oscEscape:
                state = .text
            }
        }
        return out
    }
}

/// A NULL-terminated `char *[]` that stays alive as long as this object.
final class CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]
    init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }
    deinit { pointers.forEach { free($0) } }
}

/// Where `swift build` put the executables, found from the running test
/// binary (`.build/<triple>/debug/BizPackageTests.xctest` on Linux) with a
/// fallback relative to this source file.
enum BuiltProducts {
    static func path(of name: String) -> String {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().path)
        }
        candidates.append(Bundle.main.bundleURL.path)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug").path)
        for folder in candidates {
            let path = folder + "/" + name
            if access(path, X_OK) == 0 { return path }
        }
        return (candidates.last ?? ".") + "/" + name
    }
}
