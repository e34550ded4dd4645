// Writing to stdout and stderr from the REPL. libedit draws through the C
// `stdout` stream, so we flush that stream and write through it too, keeping
// prompts and results in order.

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

enum Output {
    static func standard(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    static func error(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
        fflush(stderr)
    }
}
