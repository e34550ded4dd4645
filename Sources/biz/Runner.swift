import BizLang
#if canImport(Glibc)
import Glibc
#endif

/// The interpreter of `biz FILE` (or stdin), never freed: the process ends
/// when the script does, and the system takes its memory back at once,
/// whereas freeing the script's values one by one (100k records in a list)
/// took a tenth of a run's CPU time (benchmarks/README.md, third pass).
nonisolated(unsafe) private var interpreterOfTheRun: Interpreter?

private func keepUntilExit(_ rt: Interpreter) { interpreterOfTheRun = rt }

/// What the commands do, over the interpreter.
struct Runner {
    let settings: Settings

    func cannotRead(_ path: String) {
        FileOutput.stderr("biz: " + Message(ModuleText.cannotRead, path).render(settings.locale) + "\n")
    }

    func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { FileOutput.stderr(d.render(color: settings.color, locale: settings.locale)) }
    }

    func evaluate(_ text: String) -> Int32 {
        let rt = Interpreter(settings: settings)
        Interrupt.install()
        let source = SourceFile(name: "<expr>", text: text)
        let deadline = Deadline.start(seconds: settings.timeout)
        defer { deadline?.cancel() }
        do {
            if let v = try rt.evaluateEntry(source), !v.isNothing {
                FileOutput.stdout(rt.display(v) + "\n")
            }
            return rt.expectFailed > 0 ? 1 : 0
        } catch {
            report(error.items)
            return 1
        }
    }

    func runFile(_ path: String) -> Int32 {
        guard let text = readTextFile(path) else {
            cannotRead(path)
            return 2
        }
        return runSource(SourceFile(name: path, text: text), folder: folder(of: path))
    }

    func runStdin() -> Int32 {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return runSource(SourceFile(name: "<stdin>", text: String(decoding: bytes, as: UTF8.self)), folder: ".")
    }

    func runSource(_ source: SourceFile, folder: String) -> Int32 {
        let rt = Interpreter(settings: settings)
        keepUntilExit(rt)
        rt.scriptFolder = folder
        Interrupt.install()
        let deadline = Deadline.start(seconds: settings.timeout)
        defer { deadline?.cancel() }
        do {
            try rt.run(source)
        } catch {
            report(error.items)
            return 1
        }
        return rt.expectFailed > 0 ? 1 : 0
    }

    func check(_ paths: [String]) -> Int32 {
        var failed = false
        for path in paths {
            guard let text = readTextFile(path) else {
                cannotRead(path)
                return 2
            }
            let rt = Interpreter(settings: settings)
            rt.scriptFolder = folder(of: path)
            let diagnostics = rt.check(SourceFile(name: path, text: text))
            report(diagnostics)
            if !diagnostics.isEmpty { failed = true }
        }
        return failed ? 1 : 0
    }

    func test(_ paths: [String]) -> Int32 {
        var files: [String] = []
        for p in paths {
            if isDirectory(p) { files += bizFiles(under: p) }
            else if readSourceFile(p) != nil { files.append(p) }
            else {
                cannotRead(p)
                return 2
            }
        }
        Interrupt.install()
        var passed = 0, failed = 0
        var quiet = settings
        quiet.progress = false   // `biz test` prints failures and its count, nothing else
        for path in files {
            guard let text = readSourceFile(path) else { continue }
            let rt = Interpreter(settings: quiet)
            rt.scriptFolder = folder(of: path)
            // Errors, notes and `expect failed:` lines go to stderr; only the
            // closing count goes to stdout (LANGUAGE.md §1).
            rt.output = { _ in }
            rt.errorOutput = { FileOutput.stderr($0) }
            // Each file has the whole --timeout.
            let deadline = Deadline.start(seconds: settings.timeout)
            defer { deadline?.cancel() }
            do {
                try rt.run(SourceFile(name: path, text: text), printResults: false)
            } catch {
                report(error.items)
                failed += 1
            }
            passed += rt.expectPassed
            failed += rt.expectFailed
        }
        FileOutput.stdout("\(passed) passed, \(failed) failed\n")
        return failed > 0 ? 1 : 0
    }

    func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
    }
}

/// The command's own output, through the same unbuffered writes as the
/// interpreter's, so the two never interleave out of order.
enum FileOutput {
    @discardableResult static func stdout(_ s: String) -> Bool { writeAll(1, s) }
    static func stderr(_ s: String) { writeAll(2, s) }
}
