import XCTest
@testable import BizLang

/// LANGUAGE.md §2 v1.1: Russian money and period words, in every locale, and
/// what `--locale ru` prints parses back once grouping and the decimal comma
/// are written the plain way.
final class RussianInputTests: XCTestCase {
    func testRussianMoneyAndPeriodWords() {
        XCTAssertEqual(evalText("500 ₽"), "500 RUB")
        XCTAssertEqual(evalText("500 руб + 3 RUB"), "503 RUB")
        XCTAssertEqual(evalText("500 руб. * 2"), "1,000 RUB")
        XCTAssertEqual(evalText("1 месяц + 2 месяца + 5 месяцев + 3 мес."), "11 months")
        XCTAssertEqual(evalText("1 год + 2 года + 5 лет"), "96 months")
        XCTAssertEqual(evalText("1 квартал + 2 квартала + 5 кварталов + 1 кв."), "27 months")
        XCTAssertEqual(evalText("1 неделя + 3 недели + 48 недель + 0 нед."), "12 months")
        XCTAssertEqual(evalText("100 ₽/мес. * 3 месяца"), "300 RUB")
        XCTAssertEqual(evalText("1200 руб/год in month"), "100 RUB/month")
        XCTAssertEqual(evalText("12%/год"), "12%/year")
        XCTAssertEqual(evalText("rate USD = 63.30 ₽; 2 USD in ₽"), "126.60 RUB")
        XCTAssertEqual(evalText("rate USD = 63.30 руб; 2 USD in руб"), "126.60 RUB")
        // A plural after `/` divides by a name, as in English (`x / months`).
        XCTAssertEqual(evalText("лет = 4; 100 / лет"), "25")
    }

    func testRussianUnitErrorIsAnError() {
        let text = evalText("500 ₽ + 3 месяца")
        XCTAssertTrue(text.contains("error: cannot add money (RUB) and duration"), text)
    }

    func testRussianDurationsAgreeWithTheNumber() {
        let rt = Interpreter()
        for (text, shown) in [("1 month", "1 месяц"), ("3 months", "3 месяца"), ("5 months", "5 месяцев"),
                              ("11 months", "11 месяцев"), ("21 months", "21 месяц"), ("22 months", "22 месяца"),
                              ("1.5 months", "1,5 месяца"), ("0 months", "0 месяцев"), ("112 months", "112 месяцев")] {
            XCTAssertEqual(evalText(text, in: rt, locale: .ru), shown, text)
        }
    }

    /// Money, percents, durations and rates printed in ru, with the digit
    /// grouping and the decimal comma written the plain way, evaluate to a
    /// value that prints the same.
    func testWhatRussianPrintsParsesBack() {
        var rng = SystemRandomNumberGenerator()
        let units = ["RUB", "USD", "%", "months", "RUB/month", "%/month", "/week", "RUB/year", "%/quarter", ""]
        for _ in 0..<400 {
            let magnitude = pow(10, Double.random(in: -2...9, using: &rng))
            let sign = Bool.random(using: &rng) ? -1.0 : 1.0
            let x = (sign * magnitude * 100).rounded() / 100
            let unit = units.randomElement(using: &rng) ?? ""
            let source = unit.hasPrefix("%") || unit.hasPrefix("/") || unit.isEmpty ? "\(x)\(unit)" : "\(x) \(unit)"
            let rt = Interpreter()
            let printed = evalText(source, in: rt, locale: .ru)
            XCTAssertFalse(printed.contains("error"), "\(source) → \(printed)")
            let plain = printed.replacingOccurrences(of: " ", with: "", options: [], range: nil)
            // Put back the space before a unit word or sign that the grouping removal glued on.
            var back = ""
            for ch in plain {
                if ch == "," { back.append(".") } else {
                    if let last = back.last, last.isNumber, !(ch.isNumber || ch == "." || ch == "%" || ch == "/" || ch == "e" || ch == "-" || ch == "+") { back.append(" ") }
                    back.append(ch)
                }
            }
            let again = evalText(back, in: Interpreter(), locale: .ru)
            XCTAssertEqual(again, printed, "\(source) printed \(printed), read back as \(back)")
        }
    }
}
