// The editor files under editors/: VS Code's extension folder is valid and
// complete, its grammar's patterns compile and know every word the language
// reserves or treats specially (so the grammar cannot fall behind the
// lexer), and Emacs's mode loads and starts eglot with `biz lsp`.

import BizLang
import BizREPL
import Foundation
import XCTest

final class EditorFilesTests: XCTestCase {
    let editors = LSPClient.root.appendingPathComponent("editors")

    func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: editors.appendingPathComponent(path))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], path)
    }

    func testVSCodeExtensionNeedsNoPackagesAndPointsAtItsFiles() throws {
        let package = try json("vscode/package.json")
        XCTAssertNil(package["dependencies"])
        XCTAssertNil(package["main"], "grammar and configuration only: no code to run")
        let contributes = try XCTUnwrap(package["contributes"] as? [String: Any])
        let language = try XCTUnwrap((contributes["languages"] as? [[String: Any]])?.first)
        XCTAssertEqual(language["extensions"] as? [String], [".biz"])
        let grammar = try XCTUnwrap((contributes["grammars"] as? [[String: Any]])?.first)
        XCTAssertEqual(grammar["scopeName"] as? String, "source.biz")
        for path in [language["configuration"], grammar["path"]].compactMap({ $0 as? String }) {
            XCTAssertTrue(FileManager.default.fileExists(atPath: editors.appendingPathComponent("vscode").appendingPathComponent(path).path), path)
        }
        let configuration = try json("vscode/language-configuration.json")
        XCTAssertEqual((configuration["comments"] as? [String: Any])?["lineComment"] as? String, "#")
    }

    /// Every regular expression of the grammar, with its scope name.
    func patterns() throws -> [(scope: String, regex: NSRegularExpression)] {
        var out: [(String, NSRegularExpression)] = []
        func visit(_ node: Any, scope: String) throws {
            if let list = node as? [Any] { for x in list { try visit(x, scope: scope) } }
            guard let o = node as? [String: Any] else { return }
            // A pattern's scope: its name, else its first capture's.
            let firstCapture = ((o["captures"] ?? o["beginCaptures"]) as? [String: Any])?["1"] as? [String: Any]
            let scope = o["name"] as? String ?? firstCapture?["name"] as? String ?? scope
            for key in ["match", "begin", "end"] {
                if let source = o[key] as? String { out.append((scope, try NSRegularExpression(pattern: source, options: [.anchorsMatchLines]))) }
            }
            for (key, value) in o where key != "match" && key != "begin" && key != "end" { try visit(value, scope: scope) }
        }
        try visit(try json("vscode/syntaxes/biz.tmLanguage.json"), scope: "")
        return out
    }

    func testGrammarPatternsCompileAndKnowEveryKeyword() throws {
        let all = try patterns()
        XCTAssertGreaterThan(all.count, 15)
        func scopes(matching text: String, wholeWord word: String) -> [String] {
            all.filter { p in
                let r = p.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                return r?.range.location == 0 && (r.map { Range($0.range, in: text).map { String(text[$0]) } ?? "" } ?? "").hasPrefix(word)
            }.map(\.scope)
        }
        for word in Keyword.allCases.map(\.rawValue) + EditorHelp.contextualWords {
            let found = scopes(matching: word + " ", wholeWord: word)
            XCTAssertFalse(found.filter { !$0.hasPrefix("variable") && !$0.hasPrefix("entity.name.function.call") }.isEmpty, "the grammar does not know \(word)")
        }
        XCTAssertTrue(scopes(matching: "# a comment", wholeWord: "# a comment").contains("comment.line.number-sign.biz"))
        XCTAssertTrue(scopes(matching: "1.5k", wholeWord: "1.5k").contains("constant.numeric.biz"))
        XCTAssertTrue(scopes(matching: "RUB", wholeWord: "RUB").contains("support.constant.currency.biz"))
        XCTAssertTrue(scopes(matching: "выручка = 1", wholeWord: "выручка").contains("variable.other.definition.biz"))
        XCTAssertTrue(scopes(matching: "месяцев", wholeWord: "месяцев").contains("support.type.period.biz"))
        XCTAssertFalse(scopes(matching: "месяцевx", wholeWord: "месяцев").contains("support.type.period.biz"), "a period word is a whole word")
    }

    func testEmacsModeLoadsAndStartsBizLSP() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/emacs") else { throw XCTSkip("emacs is not installed") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/emacs")
        // Eglot is built into Emacs 29; on older ones a stand-in shows what the mode registers.
        let before = "(unless (require 'eglot nil t) (defvar eglot-server-programs nil) (provide 'eglot))"
        let elisp = """
            (with-temp-buffer
              (setq buffer-file-name "/tmp/biz-mode-test.biz")
              (set-auto-mode)
              (insert "segment smb { size: 1 }\\nfn twice(x) = x * 2 # note\\n")
              (font-lock-ensure)
              (princ (format "%s %S %s %s %s %s" major-mode (assoc 'biz-mode eglot-server-programs)
                             (get-text-property 1 'face) (get-text-property 10 'face)
                             (get-text-property 28 'face) (get-text-property 46 'face))))
            """
        p.arguments = ["--batch", "-Q", "--eval", before, "-l", editors.appendingPathComponent("emacs/biz-mode.el").path, "--eval", elisp]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(text, "biz-mode (biz-mode \"biz\" \"lsp\") font-lock-type-face font-lock-variable-name-face font-lock-function-name-face font-lock-comment-delimiter-face")
    }
}
