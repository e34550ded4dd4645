import XCTest
import BizFormat
@testable import BizLang

/// The syntax, unit, runtime, builtin and type-name families (issue 10):
/// every template expands fully in both languages, type names are
/// translated while `type(x)` stays English, and diagnostics render in the
/// language they are shown in.
final class MessageFamiliesTests: XCTestCase {
    static let families: [[any MessageKind]] = [
        TypeText.allCases, SyntaxText.allCases, UnitText.allCases, RuntimeText.allCases,
        BuiltinText.allCases, ModuleText.allCases,
    ]

    /// A literal `{` must be written `{{`; a stray one would swallow the
    /// placeholders after it and leave `{1}` in the text.
    func testEveryTemplateExpandsAllItsPlaceholders() {
        let args: [MessageArgument] = (1...5).map { .code("A\($0)") }
        for kind in Self.families.flatMap({ $0 }) {
            for locale in [OutputLocale.en, .ru] {
                let text = Message(kind, arguments: args).render(locale)
                XCTAssertNil(text.firstMatch(of: /\{[0-9]/), "\(kind.id) in \(locale): \(text)")
                for n in MessageTemplate.placeholders(locale == .en ? kind.texts.en : kind.texts.ru) {
                    XCTAssertTrue(text.contains("A\(n)"), "\(kind.id) in \(locale) drops argument \(n): \(text)")
                }
            }
        }
    }

    func testTypeNamesAreTranslatedAndTypeStaysEnglish() {
        let cases: [(Value, String, String)] = [
            (.money(1, .rub), "money (RUB)", "деньги (RUB)"),
            (.num(1, .duration), "duration", "длительность"),
            (.num(1, Dim.money(.rub).per(.month)), "money rate (RUB per month)", "денежный поток (RUB в месяц)"),
            (.num(1, Dim.percent.per(.year)), "percent rate (per year)", "процент в год"),
            (.num(1, Dim.number.per(.week)), "count rate (per week)", "количество в неделю"),
            (.list([]), "list", "список"),
            (.str(""), "string", "строка"),
            (.dist(SampleSet(samples: [1, 2], dim: .money(.rub))), "distribution of money (RUB)", "распределение денег (RUB)"),
        ]
        for (v, en, ru) in cases {
            XCTAssertEqual(v.typeName, en)
            XCTAssertEqual(v.typeText.render(.en), en)
            XCTAssertEqual(v.typeText.render(.ru), ru)
        }
        XCTAssertEqual(evalText("type(120 RUB)", locale: .ru), "money (RUB)")
    }

    private func ru(_ text: String) -> String {
        errors(text).map { $0.render(locale: .ru) }.joined()
    }

    func testDiagnosticsRenderInRussian() {
        let unit = ru("120 RUB + 3 months")
        XCTAssertTrue(unit.contains("error: нельзя сложить деньги (RUB) и длительность"), unit)
        XCTAssertTrue(unit.contains("note: слева: деньги (RUB)"), unit)
        XCTAssertTrue(unit.contains("note: справа: длительность"), unit)
        XCTAssertTrue(ru("100 RUB - 5 months").contains("нельзя вычесть длительность из денег (RUB)"))
        let hint = ru("1500 + 20 RUB")
        XCTAssertTrue(hint.contains("hint: возможно, 1500 RUB?"), hint)
        XCTAssertTrue(ru("1 / 0").contains("error: деление на ноль"))
        XCTAssertTrue(ru("[1, 2][5]").contains("индекс 5 вне диапазона 0…1"))
        let name = ru("prise = 3\nprice")
        XCTAssertTrue(name.contains("error: неизвестное имя 'price'") && name.contains("hint: возможно, 'prise'?"), name)
        XCTAssertTrue(ru("if 1 > 0 2").contains("после условия ожидалось 'then' или '{', а здесь число"))
        XCTAssertTrue(ru("round(\"a\")").contains("round требует число, а здесь строка"))
        XCTAssertTrue(ru("fn f(a, b) = a; f(1, 2, 3)").contains("f принимает 2 аргумента, а не 3"))
        // English stays as it was.
        XCTAssertTrue(errors("fn f(a) = a; f(1, 2)").first?.message == "f takes 1 argument, not 2")
        XCTAssertEqual(errors("if 1 > 0 2")[0].message, "expected 'then' or '{' after the condition, found a number")
    }
}

extension MessageFamiliesTests {
    func testStepLimitInRussian() {
        var settings = Settings()
        settings.maxSteps = 1_000
        let rt = Interpreter(settings: settings)
        let d = errors("while true { 1 }", in: rt)
        XCTAssertEqual(d.first?.text.render(.ru), "вычисление заняло больше 1000 шагов")
        XCTAssertEqual(d.first?.hintTexts.first?.render(.ru), "нет ли здесь бесконечного цикла?")
        XCTAssertEqual(d.first?.message, "evaluation took more than 1000 steps")
    }
}
