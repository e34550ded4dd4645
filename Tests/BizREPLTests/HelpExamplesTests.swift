// Every example of `:help` runs, in order, in a fresh session, and prints
// what the help says it prints.

import BizFormat
import BizLang
import Foundation
import XCTest
@testable import BizREPL

final class HelpExamplesTests: XCTestCase {
    /// Topics whose features are not built yet (none now); their examples
    /// must still parse.
    static let pendingTopics: Set<String> = []

    func testEveryExampleRuns() throws { try runEveryExample(.en) }

    /// The same examples in a Russian session: they run, and print what the
    /// Russian help shows (`=> 10 000`, `=> 120 ₽`).
    func testEveryExampleRunsInRussian() throws { try runEveryExample(.ru) }

    func runEveryExample(_ locale: OutputLocale) throws {
        // The output topic writes files: keep them out of the package.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        for topic in HelpTopics.all + HelpTopics.functions where !Self.pendingTopics.contains(topic.name) {
            let session = quietSession(locale)
            for example in topic.setup + topic.examples {
                let outcome = session.evaluate(example.code)
                guard case .output(let text) = outcome else {
                    XCTFail("help \(topic.name) (\(locale)): `\(example.code)` failed:\n\(outcome)")
                    continue
                }
                if let expected = example.result(locale) {
                    let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    XCTAssertEqual(firstLine, expected, "help \(topic.name) (\(locale)): `\(example.code)`")
                }
            }
        }
    }

    func testPendingTopicsStillParse() {
        for topic in HelpTopics.all where Self.pendingTopics.contains(topic.name) {
            for example in topic.setup + topic.examples where !example.code.hasPrefix(":") {
                var parser = Parser(file: SourceFile(name: "<help>", text: example.code))
                _ = parser.parseProgram()
                XCTAssertEqual(parser.diagnostics.map(\.message), [], "help \(topic.name): `\(example.code)`")
            }
        }
    }

    func testTopicsCoverTheLanguage() {
        let names = Set(HelpTopics.names)
        for needed in ["numbers", "money", "units", "ranges", "cells", "given", "functions", "control", "lists",
                       "strings", "expect", "use", "declarations", "simulate", "series", "uncertainty", "whatif",
                       "output", "locale"] {
            XCTAssertTrue(names.contains(needed), needed)
        }
        XCTAssertTrue(Self.pendingTopics.isSubset(of: names))
    }

    func testHelpIndexTopicAndNames() {
        let session = quietSession()
        guard case .output(let index) = session.evaluate(":help") else { return XCTFail() }
        for topic in HelpTopics.all { XCTAssertTrue(index.contains(topic.name), topic.name) }
        for command in Commands.all { XCTAssertTrue(index.contains(":" + command.name), command.name) }
        guard case .output(let round) = session.evaluate(":help round") else { return XCTFail() }
        XCTAssertTrue(round.contains("round(x, digits)"), round)
        _ = session.evaluate("price = 5 RUB")
        guard case .output(let price) = session.evaluate(":help price") else { return XCTFail() }
        XCTAssertTrue(price.contains("5 RUB") && price.contains("money"), price)
        guard case .output(let missing) = session.evaluate(":help giveen") else { return XCTFail() }
        XCTAssertTrue(missing.contains("Did you mean 'given'?"), missing)
    }

    /// Every function of the standard library has `:help NAME`, and
    /// `:help finance` names each of them (issue 9, item 5).
    func testEveryStdlibFunctionHasHelp() throws {
        let stdlib = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("stdlib")
        var names = Interpreter.financeLibraryNames + Interpreter.preludeBuiltinNames
        for file in try FileManager.default.contentsOfDirectory(atPath: stdlib.path) where file.hasSuffix(".biz") {
            let text = try String(contentsOf: stdlib.appendingPathComponent(file), encoding: .utf8)
            names += text.matches(of: /(?m)^fn ([a-z_]+)/).map { String($0.output.1) }
        }
        XCTAssertTrue(names.contains("pmt") && names.contains("apr") && names.contains("margin"), "\(names)")
        let session = quietSession()
        guard case .output(let finance) = session.evaluate(":help finance") else { return XCTFail() }
        for name in names {
            guard case .output(let text) = session.evaluate(":help \(name)") else { XCTFail(name); continue }
            // `rate` is also the declaration `rate USD = …`: its topic comes first.
            XCTAssertTrue(text.hasPrefix(name + " — " + name + "(") || (name == "rate" && text.contains("\n\nrate — rate(")),
                          "\(name): \(text.prefix(80))")
            XCTAssertTrue(finance.contains(name), "\(name) is not in :help finance")
        }
        // A cell of the user hides the library's help.
        _ = session.evaluate("pv = 5 RUB")
        guard case .output(let cell) = session.evaluate(":help pv") else { return XCTFail() }
        XCTAssertTrue(cell.contains("5 RUB"), cell)
    }

    func quietSession(_ locale: OutputLocale = .en) -> BizSession {
        var settings = Settings()
        settings.color = false
        settings.locale = locale
        let session = BizSession(settings: settings)
        session.interpreter.output = { _ in }
        return session
    }
}
