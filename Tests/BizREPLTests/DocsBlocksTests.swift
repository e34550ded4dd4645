// Every code block of README.md and docs/*.md that is Biz runs, verbatim:
//  - a block fenced ```biz is a script: a page's biz blocks run in order in
//    one session (as a reader typing them would), each with the line
//    numbers it has in the page, and any error, note, failed expect or
//    other text on stderr fails the test;
//  - a block whose first line is `$ biz` or starts with `biz> ` is a REPL
//    transcript: it runs in a fresh REPL session, entry by entry (`biz> `,
//    then `...> ` continuation lines), and what the REPL prints must be the
//    lines that follow the entry;
//  - any other block must name its language (```sh, ```text), so that a
//    Biz block cannot silently escape the test.

import BizLang
import Foundation
import XCTest
@testable import BizREPL

final class DocsBlocksTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Block {
        let language: String
        /// The page's line number of the block's first line (after the fence).
        let line: Int
        let lines: [String]
        var isTranscript: Bool {
            language.isEmpty && (lines.first.map { $0.hasPrefix("$ biz") || $0.hasPrefix("biz> ") } ?? false)
        }
    }

    static func blocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var open: (language: String, line: Int, lines: [String])?
        for (i, line) in text.components(separatedBy: "\n").enumerated() {
            guard line.hasPrefix("```") else {
                open?.lines.append(line)
                continue
            }
            if let o = open {
                blocks.append(Block(language: o.language, line: o.line, lines: o.lines))
                open = nil
            } else {
                open = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), i + 2, [])
            }
        }
        return blocks
    }

    static var pages: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    func text(of page: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    }

    /// Runs in a fresh temporary folder: blocks write reports and charts.
    func inTemporaryFolder(_ body: () throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        try body()
    }

    var settings: Settings {
        var s = Settings()
        s.color = false
        return s
    }

    func testEveryBlockSaysWhatItIs() throws {
        for page in Self.pages {
            for block in Self.blocks(in: try text(of: page)) where block.language.isEmpty && !block.isTranscript {
                XCTFail("\(page):\(block.line - 1): fence Biz code as ```biz (it then runs in the tests), or name the block's language")
            }
        }
    }

    func testBizBlocksRunWithoutErrors() throws {
        var ran = 0
        try inTemporaryFolder {
            for page in Self.pages {
                let bizBlocks = Self.blocks(in: try text(of: page)).filter { $0.language == "biz" }
                guard !bizBlocks.isEmpty else { continue }
                // 200 Monte Carlo samples (as `--samples 200`) keep the
                // benchmark of docs/WHATIF.md quick in a debug build.
                var s = settings
                s.samples = 200
                let rt = Interpreter(settings: s)
                var stderr = ""
                rt.output = { _ in }
                rt.errorOutput = { stderr += $0 }
                for block in bizBlocks {
                    // Blank lines in front keep the page's line numbers in messages.
                    let source = String(repeating: "\n", count: block.line - 1) + block.lines.joined(separator: "\n")
                    do throws(DiagnosticList) {
                        try rt.run(SourceFile(name: page, text: source))
                    } catch {
                        XCTFail(error.items.map { $0.render() }.joined())
                    }
                    ran += 1
                }
                XCTAssertEqual(stderr, "", page)
                XCTAssertEqual(rt.expectFailed, 0, page)
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 4, "README's and the docs' biz blocks")
    }

    struct Entry {
        let line: Int
        let input: String
        let expected: [String]
    }

    static func entries(of block: Block) -> [Entry] {
        var entries: [Entry] = []
        var current: (line: Int, input: [String], output: [String])?
        func close() {
            if let c = current { entries.append(Entry(line: c.line, input: c.input.joined(separator: "\n"), expected: c.output)) }
        }
        for (i, line) in block.lines.enumerated() {
            if line.hasPrefix("biz> ") {
                close()
                current = (block.line + i, [String(line.dropFirst(5))], [])
            } else if line.hasPrefix("...> "), current?.output.isEmpty == true {
                current?.input.append(String(line.dropFirst(5)))
            } else if current != nil {
                current?.output.append(line)
            }
        }
        close()
        return entries
    }

    func testTranscriptsPrintWhatTheyShow() throws {
        var checked = 0
        try inTemporaryFolder {
            for page in Self.pages {
                for block in Self.blocks(in: try text(of: page)) where block.isTranscript {
                    let session = BizSession(settings: settings)
                    var printed = ""
                    session.interpreter.output = { printed += $0 }
                    session.interpreter.errorOutput = { printed += $0 }
                    for entry in Self.entries(of: block) {
                        printed = ""
                        switch session.evaluate(entry.input) {
                        case .output(let text), .error(let text): printed += text
                        case .quit: break
                        }
                        XCTAssertEqual(Self.normalized(printed), Self.normalized(entry.expected.joined(separator: "\n")),
                                       "\(page):\(entry.line): biz> \(entry.input)")
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 10, "README's tour")
    }

    /// Lines without trailing spaces, without the blank lines at the end.
    static func normalized(_ s: String) -> String {
        var lines = s.components(separatedBy: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The test must be able to fail: a broken block is caught.
    func testABrokenBlockFails() {
        let blocks = Self.blocks(in: "text\n```biz\nx = total + 1\n```\n```\nbiz> 1 + 1\n3\n```\n")
        XCTAssertEqual(blocks.map(\.language), ["biz", ""])
        XCTAssertEqual(blocks[0].line, 3)
        let rt = Interpreter(settings: settings)
        XCTAssertThrowsError(try rt.run(SourceFile(name: "p", text: blocks[0].lines.joined(separator: "\n"))))
        let entries = Self.entries(of: blocks[1])
        XCTAssertEqual(entries.map(\.input), ["1 + 1"])
        XCTAssertEqual(entries.map(\.expected), [["3"]])
        guard case .output(let two) = BizSession(settings: settings).evaluate("1 + 1") else { return XCTFail() }
        XCTAssertNotEqual(Self.normalized(two), Self.normalized(entries[0].expected.joined(separator: "\n")))
    }
}
