// Issue 10 item 5: `:help` explains the model. Every declaration field (the
// field schema), every run series (BizCore's names) and every builtin and
// standard-library function has a help entry in English and in Russian;
// and the acceptance topics answer in both languages, in the REPL and
// through `biz help`.

import BizCore
import BizFormat
import Foundation
import XCTest
@testable import BizLang
@testable import BizREPL

final class HelpCoverageTests: XCTestCase {
    func translated(_ text: Bilingual, _ what: String) {
        XCTAssertFalse(text.en.isEmpty, "\(what) has no English")
        XCTAssertFalse(text.ru.isEmpty, "\(what) has no Russian")
        XCTAssertNotEqual(text.en, text.ru, "\(what) is not translated")
        XCTAssertNotNil(text.ru.range(of: "[а-яё]", options: .regularExpression), "\(what): Russian without Cyrillic")
    }

    func testEveryTopicIsInBothLanguages() {
        for topic in HelpTopics.all + HelpTopics.functions {
            translated(topic.text, "help \(topic.name)")
            XCTAssertFalse(topic.summary.ru.isEmpty, "help \(topic.name) summary")
            XCTAssertFalse(topic.examples.isEmpty, "help \(topic.name) has no example")
        }
        XCTAssertEqual(Set(HelpTopics.names).count, HelpTopics.names.count, "duplicate topic names")
    }

    func testEveryDeclarationFieldHasHelp() {
        let kinds: [ModelObject.Kind] = [.market, .band, .segment, .competitor, .strategy, .company]
        for kind in kinds {
            guard let topic = HelpTopics.all.first(where: { $0.name == kind.rawValue }) else {
                XCTFail("no :help \(kind.rawValue)"); continue
            }
            let schema = Schema.fields(kind).map(\.name)
            XCTAssertEqual(topic.fields.map(\.name), schema, "fields of :help \(kind.rawValue) follow the schema")
            for f in topic.fields {
                translated(f.meaning, "\(kind.rawValue).\(f.name) meaning")
                XCTAssertFalse(f.unit.en.isEmpty || f.unit.ru.isEmpty, "\(kind.rawValue).\(f.name) unit")
                XCTAssertFalse(f.defaultValue.en.isEmpty || f.defaultValue.ru.isEmpty, "\(kind.rawValue).\(f.name) default")
            }
            XCTAssertTrue(topic.examples.contains { $0.code.hasPrefix(kind.rawValue) }, "\(kind.rawValue): an example declares one")
        }
        XCTAssertNotNil(HelpTopics.all.first { $0.name == "rate" })
    }

    func testEveryRunSeriesHasATopic() {
        for name in SeriesSet.names {
            guard let topic = HelpTopics.all.first(where: { $0.name == name }) else { XCTFail("no :help \(name)"); continue }
            XCTAssertEqual(topic.group, .series, name)
            translated(topic.text, "series \(name)")
        }
    }

    /// Every builtin, and every `fn` of the standard library (prelude and
    /// modules), has a line in both languages.
    func testEveryFunctionHasHelp() throws {
        var names = Set(Interpreter.builtinNames.map(\.name) + Interpreter.financeLibraryNames + Interpreter.preludeBuiltinNames)
        let stdlib = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("stdlib")
        for file in try FileManager.default.contentsOfDirectory(atPath: stdlib.path) where file.hasSuffix(".biz") {
            let text = try String(contentsOf: stdlib.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("fn ") {
                names.insert(String(line.dropFirst(3).prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
            }
        }
        XCTAssertGreaterThan(names.count, 40)
        for name in names.sorted() {
            guard let line = HelpFunctionLines.line(name) else { XCTFail("no help line for the function \(name)"); continue }
            translated(line, "function \(name)")
        }
    }

    func help(_ argument: String, _ locale: OutputLocale) -> String {
        var settings = Settings()
        settings.color = false
        settings.locale = locale
        let session = BizSession(settings: settings)
        guard case .output(let text) = session.evaluate(":help " + argument) else { XCTFail(argument); return "" }
        return text
    }

    func testAcceptanceTopicsAnswerInBothLanguages() {
        let segment = help("segment", .en)
        XCTAssertTrue(segment.hasPrefix("segment — a group of customers"), segment)
        XCTAssertTrue(segment.contains("switching") && segment.contains("default: 10%/month"), segment)
        XCTAssertTrue(segment.contains("unit: a count (20k) · default: required, > 0"), segment)
        let сегмент = help("segment", .ru)
        XCTAssertTrue(сегмент.hasPrefix("segment — группа покупателей"), сегмент)
        XCTAssertTrue(сегмент.contains("по умолчанию: 10%/month"), сегмент)
        XCTAssertTrue(сегмент.contains("Поля:"), сегмент)

        XCTAssertTrue(help("pushed", .en).contains("pushed_tenure"))
        XCTAssertTrue(help("pushed", .en).hasPrefix("pushed — our customers won by pressure"), help("pushed", .en))
        XCTAssertTrue(help("pushed", .ru).hasPrefix("pushed — наши покупатели, «дожатые»"), help("pushed", .ru))
        XCTAssertTrue(help("tornado", .en).contains("largest swing first"))
        XCTAssertTrue(help("tornado", .ru).contains("от самого сильного"))
        // Examples show Russian number format in Russian.
        XCTAssertTrue(help("numbers", .ru).contains("=> 10 000"), help("numbers", .ru))
        XCTAssertTrue(help("numbers", .en).contains("=> 10,000"))
    }

    func testFunctionHelpShowsItsLine() {
        XCTAssertTrue(help("sqrt", .en).contains("the square root"), help("sqrt", .en))
        XCTAssertTrue(help("sqrt", .ru).contains("квадратный корень"), help("sqrt", .ru))
        XCTAssertTrue(help("sqrt", .ru).contains("встроенная функция"))
        XCTAssertTrue(help("margin", .ru).contains("доля цены, которая остаётся после затрат"), help("margin", .ru))
        let rate = help("rate", .ru)
        XCTAssertTrue(rate.hasPrefix("rate — курс валюты") && rate.contains("rate — rate(nper, pmt, pv"), rate)
        // stress is both a topic and a builtin: the topic, with the line.
        XCTAssertTrue(help("stress", .en).contains("stress(subject, price, to, at) — who stays"), help("stress", .en))
    }

    func testIndexAndUnknownInRussian() {
        let index = help("", .ru)
        XCTAssertTrue(index.contains("Темы (:help ТЕМА):"), index)
        XCTAssertTrue(index.contains("Команды:") && index.contains("все ячейки со значениями и типами"), index)
        XCTAssertTrue(index.contains("ряды (:help ИМЯ): customers, fit, pushed"), index)
        XCTAssertEqual(help("giveen", .ru), "Справки по 'giveen' нет. Возможно, 'given'? Список тем — :help.")
    }

    func testCommandLineHelpIsTheSameTopic() {
        var settings = Settings()
        settings.color = false
        settings.locale = .ru
        XCTAssertEqual(CommandLineHelp.help(on: "pushed", settings: settings), help("pushed", .ru))
        settings.locale = .en
        XCTAssertEqual(CommandLineHelp.help(on: "segment", settings: settings), help("segment", .en))
    }
}
