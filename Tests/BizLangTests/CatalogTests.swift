import XCTest
import BizFormat
@testable import BizLang

/// The message catalog: every message has a stable id and agreeing texts in
/// every language (a missing language does not compile: see MessageKind).
final class CatalogTests: XCTestCase {
    func testIdsAreStableUniqueAndDotted() {
        var seen = Set<String>()
        for kind in Catalog.all {
            XCTAssertTrue(seen.insert(kind.id).inserted, "duplicate id \(kind.id)")
            XCTAssertNotNil(kind.id.wholeMatch(of: /[a-z]+(\.[a-z0-9-]+)+/), "id \(kind.id) is not dotted lower-case")
        }
        XCTAssertGreaterThan(seen.count, 0)
    }

    func testEveryLanguageHasTheTextWithTheSamePlaceholders() {
        for kind in Catalog.all {
            let (en, ru) = kind.texts
            XCTAssertFalse(en.isEmpty, "\(kind.id) has no English text")
            XCTAssertFalse(ru.isEmpty, "\(kind.id) has no Russian text")
            XCTAssertEqual(MessageTemplate.placeholders(en), MessageTemplate.placeholders(ru), kind.id)
            if kind.id != CommonText.verbatim.id {
                // A Russian text that is the English one was not translated.
                XCTAssertNotEqual(en, ru, "\(kind.id) is not translated")
            }
        }
    }

    func testTemplatesExpandArgumentsAndPlurals() {
        let args: [MessageArgument] = [.number(5), .code("price")]
        XCTAssertEqual(MessageTemplate.expand("{2} for {1} {1|month|months}", arguments: args, locale: .en), "price for 5 months")
        XCTAssertEqual(MessageTemplate.expand("{2} на {1} {1|месяц|месяца|месяцев}", arguments: args, locale: .ru),
                       "price на 5 месяцев")
        for (n, form) in [(1.0, "клиент"), (2, "клиента"), (11, "клиентов"), (21, "клиент"), (1.5, "клиента"), (1234, "клиента")] {
            XCTAssertEqual(MessageTemplate.expand("{1|клиент|клиента|клиентов}", arguments: [.number(n)], locale: .ru), form, "\(n)")
        }
        XCTAssertEqual(MessageTemplate.expand("{1} {1|month|months}", arguments: [.number(1)], locale: .en), "1 month")
        XCTAssertEqual(MessageTemplate.expand("{1}", arguments: [.number(12345.5)], locale: .ru), "12 345,5")
        XCTAssertEqual(MessageTemplate.expand("{{literal}} {3}", arguments: args, locale: .en), "{literal}} {3}")
        // A brace that opens no placeholder is kept as written.
        XCTAssertEqual(MessageTemplate.expand("a { b", arguments: args, locale: .en), "a { b")
        XCTAssertEqual(MessageTemplate.expand("x {y} {2}", arguments: args, locale: .en), "x {y} price")
    }

    func testNestedMessagesRenderInTheirParentsLanguage() {
        let inner = Message(CommonText.verbatim, "x")
        let outer = Message(CommonText.verbatim, inner)
        XCTAssertEqual(outer.render(.ru), "x")
        XCTAssertTrue(Message.verbatim("").isEmpty)
        XCTAssertFalse(Message.verbatim("a").isEmpty)
    }

    func testInterfaceLanguageFromTheEnvironment() {
        func locale(_ env: [String: String]) -> OutputLocale { OutputLocale.fromEnvironment { env[$0] } }
        XCTAssertEqual(locale([:]), .en)
        XCTAssertEqual(locale(["LANG": "ru_RU.UTF-8"]), .ru)
        XCTAssertEqual(locale(["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"]), .en)
        XCTAssertEqual(locale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU"]), .ru)
        XCTAssertEqual(locale(["LC_ALL": "", "LANG": "ru"]), .ru)
        XCTAssertEqual(locale(["LANG": "C.UTF-8"]), .en)
    }
}
