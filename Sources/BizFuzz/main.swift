// libFuzzer entry point over the whole pipeline: lex + parse + compile +
// evaluate a script in a fresh interpreter (see docs/FUZZING.md).
//
// Build: swift build -c release --sanitize=fuzzer --sanitize=address \
//          --product BizFuzz --scratch-path .build-fuzz
// Run:   scripts/fuzz
import BizLang
#if canImport(Glibc)
import Glibc
#endif

/// Evaluation steps (calls and loop iterations) per input: endless loops
/// end with a diagnostic instead of a libFuzzer timeout.
private let maxSteps = 100_000

/// Runs one input once. Returns 0 always (libFuzzer convention); a crash,
/// a sanitizer report, a timeout or an out-of-memory is the finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzSandbox.enter()
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var settings = Settings()
    settings.maxSteps = maxSteps
    settings.samples = 200
    let rt = Interpreter(settings: settings)
    rt.output = { _ in }
    rt.errorOutput = { _ in }
    rt.scriptFolder = FuzzSandbox.folder
    do {
        try rt.run(SourceFile(name: "<fuzz>", text: text))
    } catch {
        // Diagnostics are the expected outcome for most inputs; render them
        // too, so that the rendering code (carets under spans) is covered.
        for d in error.items { _ = d.render(color: false) }
    }
    return 0
}

/// Scripts may write files (`export … to "x.csv"`): run them in a scratch
/// folder of their own so that the fuzzer never litters the worktree.
private enum FuzzSandbox {
    nonisolated(unsafe) static var folder = "."
    nonisolated(unsafe) static var entered = false

    static func enter() {
        guard !entered else { return }
        entered = true
        var template = Array("/tmp/bizfuzz-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buf -> Bool in
            guard let base = buf.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else { return }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if chdir(path) == 0 { folder = path }
    }
}

/// The entry point of an ordinary build, which only says what this is.
/// `--sanitize=fuzzer` links libFuzzer's own `main`, so scripts/fuzz renames
/// this one (`-entry-point-function-name BizFuzz_main`), as SwiftPM's debug
/// builds already do; without the rename the link fails with two `main`s.
@main
struct BizFuzz {
    static func main() {
        var bytes = Array("BizFuzz is a libFuzzer target: build and run it with scripts/fuzz\n".utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
