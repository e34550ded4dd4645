// `biz lsp` over the protocol: a real process, real framing, the messages an
// editor sends. Each test asserts what the server answers, down to line and
// UTF-16 column (Cyrillic names are two bytes but one code unit).

import Foundation
import XCTest

final class LSPProtocolTests: XCTestCase {
    var folder: URL!
    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func uri(_ name: String) -> String { folder.appendingPathComponent(name).absoluteString }

    func testInitializeAdvertisesCapabilitiesAndShutsDownCleanly() throws {
        let client = try LSPClient()
        let result = client.initialize()
        let caps = result?["capabilities"] as? [String: Any]
        XCTAssertEqual(caps?["positionEncoding"] as? String, "utf-16")
        XCTAssertEqual((caps?["textDocumentSync"] as? [String: Any])?["change"] as? Int, 1)
        for key in ["hoverProvider", "definitionProvider", "documentSymbolProvider"] { XCTAssertEqual(caps?[key] as? Bool, true, key) }
        XCTAssertNotNil(caps?["inlayHintProvider"])
        XCTAssertEqual((caps?["completionProvider"] as? [String: Any])?["triggerCharacters"] as? [String], ["."])
        XCTAssertEqual((result?["serverInfo"] as? [String: Any])?["name"] as? String, "biz")
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testExitWithoutShutdownIsAnError() throws {
        let client = try LSPClient()
        _ = client.initialize()
        client.notify("exit", [:])
        client.process.waitUntilExit()
        XCTAssertEqual(client.process.terminationStatus, 1)
    }

    func testMalformedMessageGetsAParseErrorAndTheServerGoesOn() throws {
        let client = try LSPClient()
        client.sendRaw(Data("Content-Length: 5\r\n\r\n{oops".utf8))
        let error = client.waitFor(timeout: 10) { $0["error"] != nil }
        XCTAssertEqual((error?["error"] as? [String: Any])?["code"] as? Int, -32700)
        XCTAssertNotNil(client.initialize())
        let unknown = client.request("biz/unknown", [:])
        XCTAssertEqual((unknown?["error"] as? [String: Any])?["code"] as? Int, -32601)
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testDiagnosticsHaveExactRangesInUTF16() throws {
        let client = try LSPClient()
        _ = client.initialize()
        // Line 2: `выручка` is 7 letters (14 bytes); the unit error underlines `цена` (UTF-16 columns 10..14).
        let doc = uri("units.biz")
        client.open(doc, "цена = 120 RUB\nвыручка = цена + 3 months\n")
        let diagnostics = try XCTUnwrap(client.diagnostics(doc, version: 1))
        XCTAssertEqual(diagnostics.count, 1, client.transcript())
        let d = diagnostics[0]
        XCTAssertEqual(d["message"] as? String, "cannot add money (RUB) and duration")
        XCTAssertEqual(d["code"] as? String, "unit.cannot-add")
        XCTAssertEqual(d["severity"] as? Int, 1)
        let range = d["range"] as? [String: Any]
        XCTAssertEqual(lineCharacter(range?["start"]), [1, 10])
        XCTAssertEqual(lineCharacter(range?["end"]), [1, 14])
        // The other operand is related information, on the same line.
        let related = d["relatedInformation"] as? [[String: Any]]
        XCTAssertEqual(related?.map { $0["message"] as? String ?? "" }, ["left: money (RUB)", "right: duration"])
        XCTAssertEqual(lineCharacter((related?[1]["location"] as? [String: Any])?["range"]), [1, 17])

        // A name error with did-you-mean: all parse and name errors come at once, nothing runs.
        client.change(doc, "цена = 120 RUB\nвыручка = цна * 2\nx = (1 +\n", version: 2)
        let second = try XCTUnwrap(client.diagnostics(doc, version: 2))
        XCTAssertEqual(second.count, 2, client.transcript())
        XCTAssertEqual(second.map { lineCharacter($0["range"]) }, [[1, 10], [3, 0]])
        XCTAssertTrue((second[0]["message"] as? String ?? "").contains("hint: did you mean 'цена'?"), "\(second[0])")

        // Fixed: the diagnostics go away.
        client.change(doc, "цена = 120 RUB\nвыручка = цена * 2\n", version: 3)
        XCTAssertEqual(client.diagnostics(doc, version: 3)?.count, 0)
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testRuntimeErrorsOfEveryFailingStatement() throws {
        let client = try LSPClient()
        _ = client.initialize()
        let doc = uri("runtime.biz")
        client.open(doc, "a = 10\nb = [1, 2][5]\nc = a * 2\nd = 1 RUB + 1 USD\n")
        let diagnostics = try XCTUnwrap(client.diagnostics(doc, version: 1))
        XCTAssertEqual(diagnostics.map { lineCharacter($0["range"])[0] }, [1, 3], client.transcript())
        // The statements that did not fail still have their values.
        let hints = client.result("textDocument/inlayHint", ["textDocument": ["uri": doc],
                                                            "range": ["start": ["line": 0, "character": 0], "end": ["line": 9, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(hints?.map { $0["label"] as? String ?? "" }, ["= 10", "= 20"])
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testInlayHintsShowEachValueAtTheEndOfItsLine() throws {
        let client = try LSPClient(folder: folder)
        _ = client.initialize()
        let doc = uri("hints.biz")
        let text = """
            price = 120 RUB  # per seat
            revenue = price * 300
            expect revenue == 36000 RUB
            expect revenue > 1M RUB
            fn double(x) = x * 2
            double(revenue)
            export revenue to "out.csv"
            ставка = 12%
            """
        client.open(doc, text)
        let hints = try XCTUnwrap(client.result("textDocument/inlayHint", ["textDocument": ["uri": doc],
                                                "range": ["start": ["line": 0, "character": 0], "end": ["line": 20, "character": 0]]]) as? [[String: Any]])
        let shown = hints.map { "\(lineCharacter($0["position"])) \($0["label"] as? String ?? "")" }
        XCTAssertEqual(shown, [
            "[0, 27] = 120 RUB",
            "[1, 21] = 36,000 RUB",
            "[2, 27] ✓ holds",
            "[3, 23] ✗ fails",
            "[5, 15] = 72,000 RUB",
            "[6, 27] out.csv not written in the editor",
            "[7, 12] = 12%",
        ])
        // Background evaluation never writes.
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.csv").path))
        // A range asks for those lines only.
        let some = client.result("textDocument/inlayHint", ["textDocument": ["uri": doc],
                                 "range": ["start": ["line": 1, "character": 0], "end": ["line": 2, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(some?.map { $0["label"] as? String ?? "" }, ["= 36,000 RUB", "✓ holds"])
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testInlayHintsInRussian() throws {
        let client = try LSPClient(arguments: ["--locale", "ru"])
        _ = client.initialize()
        let doc = uri("ru.biz")
        client.open(doc, "выручка = 1200 RUB * 30\nexpect выручка > 0 RUB\n")
        let hints = client.result("textDocument/inlayHint", ["textDocument": ["uri": doc],
                                  "range": ["start": ["line": 0, "character": 0], "end": ["line": 5, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(hints?.map { $0["label"] as? String ?? "" }, ["= 36 000 ₽", "✓ выполняется"])
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testHoverShowsValueTypeAndFormulaHelpAndFieldMeaning() throws {
        let client = try LSPClient()
        _ = client.initialize()
        let doc = uri("hover.biz")
        client.open(doc, """
            цена = 1200 RUB
            выручка = цена * 30
            x = round(выручка / 7, 2)
            segment smb { size: 20k, churn: 2%/month }
            """)
        func hover(_ line: Int, _ character: Int) -> String? {
            let r = client.result("textDocument/hover", LSPClient.at(doc, line, character)) as? [String: Any]
            return (r?["contents"] as? [String: Any])?["value"] as? String
        }
        let cell = try XCTUnwrap(hover(2, 12))   // `выручка` inside x's formula
        XCTAssertTrue(cell.contains("**выручка**: money (RUB)"), cell)
        XCTAssertTrue(cell.contains("36,000 RUB"), cell)
        XCTAssertTrue(cell.contains("```biz\nвыручка = цена * 30\n```"), cell)
        let range = (client.request("textDocument/hover", LSPClient.at(doc, 2, 12))?["result"] as? [String: Any])?["range"]
        XCTAssertEqual(lineCharacter(range), [2, 10])
        let builtin = try XCTUnwrap(hover(2, 5))   // `round`
        XCTAssertTrue(builtin.contains("round"), builtin)
        let field = try XCTUnwrap(hover(3, 26))   // `churn`
        XCTAssertTrue(field.contains("**field churn of segment**"), field)
        XCTAssertTrue(field.contains("- default:"), field)
        XCTAssertTrue(field.contains("- unit:"), field)
        XCTAssertNil(hover(0, 9))   // a number
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testCompletionByContext() throws {
        let client = try LSPClient(folder: folder)
        _ = client.initialize()
        try "fn helper() = 1\n".write(to: folder.appendingPathComponent("mymod.biz"), atomically: true, encoding: .utf8)
        let doc = uri("complete.biz")
        let clean = "выручка = 100 RUB\nrec = {alpha: 1, beta: 2}\ncomputed = rec with {gamma: 3}\n"
        client.open(doc, clean)
        XCTAssertEqual(client.diagnostics(doc, version: 1)?.count, 0)
        // While typing, the text does not parse: fields of computed values come from the last good run.
        let lines = [
            "вы",                          // 3: names in scope
            "rec.",                        // 4: fields of a record as written
            "computed.",                   // 5: fields of a value as computed
            "segment smb { ch",            // 6: declaration keys
            "use ",                        // 7: modules
        ]
        client.change(doc, clean + lines.joined(separator: "\n") + "\n}\n", version: 2)
        XCTAssertEqual(client.diagnostics(doc, version: 2)?.isEmpty, false)
        func labels(_ line: Int, _ character: Int) -> [String] {
            let r = client.result("textDocument/completion", LSPClient.at(doc, line, character)) as? [String: Any]
            return (r?["items"] as? [[String: Any]])?.compactMap { $0["label"] as? String } ?? []
        }
        XCTAssertEqual(labels(3, 2), ["выручка"])
        XCTAssertEqual(labels(4, 4), ["alpha", "beta"])
        XCTAssertEqual(labels(5, 9), ["alpha", "beta", "gamma"])
        XCTAssertEqual(labels(6, 16), ["churn"])
        let modules = labels(7, 4)
        XCTAssertTrue(modules.contains("finance") && modules.contains("mymod"), "\(modules)")
        XCTAssertFalse(modules.contains("complete"), "a file does not use itself")
        let builtins = labels(3, 0)
        XCTAssertTrue(builtins.contains("round") && builtins.contains("simulate") && builtins.contains("margin") && builtins.contains("given"), "\(builtins.prefix(50))")
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testDefinitionOfCellsParametersAndModules() throws {
        let client = try LSPClient(folder: folder)
        _ = client.initialize()
        try "# helpers\nfn twice(x) = x * 2\n".write(to: folder.appendingPathComponent("helpers.biz"), atomically: true, encoding: .utf8)
        let doc = uri("defs.biz")
        client.open(doc, """
            use helpers
            use finance
            цена = 100 RUB
            fn with_tax(amount) = amount * 1.2
            итог = with_tax(цена) + twice(цена)
            segment smb { size: 100 }
            n = smb.size
            """)
        func definition(_ line: Int, _ character: Int) -> (String, [Int])? {
            guard let r = client.result("textDocument/definition", LSPClient.at(doc, line, character)) as? [String: Any],
                  let uri = r["uri"] as? String else { return nil }
            return (uri, lineCharacter(r["range"]))
        }
        XCTAssertEqual(definition(4, 17)?.1, [2, 0])          // цена
        XCTAssertEqual(definition(4, 8)?.1, [3, 3])           // with_tax
        XCTAssertEqual(definition(3, 23)?.1, [3, 12])         // amount, a parameter
        XCTAssertEqual(definition(6, 5)?.1, [5, 8])           // smb, a declaration
        let helper = try XCTUnwrap(definition(4, 26))         // twice, in helpers.biz
        XCTAssertTrue(helper.0.hasSuffix("/helpers.biz"), helper.0)
        XCTAssertEqual(helper.1, [1, 3])
        let module = try XCTUnwrap(definition(0, 5))
        XCTAssertTrue(module.0.hasSuffix("/helpers.biz"))
        // The standard library is compiled in: a read-only copy to open.
        let finance = try XCTUnwrap(definition(1, 6))
        let path = try XCTUnwrap(URL(string: finance.0)).path
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("fn apr(nominal)"))
        XCTAssertNil(definition(2, 8))   // a number: nothing
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testDocumentSymbols() throws {
        let client = try LSPClient()
        _ = client.initialize()
        let doc = uri("symbols.biz")
        client.open(doc, "use finance\nцена = 100 RUB\nfn f(a, b) = a + b\nsegment smb { size: 100, churn: 2%/month }\nrate USD = 90 RUB\n")
        let symbols = try XCTUnwrap(client.result("textDocument/documentSymbol", ["textDocument": ["uri": doc]]) as? [[String: Any]])
        XCTAssertEqual(symbols.map { $0["name"] as? String ?? "" }, ["use finance", "цена", "f", "smb", "rate USD"])
        XCTAssertEqual(symbols.map { $0["kind"] as? Int ?? 0 }, [2, 13, 12, 23, 14])
        XCTAssertEqual(symbols[2]["detail"] as? String, "(a, b)")
        XCTAssertEqual(symbols[3]["detail"] as? String, "segment")
        XCTAssertEqual((symbols[3]["children"] as? [[String: Any]])?.map { $0["name"] as? String ?? "" }, ["size", "churn"])
        XCTAssertEqual(lineCharacter(symbols[1]["selectionRange"] as? [String: Any]), [1, 0])
        XCTAssertEqual(lineCharacter((symbols[1]["selectionRange"] as? [String: Any])?["end"]), [1, 4])
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testRapidEditsSupersedeTheRunningEvaluation() throws {
        // A long time limit: if the endless first version were not stopped, the test would wait for it.
        let client = try LSPClient(arguments: ["--time-limit", "60", "--max-steps", "1000000000000"])
        _ = client.initialize()
        let doc = uri("rapid.biz")
        client.open(doc, "n = 0\nwhile true { n = n + 1 }\n")
        Thread.sleep(forTimeInterval: 0.5)   // the first evaluation is running
        for v in 2...6 { client.change(doc, "n = 0\nwhile n < \(v) { n = n + 1 }\n" + (v == 6 ? "m = n * 10\n" : "while true { n = 1 }\n"), version: v) }
        let start = Date()
        let final = client.diagnostics(doc, version: 6, timeout: 15)
        XCTAssertEqual(final?.count, 0, client.transcript())
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        let hints = client.result("textDocument/inlayHint", ["textDocument": ["uri": doc],
                                  "range": ["start": ["line": 0, "character": 0], "end": ["line": 5, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(hints?.map { $0["label"] as? String ?? "" }, ["= 0", "= 60"])
        // Superseded versions published nothing.
        let published = client.messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
        XCTAssertEqual(published.compactMap { ($0["params"] as? [String: Any])?["version"] as? Int }, [6])
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testHostileFilesGetDiagnosticsNotHangs() throws {
        let client = try LSPClient(arguments: ["--time-limit", "2", "--max-steps", "1000000000000"])
        _ = client.initialize()
        let endless = uri("endless.biz")
        client.open(endless, "a = 1\nwhile true { a = 2 }\nb = 3\n")
        let stopped = try XCTUnwrap(client.diagnostics(endless, version: 1, timeout: 15))
        XCTAssertEqual(stopped.count, 1)
        XCTAssertEqual(stopped.first?["message"] as? String, "evaluation took longer than 2 s; the lines after this one show no values")
        XCTAssertEqual(lineCharacter(stopped.first?["range"]), [1, 0])
        // The lines before it keep their values; hover still answers.
        let hints = client.result("textDocument/inlayHint", ["textDocument": ["uri": endless],
                                  "range": ["start": ["line": 0, "character": 0], "end": ["line": 5, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(hints?.map { $0["label"] as? String ?? "" }, ["= 1"])

        // The step limit: the interpreter's own diagnostic.
        let steps = try LSPClient(arguments: ["--max-steps", "5000"])
        _ = steps.initialize()
        steps.open(endless, "a = 1\nwhile true { a = 2 }\n")
        let limit = try XCTUnwrap(steps.diagnostics(endless, version: 1))
        XCTAssertEqual(limit.first?["code"] as? String, "limit.steps")
        // A long file: every line gets its value well within the time limit.
        let long = uri("long.biz")
        steps.open(long, (0..<5000).map { "x\($0) = \($0) * 2 RUB" }.joined(separator: "\n") + "\n")
        XCTAssertEqual(steps.diagnostics(long, version: 1, timeout: 30)?.count, 0)
        let all = steps.result("textDocument/inlayHint", ["textDocument": ["uri": long],
                                "range": ["start": ["line": 0, "character": 0], "end": ["line": 5000, "character": 0]]]) as? [[String: Any]]
        XCTAssertEqual(all?.count, 5000)
        XCTAssertEqual(all?.last?["label"] as? String, "= 9,998 RUB")

        XCTAssertEqual(steps.shutdown(), 0)

        // Deep nesting and binary junk: parse errors, the server goes on.
        let junk = uri("junk.biz")
        client.open(junk, String(repeating: "(", count: 100_000) + "\n\u{0}\u{1}\u{7F}garbage = = =\n")
        let parse = try XCTUnwrap(client.diagnostics(junk, version: 1, timeout: 20))
        XCTAssertFalse(parse.isEmpty)
        XCTAssertNotNil(client.result("textDocument/documentSymbol", ["textDocument": ["uri": junk]]))
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testAnEvaluationThatCrashesDoesNotKillTheServer() throws {
        // An evaluator that dies at once, as a crash would.
        let client = try LSPClient(arguments: ["--evaluator", "/bin/false"])
        _ = client.initialize()
        let doc = uri("crash.biz")
        client.open(doc, "a = 1\n")
        let d = try XCTUnwrap(client.diagnostics(doc, version: 1))
        XCTAssertEqual(d.first?["message"] as? String, "evaluation stopped unexpectedly; the lines after this one show no values")
        XCTAssertNotNil(client.result("textDocument/hover", LSPClient.at(doc, 0, 0)))
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testFormattingIsOneEditOfTheWholeDocument() throws {
        let client = try LSPClient()
        let caps = client.initialize()?["capabilities"] as? [String: Any]
        XCTAssertEqual(caps?["documentFormattingProvider"] as? Bool, true)
        let doc = uri("fmt.biz")
        client.open(doc, "цена=100 RUB\nx = [ 1,2 ]\n")
        let params: [String: Any] = ["textDocument": ["uri": doc], "options": ["tabSize": 2, "insertSpaces": true]]
        let edits = try XCTUnwrap(client.result("textDocument/formatting", params) as? [[String: Any]])
        XCTAssertEqual(edits.count, 1)
        XCTAssertEqual(edits.first?["newText"] as? String, "цена = 100 RUB\nx = [1, 2]\n")
        XCTAssertEqual(lineCharacter((edits.first?["range"] as? [String: Any])?["end"]), [2, 0])
        client.change(doc, "цена = 100 RUB\n", version: 2)
        XCTAssertEqual((client.result("textDocument/formatting", params) as? [Any])?.count, 0, "already formatted")
        client.change(doc, "x = (1 +\n", version: 3)
        XCTAssertEqual((client.result("textDocument/formatting", params) as? [Any])?.count, 0, "a broken text is not touched")
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testAMissingEvaluatorIsADiagnosticToo() throws {
        let client = try LSPClient(arguments: ["--evaluator", "/nonexistent/biz"])
        _ = client.initialize()
        let doc = uri("missing.biz")
        client.open(doc, "a = 1\n")
        XCTAssertEqual(client.diagnostics(doc, version: 1)?.first?["message"] as? String,
                       "evaluation stopped unexpectedly; the lines after this one show no values")
        XCTAssertEqual(client.shutdown(), 0)
    }

    func testModuleErrorsPointAtTheUseLine() throws {
        let client = try LSPClient(folder: folder)
        _ = client.initialize()
        try "x = 1\ny = [1][3]\n".write(to: folder.appendingPathComponent("broken.biz"), atomically: true, encoding: .utf8)
        let doc = uri("main.biz")
        client.open(doc, "a = 1\nuse broken\n")
        let d = try XCTUnwrap(client.diagnostics(doc, version: 1))
        XCTAssertEqual(d.count, 1, client.transcript())
        XCTAssertEqual(lineCharacter(d.first?["range"]), [1, 4])
        XCTAssertTrue((d.first?["message"] as? String ?? "").hasPrefix(folder.appendingPathComponent("broken.biz").path + ": "), "\(d)")
        XCTAssertEqual(client.shutdown(), 0)
    }
}
