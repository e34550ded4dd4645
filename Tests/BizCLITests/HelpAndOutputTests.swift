// Issue 16 item 6: every way of asking for help shows help and runs nothing
// (before, `biz -e 1 help test` and `biz a.biz test` ran every test under the
// current folder); a subcommand's help lists the common options; a failed
// write to stdout (closed, /dev/full) exits non-zero with a message.

import Foundation
import XCTest

final class HelpAndOutputTests: XCTestCase {
    var folder: URL!

    /// A folder whose one test fails, so a test run would show "0 passed, 1 failed".
    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "expect 1 == 2\n".write(to: folder.appendingPathComponent("a.biz"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The common options as `biz help` lists them (`--seed N, --no-color, …`):
    /// each subcommand's help must show every one of them.
    func commonOptions() throws -> [String] {
        let overview = try BizProcess.run(["help"], cwd: folder).stdout
        let prefix = "Options (before or after the subcommand): "
        let line = try XCTUnwrap(overview.split(separator: "\n").first { $0.hasPrefix(prefix) }, overview)
        return line.dropFirst(prefix.count).split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    func testEveryWayOfAskingForTestsHelpShowsItAndRunsNothing() throws {
        for args in [["help", "test"], ["test", "--help"], ["test", "-h"], ["--help", "test"], ["-h", "test"],
                     ["--seed", "3", "help", "test"], ["help", "--seed", "3", "test"], ["test", "a.biz", "--help"]] {
            let r = try BizProcess.run(args, cwd: folder)
            XCTAssertTrue(r.stdout.hasPrefix("OVERVIEW: Run every expect in the given files and folders"), "\(args): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("USAGE: biz test [--seed <seed>] "), "\(args): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains(" [<paths> ...]\n"), "\(args): \(r.stdout)")
            XCTAssertFalse(r.stdout.contains("0 passed, 1 failed") || r.stderr.contains("expect failed"), "\(args) ran the tests")
            XCTAssertEqual(r.code, 0, "\(args)")
        }
    }

    /// Each subcommand's help, with the options common to all.
    func testEverySubcommandsHelpListsTheCommonOptions() throws {
        let options = try commonOptions()
        XCTAssertTrue(Set(["--seed", "--samples", "--locale", "--no-color", "--allow-write"]).isSubset(of: options), "\(options)")
        for name in ["run", "test", "check", "learn", "watch", "fmt", "lsp", "help"] {
            let r = try BizProcess.run(["help", name], cwd: folder)
            XCTAssertTrue(r.stdout.contains("USAGE: biz \(name) [--seed <seed>] "), "\(name): \(r.stdout)")
            for option in options {
                XCTAssertTrue(r.stdout.contains("\n  \(option)"), "\(name) lacks \(option)")
            }
            XCTAssertEqual(r.code, 0)
            XCTAssertEqual(try BizProcess.run([name, "--help"], cwd: folder).stdout, r.stdout, "biz \(name) --help is biz help \(name)")
        }
        let ru = try BizProcess.run(["--locale", "ru", "test", "-h"], cwd: folder).stdout
        XCTAssertTrue(ru.hasPrefix("Проверить все expect в файлах и папках"), ru)
        XCTAssertTrue(ru.contains("USAGE: biz test "), ru)
    }

    func testRootHelp() throws {
        for args in [["--help"], ["-h"], ["a.biz", "--help"], ["--seed", "3", "-h"]] {
            let r = try BizProcess.run(args, cwd: folder)
            XCTAssertTrue(r.stdout.hasPrefix("OVERVIEW: Biz: a small language for business what-ifs."), "\(args): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("SUBCOMMANDS:"), r.stdout)
            XCTAssertEqual(r.code, 0)
        }
        // -e's value is an expression, even one that reads like an option.
        let e = try BizProcess.run(["-e", "--help"], cwd: folder)
        XCTAssertTrue(e.stderr.contains("error: unknown name 'help'"), e.stderr)
        XCTAssertEqual(e.code, 1)
    }

    /// A subcommand's name only counts first, after the common options:
    /// after FILE or -e's value it is an unexpected argument.
    func testASubcommandNameAfterTheFileIsAnErrorNotARun() throws {
        for args in [["a.biz", "test"], ["-e", "1", "help", "test"]] {
            let r = try BizProcess.run(args, cwd: folder)
            XCTAssertTrue(r.stderr.hasPrefix("Error: Unexpected argument 'test'\n"), "\(args): \(r.stderr)")
            XCTAssertFalse(r.stdout.contains("0 passed, 1 failed") || r.stderr.contains("expect failed"), "\(args) ran the tests")
            XCTAssertEqual(r.code, 2)
        }
        // Usage errors of a subcommand name it as typed.
        let run = try BizProcess.run(["run"], cwd: folder)
        XCTAssertTrue(run.stderr.contains("Usage: biz run [--seed <seed>] "), run.stderr)
        XCTAssertTrue(run.stderr.contains(" <file>\n  See 'biz run --help' for more information.\n"), run.stderr)
        XCTAssertEqual(run.code, 2)
    }

    /// Runs `biz ARGS` through the shell with `redirect` applied to its stdout.
    func runRedirected(_ args: [String], _ redirect: String) throws -> (stderr: String, code: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec \"$0\" \"$@\" " + redirect, BizProcess.binary.path] + args
        p.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        p.environment = environment
        let err = Pipe()
        p.standardError = err
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), p.terminationStatus)
    }

    func testAFailedWriteToStdoutExitsNonZero() throws {
        let full = try runRedirected(["-e", "1 + 1"], ">/dev/full")
        XCTAssertEqual(full.stderr, "biz: cannot write to standard output: No space left on device\n")
        XCTAssertEqual(full.code, 1)
        let closed = try runRedirected(["-e", "1 + 1"], ">&-")
        XCTAssertEqual(closed.stderr, "biz: cannot write to standard output: Bad file descriptor\n")
        XCTAssertEqual(closed.code, 1)
        for args in [["help"], ["help", "run"], ["--version"], ["--help"]] {
            XCTAssertEqual(try runRedirected(args, ">/dev/full").code, 1, "\(args)")
        }
        // A failing test run keeps its own exit code; the message is added.
        let failing = try runRedirected(["test", "a.biz"], ">/dev/full")
        XCTAssertTrue(failing.stderr.hasSuffix("biz: cannot write to standard output: No space left on device\n"), failing.stderr)
        XCTAssertEqual(failing.code, 1)
        let ru = try runRedirected(["--locale", "ru", "-e", "1"], ">/dev/full")
        XCTAssertEqual(ru.stderr, "biz: не удаётся писать в стандартный вывод: No space left on device\n")
        // Nothing changes when stdout works.
        XCTAssertEqual(try runRedirected(["-e", "1 + 1"], ">/dev/null").code, 0)
    }
}
