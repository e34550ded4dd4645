// Every example of `:help` runs, in order, in a fresh session, and prints
// what the help says it prints.

import BizLang
import Foundation
import XCTest
@testable import BizREPL

final class HelpExamplesTests: XCTestCase {
    /// Topics whose features are not built yet (none now); their examples
    /// must still parse.
    static let pendingTopics: Set<String> = []

    func testEveryExampleRuns() throws {
        // The output topic writes files: keep them out of the package.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        for topic in HelpTopics.all where !Self.pendingTopics.contains(topic.name) {
            let session = quietSession()
            for example in topic.setup + topic.examples {
                let outcome = session.evaluate(example.code)
                guard case .output(let text) = outcome else {
                    XCTFail("help \(topic.name): `\(example.code)` failed:\n\(outcome)")
                    continue
                }
                if let expected = example.result {
                    let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    XCTAssertEqual(firstLine, expected, "help \(topic.name): `\(example.code)`")
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

    func quietSession() -> BizSession {
        var settings = Settings()
        settings.color = false
        let session = BizSession(settings: settings)
        session.interpreter.output = { _ in }
        return session
    }
}
