import XCTest
@testable import BizFormat

final class NumberFormatTests: XCTestCase {
    private func check(_ x: Double, _ en: String, _ ru: String, line: UInt = #line) {
        XCTAssertEqual(formatNumber(x, locale: .en), en, line: line)
        XCTAssertEqual(formatNumber(x, locale: .ru), ru, line: line)
    }

    func testIntegersHaveNoDecimals() {
        check(0, "0", "0")
        check(7, "7", "7")
        check(100, "100", "100")
        check(-42, "-42", "-42")
    }

    func testNegativeZeroIsZero() {
        check(-0.0, "0", "0")
    }

    func testThousandsSeparators() {
        check(1234567.5, "1,234,567.5", "1 234 567,5")
        check(1000, "1,000", "1 000")
        check(-12000, "-12,000", "-12 000")
        check(999, "999", "999")
    }

    func testNoFloatNoise() {
        check(0.1 + 0.2, "0.3", "0,3")
        check(1.0 / 3, "0.3333333333", "0,3333333333")
        check(2.0 / 3, "0.6666666667", "0,6666666667")
        check(1.1 * 1.1, "1.21", "1,21")
    }

    func testTenSignificantDigitsWithCarry() {
        check(999.9999999999, "1,000", "1 000")
        check(9.99999999951, "10", "10")
        check(0.000123456789012, "0.000123456789", "0,000123456789")
    }

    // §8: below 1e15 every integer digit prints; decimals fill up to 10
    // significant digits, and a number of 9+ integer digits keeps one.
    func testEveryIntegerDigitBelow1e15() {
        check(12345678901, "12,345,678,901", "12 345 678 901")
        check(-12345678901.5, "-12,345,678,901.5", "-12 345 678 901,5")
        check(123456789012.345, "123,456,789,012.3", "123 456 789 012,3")
        check(12345678901.04, "12,345,678,901", "12 345 678 901")
        check(123456789.55, "123,456,789.6", "123 456 789,6")
        check(1234567.891234, "1,234,567.891", "1 234 567,891")
        check(123_456_789_012_345, "123,456,789,012,345", "123 456 789 012 345")
        check(-999_999_999_999_999, "-999,999,999,999,999", "-999 999 999 999 999")
        check(1.2e18, "1.2e18", "1,2e18")
        check(1234567890123456789, "1.23456789e18", "1,23456789e18")
    }

    func testSourceNumbersHaveNoSeparators() {
        XCTAssertEqual(formatSourceNumber(1500), "1500")
        XCTAssertEqual(formatSourceNumber(-12345678901.5), "-12345678901.5")
        XCTAssertEqual(formatSourceNumber(2.5680002032789693), "2.568000203")
        XCTAssertEqual(formatSourceNumber(1.5e15), "1.5e15")
        XCTAssertEqual(formatSourceNumber(0.1 + 0.2), "0.3")
    }

    func testScientificThresholds() {
        check(999_999_999_999_999, "999,999,999,999,999", "999 999 999 999 999")
        check(999_999_999_999_999.9, "999,999,999,999,999.9", "999 999 999 999 999,9")
        check(1e15, "1e15", "1e15")
        check(1e14, "100,000,000,000,000", "100 000 000 000 000")
        check(1.5e20, "1.5e20", "1,5e20")
        check(-2.5e-9, "-2.5e-9", "-2,5e-9")
        check(1e-6, "0.000001", "0,000001")
        check(1e-7, "1e-7", "1e-7")
        check(1e300, "1e300", "1e300")
        check(.greatestFiniteMagnitude, "1.797693135e308", "1,797693135e308")
        check(.leastNonzeroMagnitude, "5e-324", "5e-324")
    }

    func testNonFinite() {
        check(.nan, "NaN", "NaN")
        check(.infinity, "∞", "∞")
        check(-.infinity, "-∞", "-∞")
    }

    func testRoundsHalfAwayFromZeroOnDecimalDigits() {
        // 0.12345678905 is stored a little below …05 in binary; its shortest
        // decimal form is what rounds.
        check(0.12345678905, "0.1234567891", "0,1234567891")
        check(-0.12345678905, "-0.1234567891", "-0,1234567891")
    }

    func testNumberStyleFacade() {
        let ru = NumberStyle(locale: .ru)
        XCTAssertEqual(ru.number(1234.5), "1 234,5")
        XCTAssertEqual(ru.money(12000, currency: "RUB"), "12 000 ₽")
        XCTAssertEqual(ru.percent(0.2), "20%")
        XCTAssertEqual(ru.duration(months: 18), "18 месяцев")
        XCTAssertEqual(ru.rate(numerator: "500", period: "month"), "500/мес.")
    }
}

/// The shortcut for whole numbers (`WholeAmount`) gives exactly the text of
/// the exact decimal path: every digit count, both signs, both locales,
/// with and without grouping, up to the scientific threshold.
final class WholeNumberShortcutTests: XCTestCase {
    func testShortcutMatchesTheExactPath() {
        var values: [Double] = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000,
                                123_456_789, 1e14, 1e15 - 1, 999_999_999_999_999, 4_503_599_627_370_495]
        var power = 1.0
        for _ in 0..<15 { values += [power - 1, power, power + 1]; power *= 10 }
        for k in 0..<5_000 { values.append(Double(k)); values.append(Double(k * k * 37)) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { values.append(Double(UInt64.random(in: 0..<999_999_999_999_999, using: &rng))) }
        for v in values where v < 1e15 {
            for x in [v, -v] {
                for locale in OutputLocale.allCases {
                    for grouping in [true, false] {
                        XCTAssertEqual(formatNumber(x, locale: locale, grouping: grouping),
                                       formatNumberExact(x, locale: locale, grouping: grouping), "\(x)")
                    }
                }
            }
        }
        XCTAssertEqual(formatNumber(-0.0, locale: .en), "0")
        XCTAssertEqual(formatNumber(-1234, locale: .ru), "-1 234")
        XCTAssertEqual(formatSourceNumber(-1234567), "-1234567")
        for locale in OutputLocale.allCases {
            XCTAssertEqual(String(decoding: [locale.groupingByte], as: UTF8.self), locale.groupingSeparator)
            XCTAssertEqual(String(decoding: [locale.decimalByte], as: UTF8.self), locale.decimalSeparator)
        }
        // A suffix longer than the stack buffer, or not ASCII.
        let long = String(repeating: "X", count: 60)
        XCTAssertEqual(WholeAmount(integer: 1234, negative: true, cents: 5).text(locale: .ru, suffix: long), "-1 234,05 " + long)
        XCTAssertEqual(WholeAmount(integer: 999_999_999_999_999, negative: true, cents: 99).text(locale: .en, suffix: "€€€€€"),
                       "-999,999,999,999,999.99 €€€€€")
        XCTAssertEqual(formatMoney(-1234.05, currency: long, locale: .en), formatMoneyExact(-1234.05, currency: long, locale: .en))
    }
}
