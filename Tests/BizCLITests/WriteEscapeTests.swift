// Issue 16 item 1: a script from someone else cannot write outside the
// current folder (or --allow-write folders) through a link, and `use` reads
// only regular .biz files inside the script's folder. Each test checks the
// refusal and that the file outside is unchanged (or was never created).

import Foundation
import XCTest

final class WriteEscapeTests: XCTestCase {
    var base: URL!
    var work: URL { base.appendingPathComponent("work") }
    var outside: URL { base.appendingPathComponent("outside") }
    var precious: URL { outside.appendingPathComponent("precious.txt") }
    let fm = FileManager.default

    override func setUpWithError() throws {
        base = fm.temporaryDirectory.appendingPathComponent("biz-escape-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try "precious\n".write(to: precious, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? fm.removeItem(at: base) }

    func link(_ name: String, to target: String) throws {
        try fm.createSymbolicLink(atPath: work.appendingPathComponent(name).path, withDestinationPath: target)
    }

    func run(_ script: String, args: [String] = []) throws -> BizProcess.Result {
        try script.write(to: work.appendingPathComponent("t.biz"), atomically: true, encoding: .utf8)
        return try BizProcess.run(args + ["t.biz"], cwd: work)
    }

    func assertOutsideUntouched(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try String(contentsOf: precious, encoding: .utf8), "precious\n", file: file, line: line)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: outside.path), ["precious.txt"], file: file, line: line)
    }

    func testASymlinkedFileIsNotWrittenThrough() throws {
        try link("evil.csv", to: "../outside/precious.txt")
        let r = try run("export 1 to \"evil.csv\"\n")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("t.biz:1:13: error: writing evil.csv is not allowed: through a link it leads to \(realOutside)/precious.txt, outside the current folder"), r.stderr)
        XCTAssertTrue(r.stderr.contains("hint: run biz with --allow-write FOLDER"), r.stderr)
        try assertOutsideUntouched()
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: work.appendingPathComponent("evil.csv").path), "../outside/precious.txt")
    }

    func testASymlinkedFolderDoesNotLeadOutside() throws {
        try link("linked", to: "../outside")
        let r = try run("plot [1, 2] to \"linked/chart.svg\"\nreport 1 to \"linked/r.html\"\n")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("error: writing linked/chart.svg is not allowed: through a link it leads to \(realOutside)/chart.svg"), r.stderr)
        try assertOutsideUntouched()
    }

    func testADanglingSymlinkedFolderOrFileIsRefused() throws {
        try link("gone", to: "../outside/not-yet")
        try link("new.csv", to: "../outside/new.csv")
        let folder = try run("export 1 to \"gone/a.csv\"\n")
        XCTAssertEqual(folder.code, 1)
        XCTAssertTrue(folder.stderr.contains("error: cannot write gone/a.csv: the folder"), folder.stderr)
        let file = try run("export 1 to \"new.csv\"\n")
        XCTAssertEqual(file.code, 1)
        XCTAssertTrue(file.stderr.contains("error: cannot write new.csv: it is a link to ../outside/new.csv, which does not exist"), file.stderr)
        try assertOutsideUntouched()
    }

    func testAHardLinkIsReplacedNotWrittenThrough() throws {
        try fm.linkItem(at: precious, to: work.appendingPathComponent("hard.csv"))
        let r = try run("export 1 to \"hard.csv\"\n")
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(try String(contentsOf: work.appendingPathComponent("hard.csv"), encoding: .utf8), "1\r\n1\r\n")
        try assertOutsideUntouched()
    }

    func testALinkInsideTheFolderIsFollowedAndAllowWriteStillWorks() throws {
        try fm.createDirectory(at: work.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try link("inner", to: "sub")
        let inside = try run("export 1 to \"inner/a.csv\"\n")
        XCTAssertEqual(inside.code, 0, inside.stderr)
        XCTAssertEqual(try String(contentsOf: work.appendingPathComponent("sub/a.csv"), encoding: .utf8), "1\r\n1\r\n")
        let allowed = try run("export 2 to \"../outside/b.csv\"\n", args: ["--allow-write", "../outside"])
        XCTAssertEqual(allowed.code, 0, allowed.stderr)
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("b.csv"), encoding: .utf8), "2\r\n2\r\n")
    }

    func testADeviceOrFIFOIsNotADestination() throws {
        XCTAssertEqual(mkfifo(work.appendingPathComponent("pipe.csv").path, 0o600), 0)
        let r = try run("export 1 to \"pipe.csv\"\n")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("error: cannot write pipe.csv: it is not a regular file"), r.stderr)
    }

    func testUseDoesNotFollowALinkOutOfTheScriptFolder() throws {
        try "secret = 42\nthis is not biz\n".write(to: outside.appendingPathComponent("lib.biz"), atomically: true, encoding: .utf8)
        try link("lib.biz", to: "../outside/lib.biz")
        try link("passwd.biz", to: "/etc/passwd")
        let r = try run("use lib\n")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("t.biz:1:5: error: 'use lib' is refused: ./lib.biz leads to \(realOutside)/lib.biz, outside the script's folder"), r.stderr)
        XCTAssertFalse(r.stderr.contains("this is not biz"), r.stderr)
        let passwd = try run("use passwd\n")
        XCTAssertEqual(passwd.code, 1)
        XCTAssertTrue(passwd.stderr.contains("'use passwd' is refused: ./passwd.biz leads to /etc/passwd"), passwd.stderr)
        XCTAssertFalse(passwd.stderr.contains("root"), passwd.stderr)
    }

    func testUseFollowsALinkInsideTheFolder() throws {
        try fm.createDirectory(at: work.appendingPathComponent("libs"), withIntermediateDirectories: true)
        try "shared = 42\n".write(to: work.appendingPathComponent("libs/real.biz"), atomically: true, encoding: .utf8)
        try link("mylib.biz", to: "libs/real.biz")
        let r = try run("use mylib\nshared + 1\n")
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual(r.stdout, "43\n")
    }

    func testUseNeverBlocksOnAFIFO() throws {
        XCTAssertEqual(mkfifo(work.appendingPathComponent("pipe.biz").path, 0o600), 0)
        let started = Date()
        let r = try run("use pipe\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("t.biz:1:5: error: 'use pipe' is refused: ./pipe.biz is not a regular file"), r.stderr)
    }

    /// /tmp may itself be a link (macOS): messages show the real path.
    var realOutside: String {
        guard let p = realpath(outside.path, nil) else { return outside.path }
        defer { free(p) }
        return String(cString: p)
    }
}
