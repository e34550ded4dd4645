// libFuzzer entry point over the whole pipeline, in four modes chosen by
// BIZFUZZ_MODE (see docs/FUZZING.md):
//
//   script   (default) lex + parse + compile + run a script in a fresh
//            interpreter, with small caps (4 KB inputs, 100k steps, 200 samples)
//   wide     the same without the input-size and sample caps: inputs up to
//            256 KB, the CLI's 1000 samples, 5M steps, and a 512 MB memory budget
//   check    `biz check`: parse, resolve names and check declarations, run nothing
//   session  the script mode's limits, but every input is a REPL entry in one
//            long-lived interpreter, undone afterwards; the session must be
//            as it was (no prelude per input, so several times faster)
//   programs the input's bytes drive ProgramGenerator (BizFuzzKit); the valid
//            program it writes must keep ProgramCheck's invariants
//
// Build and run: scripts/fuzz [MODE] [libFuzzer flags]
import BizLang
import BizFuzzKit
#if canImport(Glibc)
import Glibc
#endif

/// What one input is fed to.
enum Mode: String {
    case script, wide, check, session, programs

    static let current: Mode = {
        guard let raw = getenv("BIZFUZZ_MODE") else { return .script }
        return Mode(rawValue: String(cString: raw)) ?? .script
    }()

    var settings: Settings {
        var s = Settings()
        switch self {
        case .script, .check, .session:
            // Evaluation steps (calls and loop iterations) per input: endless
            // loops end with a diagnostic instead of a libFuzzer timeout.
            s.maxSteps = 100_000
            s.samples = 200
        case .wide:
            // No input or sample cap; the step limit stays so that an endless
            // loop is a diagnostic, not a timeout. A small memory budget: an
            // allocation it does not check goes past libFuzzer's malloc
            // limit (scripts/fuzz), which is a finding.
            s.maxSteps = 5_000_000
            s.maxMemory = 512 << 20
        case .programs:
            // A generated model runs the engine once per what-if point and,
            // when uncertain, once per sample: few samples keep it fast.
            s.maxSteps = 5_000_000
            s.samples = 24
        }
        return s
    }
}

/// Runs one input once. Returns 0 always (libFuzzer convention); a crash,
/// a sanitizer report, a timeout, an out-of-memory or (in `programs` mode)
/// a broken invariant is the finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzSandbox.enter()
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let mode = Mode.current
    if mode == .programs {
        let program = ProgramGenerator.program(Choices(bytes: Array(bytes)))
        let outcome = ProgramCheck.run(program, settings: mode.settings)
        if !outcome.violations.isEmpty {
            // A broken invariant is a finding: say what broke, then crash so
            // that libFuzzer writes the input (a crash-* file) to replay.
            report(outcome.violations.joined(separator: "\n") + "\n--- program ---\n" + program.text)
            abort()
        }
        return 0
    }
    let file = SourceFile(name: "<fuzz>", text: String(decoding: bytes, as: UTF8.self))
    if mode == .check {
        // `check` rolls the session back after every file, as `biz lsp`
        // relies on: one interpreter serves every input.
        for d in Checker.shared.check(file) { _ = d.render(color: false) }
        return 0
    }
    if mode == .session {
        runInSession(file)
        return 0
    }
    let rt = Interpreter(settings: mode.settings)
    rt.output = { _ in }
    rt.errorOutput = { _ in }
    rt.scriptFolder = FuzzSandbox.folder
    do {
        try rt.run(file)
    } catch {
        // Diagnostics are the expected outcome for most inputs; render them
        // too, so that the rendering code (carets under spans) is covered.
        for d in error.items { _ = d.render(color: false) }
    }
    return 0
}

/// The `session` mode: the input runs as an entry of one long-lived session
/// and is then undone, so the session's visible names must be what they
/// were before it, whatever the input did.
private func runInSession(_ file: SourceFile) {
    let rt = Session.shared
    let before = rt.visibleCells().map(\.name)
    do { try rt.evaluateAndDiscard(file) } catch {
        for d in error.items { _ = d.render(color: false) }
    }
    let after = rt.visibleCells().map(\.name)
    if after != before {
        report("the session changed after an undone entry: \(before) became \(after)\n--- input ---\n\(file.text)\n")
        abort()
    }
}

private enum Session {
    nonisolated(unsafe) static let shared: Interpreter = {
        let rt = Interpreter(settings: Mode.session.settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        rt.scriptFolder = FuzzSandbox.folder
        return rt
    }()
}

private enum Checker {
    nonisolated(unsafe) static let shared = Interpreter(settings: Mode.check.settings)
}

private func report(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
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
        report("BizFuzz is a libFuzzer target: build and run it with scripts/fuzz\n")
    }
}
