// `biz fmt` over every .biz file of the repository and the shared
// conformance scripts: formatting twice changes nothing, the tokens stay the
// same, and what the files do does not change — every example prints the
// same, every test script and conformance script passes the same expects.

@testable import BizLSP
import BizTestSupport
import Foundation
import XCTest

final class FormatRepositoryTests: XCTestCase {
    static let root = LSPClient.root
    static let shared = SharedContract.folder()

    static func bizFiles(_ folder: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "biz" && !$0.path.contains("/.build/") }.sorted { $0.path < $1.path }
    }

    func testFormattingEveryFileIsIdempotentAndKeepsTheTokens() throws {
        let files = ["examples", "stdlib", "benchmarks", "Tests"].flatMap { Self.bizFiles(Self.root.appendingPathComponent($0)) }
        XCTAssertGreaterThan(files.count, 55)
        XCTAssertGreaterThan(try assertFormattingIsIdempotent(files), 45)
    }

    /// The shared conformance scripts (skipped in a plain clone without ../shared, SharedContract).
    func testFormattingTheConformanceScriptsIsIdempotent() throws {
        let folders = ["conformance", "conformance-v1.1"].map { Self.shared.appendingPathComponent($0) }
        try SharedContract.require(folders[0], folders[1])
        let files = folders.flatMap(Self.bizFiles)
        XCTAssertGreaterThanOrEqual(files.count, 6)
        XCTAssertEqual(try assertFormattingIsIdempotent(files), files.count)
    }

    /// Formats each file twice; returns how many formatted (error goldens do not).
    func assertFormattingIsIdempotent(_ files: [URL]) throws -> Int {
        var formattedCount = 0
        for url in files {
            let text = try String(decoding: Data(contentsOf: url), as: UTF8.self)
            guard case .formatted(let once) = Formatter.format(text, name: url.path) else { continue }   // error goldens
            formattedCount += 1
            XCTAssertTrue(Formatter.sameTokens(text, once), url.path)
            XCTAssertEqual(Formatter.format(once, name: url.path), .formatted(once), "formatting twice changes \(url.path)")
        }
        return formattedCount
    }

    /// Copies a folder's .biz files formatted into a fresh folder.
    func formattedCopy(of folder: URL) throws -> URL {
        let copy = try temporaryFolder().appendingPathComponent(folder.lastPathComponent)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for url in Self.bizFiles(folder) where url.deletingLastPathComponent() == folder {
            let text = try String(contentsOf: url, encoding: .utf8)
            guard case .formatted(let out) = Formatter.format(text, name: url.path) else { continue }
            try out.write(to: copy.appendingPathComponent(url.lastPathComponent), atomically: true, encoding: .utf8)
        }
        return copy
    }

    func run(_ arguments: [String], in folder: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: LSPClient.binary)
        p.arguments = arguments
        p.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "C.UTF-8"
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { env[name] = nil }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self) + "exit \(p.terminationStatus)"
    }

    func testFormattedExamplesPrintTheSame() throws {
        let examples = Self.root.appendingPathComponent("examples")
        let copy = try formattedCopy(of: examples)
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        for url in Self.bizFiles(examples) {
            let name = url.lastPathComponent
            XCTAssertEqual(try run([name], in: copy), try run([name], in: examples), name)
        }
    }

    func testFormattedScriptsPassTheSameExpects() throws {
        try assertFormattedCopiesPassTheSameExpects([Self.root.appendingPathComponent("Tests/BizCLITests/scripts"), Self.root.appendingPathComponent("stdlib")])
    }

    /// The shared conformance scripts (skipped in a plain clone without ../shared, SharedContract).
    func testFormattedConformanceScriptsPassTheSameExpects() throws {
        let folders = ["conformance", "conformance-v1.1"].map { Self.shared.appendingPathComponent($0) }
        try SharedContract.require(folders[0], folders[1])
        try assertFormattedCopiesPassTheSameExpects(folders)
    }

    func assertFormattedCopiesPassTheSameExpects(_ folders: [URL]) throws {
        for folder in folders {
            let copy = try formattedCopy(of: folder)
            defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
            let before = try run(["test", "."], in: folder)
            XCTAssertEqual(try run(["test", "."], in: copy), before, folder.path)
            XCTAssertTrue(before.contains(" passed, "), before)
        }
    }

    func testRewritesChecksAndExitCodes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "x=1\n".write(to: folder.appendingPathComponent("a.biz"), atomically: true, encoding: .utf8)
        try "y = (1 +\n".write(to: folder.appendingPathComponent("broken.biz"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["fmt", "--check", "a.biz"], in: folder), "a.biz is not formatted (biz fmt a.biz)\nexit 1")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("a.biz"), encoding: .utf8), "x=1\n", "--check changes nothing")
        XCTAssertEqual(try run(["fmt", "a.biz"], in: folder), "exit 0")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("a.biz"), encoding: .utf8), "x = 1\n")
        let broken = try run(["fmt", "broken.biz"], in: folder)
        XCTAssertTrue(broken.hasSuffix("biz: broken.biz was not formatted: it has errors\nexit 1"), broken)
        XCTAssertTrue(try run(["fmt", "missing.biz"], in: folder).hasSuffix("exit 2"))
        XCTAssertEqual(try run(["--locale", "ru", "fmt", "--check", "."], in: folder).split(separator: "\n").last, "exit 1")
    }

    func testCheckPassesOnTheExamplesAndTheStandardLibrary() throws {
        XCTAssertEqual(try run(["fmt", "--check", "examples", "stdlib"], in: Self.root), "exit 0")
    }
}
