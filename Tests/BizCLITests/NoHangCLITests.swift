// Issue 16 item 4 on the command line: `biz test` walks a folder with a
// symlink loop and a FIFO without hanging, and scripts take --max-steps and
// --timeout (the timer stops the run the way Ctrl-C does).

import Foundation
import XCTest

final class NoHangCLITests: XCTestCase {
    var work: URL!
    let fm = FileManager.default

    override func setUpWithError() throws {
        work = fm.temporaryDirectory.appendingPathComponent("biz-nohang-\(UUID().uuidString)")
        try fm.createDirectory(at: work.appendingPathComponent("sub"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? fm.removeItem(at: work) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testBizTestSkipsSymlinkLoopsAndFIFOs() throws {
        try write("a.biz", "expect 1 + 1 == 2\n")
        try write("sub/b.biz", "expect 2 * 2 == 4\n")
        // `loop -> .` and `sub/up -> ..`: each folder is walked once.
        try fm.createSymbolicLink(atPath: work.appendingPathComponent("loop").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: work.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        // A FIFO named like a script would block a read forever.
        XCTAssertEqual(mkfifo(work.appendingPathComponent("pipe.biz").path, 0o644), 0)
        let r = try BizProcess.run(["test"], cwd: work)
        XCTAssertEqual(r.stdout, "2 passed, 0 failed\n", r.stderr)
        XCTAssertEqual(r.code, 0)
        // Named on the command line it cannot be read (and is not waited on).
        let fifo = try BizProcess.run(["test", "pipe.biz"], cwd: work)
        XCTAssertEqual(fifo.code, 2)
        XCTAssertEqual(fifo.stderr, "biz: cannot read pipe.biz\n")
        // `biz fmt` finds the same files.
        try write("sub/c.biz", "x=1\n")
        let fmt = try BizProcess.run(["fmt", "--check"], cwd: work)
        XCTAssertEqual(fmt.stdout.split(separator: "\n").map(String.init).filter { $0.contains(".biz") }.count, 1, fmt.stdout)
        XCTAssertEqual(fmt.stdout, "./sub/c.biz is not formatted (biz fmt ./sub/c.biz)\n")
    }

    let endless = "n = 0\nwhile true {\n  n = n + 1\n}\n"

    func testMaxStepsStopsAScript() throws {
        try write("loop.biz", endless)
        for args in [["run", "--max-steps", "1000", "loop.biz"], ["--max-steps=1000", "loop.biz"]] {
            let r = try BizProcess.run(args, cwd: work)
            XCTAssertEqual(r.code, 1)
            XCTAssertEqual(r.stderr, """
                loop.biz:2:1: error: evaluation took more than 1000 steps
                  |
                2 | while true {
                  | ^^^^^^^^^^^^
                hint: is there an endless loop?

                """)
        }
        let bad = try BizProcess.run(["--max-steps", "0", "-e", "1"], cwd: work)
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--max-steps needs a whole number above 0"), bad.stderr)
    }

    func testTimeoutStopsAScriptAnExpressionAndEachTestFile() throws {
        try write("loop.biz", endless)
        let r = try BizProcess.run(["run", "--timeout", "0.3", "loop.biz"], cwd: work)
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, """
            loop.biz:2:1: error: stopped: the evaluation took longer than 0.3 s (--timeout)
              |
            2 | while true {
              | ^^^^^^^^^^^^
            hint: is there an endless loop? Otherwise raise --timeout

            """)
        let ru = try BizProcess.run(["--locale", "ru", "--timeout", "0.2", "-e", "fn f(n) = if n < 1 then 0 else f(n - 1) + f(n - 1)\nf(60)"], cwd: work)
        XCTAssertEqual(ru.code, 1)
        XCTAssertTrue(ru.stderr.contains("error: остановлено: вычисление шло дольше 0,2 с (--timeout)"), ru.stderr)
        // In `biz test` every file has the whole limit: the endless one
        // fails, the next one still runs and passes.
        try fm.createDirectory(at: work.appendingPathComponent("t"), withIntermediateDirectories: true)
        try write("t/a.biz", endless)
        try write("t/b.biz", "x = 0\nfor i in 1..20000 {\n  x = x + i\n}\nexpect x == 200010000\n")
        let t = try BizProcess.run(["test", "--timeout", "0.5", "t"], cwd: work)
        XCTAssertEqual(t.stdout, "1 passed, 1 failed\n", t.stderr)
        XCTAssertTrue(t.stderr.contains("t/a.biz:2:1: error: stopped: the evaluation took longer than 0.5 s (--timeout)"), t.stderr)
        // A Monte Carlo batch honours it too (the same stop as Ctrl-C).
        try write("mc.biz", """
            conversion = 3% to 8%
            market { months: 120, resolution: 200 }
            segment shops { size: 20k, customers: 800, wtp: 150 RUB to 450 RUB, churn: 2.5%/month }
            strategy calls { leads: 2k/month, conversion: conversion }
            company cloud { price: 249 RUB, segments: [shops], strategy: calls, cash: 400k RUB }
            run = simulate(cloud)
            """)
        let mc = try BizProcess.run(["run", "--samples", "100000", "--timeout", "0.5", "mc.biz"], cwd: work)
        XCTAssertEqual(mc.code, 1)
        XCTAssertTrue(mc.stderr.contains("mc.biz:6:7: error: stopped: the evaluation took longer than 0.5 s (--timeout)"), mc.stderr)
        for bad in ["0", "-1", "inf", "nan"] {
            let b = try BizProcess.run(["--timeout=\(bad)", "-e", "1"], cwd: work)
            XCTAssertEqual(b.code, 2, bad)
            XCTAssertTrue(b.stderr.contains("--timeout needs a number of seconds above 0"), "\(bad): \(b.stderr)")
        }
    }
}
