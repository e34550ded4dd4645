// The REPL's command messages in the interface language (issue 10 item 1):
// the texts come from the catalog; `error:` and `hint:` stay English.

import BizFormat
import BizLang
import XCTest
@testable import BizREPL

final class REPLMessagesTests: XCTestCase {
    func session(_ locale: OutputLocale) -> BizSession {
        var settings = Settings()
        settings.color = false
        settings.locale = locale
        let s = BizSession(settings: settings)
        s.interpreter.output = { _ in }
        return s
    }

    func testCommandMessagesInRussian() {
        let s = session(.ru)
        XCTAssertEqual(text(s.evaluate(":seed x")), "error: зерно должно быть целым числом ≥ 0, а не 'x'")
        XCTAssertEqual(text(s.evaluate(":seedd 3")), "error: неизвестная команда ':seedd'\nhint: возможно, :seed?")
        XCTAssertEqual(text(s.evaluate(":load")), "error: не хватает аргумента\nhint: как писать: :load FILE.biz")
        XCTAssertEqual(text(s.evaluate(":samples 5")), "выборок 5")
        XCTAssertEqual(text(s.evaluate(":locale xx")), "error: неизвестный язык 'xx'\nhint: пишите :locale en или :locale ru")
        XCTAssertEqual(text(s.evaluate(":cells")), "ячеек пока нет: задайте одну, например price = 100 RUB")
        _ = s.evaluate("price = 100 RUB")
        XCTAssertTrue(text(s.evaluate(":cells")).hasPrefix("ячейка"), text(s.evaluate(":cells")))
        XCTAssertEqual(text(s.evaluate("help")), "Справка — :help, выход — :quit или Ctrl-D.")
        XCTAssertEqual(text(s.evaluate(":reset")), "сеанс очищен: ячеек нет")
        XCTAssertEqual(text(s.evaluate(":type 1 + 1")), text(session(.en).evaluate(":type 1 + 1")))
    }

    func testCommandMessagesInEnglishAndSwitching() {
        let s = session(.en)
        XCTAssertEqual(text(s.evaluate(":seed x")), "error: the seed must be a whole number ≥ 0, not 'x'")
        XCTAssertEqual(text(s.evaluate(":load nowhere.biz")), "error: cannot read nowhere.biz")
        XCTAssertEqual(text(s.evaluate(":locale ru")), "язык ru")
        XCTAssertEqual(text(s.evaluate(":load nowhere.biz")), "error: не удалось прочитать nowhere.biz")
        XCTAssertEqual(text(s.evaluate(":locale en")), "locale en")
    }

    func testPluralsAndWelcome() {
        XCTAssertEqual(Message(ReplText.loaded, "a.biz", 5).render(.ru), "загружен a.biz: 5 новых ячеек")
        XCTAssertEqual(Message(ReplText.loaded, "a.biz", 2).render(.ru), "загружен a.biz: 2 новые ячейки")
        XCTAssertEqual(Message(ReplText.loaded, "a.biz", 1).render(.en), "loaded a.biz: 1 new cell")
        XCTAssertEqual(Message(ReplText.saved, "s.biz", 3).render(.ru), "в s.biz сохранены 3 инструкции; запуск: biz s.biz")
        var settings = Settings()
        settings.color = false
        settings.locale = .ru
        XCTAssertEqual(REPL(settings: settings, version: "1.0").welcome,
                       "Biz 1.0 — таблица, которую пишут словами. :help — справка, Tab дополняет, Ctrl-D — выход.")
    }
}
