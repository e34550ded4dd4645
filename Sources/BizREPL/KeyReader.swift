// The character source libedit reads keys from (installed as
// `rl_getc_function`).
//
// Why our own: with libedit's built-in reader a Ctrl-C cannot end the line.
// Its read loop retries once on EINTR and then blocks again, and with
// `rl_catch_signals = 1` its own handler re-raises SIGINT after putting the
// tty into cooked mode, leaving the editor half-broken until the next line.
// So we switch libedit's signal handling off and read here instead: poll()
// waits on stdin and on Interrupt's wake-up pipe; when Ctrl-C arrives we
// report end-of-input, libedit's el_gets returns NULL, readline() returns
// NULL, and LineEditor sees the interrupt flag and answers `.interrupted`.
//
// libedit hands the returned int straight to its wide-character editor, so
// we decode UTF-8 here (Cyrillic names are part of the language).

#if canImport(Glibc)
import BizLang
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum KeyReader {
    /// Installed into `rl_getc_function`. Returns a Unicode scalar value, or
    /// -1 for end of input or Ctrl-C (libedit treats both as EOF).
    static let getc: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        let fd = stream.map { fileno($0) } ?? STDIN_FILENO
        return KeyReader.nextScalar(fd: fd)
    }

    static func nextScalar(fd: Int32) -> Int32 {
        guard let lead = nextByte(fd: fd) else { return -1 }
        let extra: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return Int32(lead)
        case 0xC2...0xDF: extra = 1; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: extra = 2; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: extra = 3; value = UInt32(lead & 0x07)
        default: return replacement
        }
        for _ in 0..<extra {
            guard let byte = nextByte(fd: fd) else { return -1 }
            guard byte & 0xC0 == 0x80 else { return replacement }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard Unicode.Scalar(value) != nil else { return replacement }
        return Int32(bitPattern: value)
    }

    private static let replacement: Int32 = 0xFFFD

    /// One byte from `fd`, or nil on end of input, error, or Ctrl-C.
    private static func nextByte(fd: Int32) -> UInt8? {
        let wake = Interrupt.wakeDescriptor
        while true {
            if Interrupt.requested { return nil }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            // A negative fd is ignored by poll(), so this also works before
            // Interrupt.install().
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if fds[1].revents != 0 {
                Interrupt.drainWakeups()
                continue   // the loop head decides: the flag is set by now
            }
            guard fds[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(fd, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            return nil
        }
    }
}
