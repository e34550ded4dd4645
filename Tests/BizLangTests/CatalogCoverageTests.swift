import XCTest

/// Every text a user reads goes through the message catalog (issue 10): no
/// diagnostic, hint or command message is written as a bare English string
/// literal in the sources. Files still being moved to the catalog are listed
/// below; a file leaves the list when its last literal goes (the test fails
/// if a listed file has none left, so the list only shrinks).
final class CatalogCoverageTests: XCTestCase {
    static let notYetInCatalog: Set<String> = [
        "BizREPL/Lessons/Learn.swift",
    ]

    /// A string literal handed straight to something that shows it to a person.
    static var literalMessage: Regex<Substring> {
        /BizError\.at\([^")]*,\s*"|Diagnostic\("|hint: "|\.fail\("|[^a-zA-Z]error\("|commandError\("/
    }

    func testNoUserTextOutsideTheCatalog() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var stillListed = Self.notYetInCatalog
        for module in ["BizLang", "BizREPL", "BizServe", "biz"] {
            let folder = root.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let name = module + "/" + file
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let pattern = Self.literalMessage
                let literals = text.split(separator: "\n").enumerated().filter { $0.element.contains(pattern) }
                if Self.notYetInCatalog.contains(name) {
                    if !literals.isEmpty { stillListed.remove(name) }
                } else {
                    for (n, line) in literals {
                        XCTFail("\(name):\(n + 1): a user-facing text outside the catalog: \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        XCTAssertEqual(stillListed, [], "these files have no literal left: remove them from notYetInCatalog")
    }
}
