import XCTest
@testable import BizFormat

final class MoneyFormatTests: XCTestCase {
    private func check(_ x: Double, _ code: String, _ en: String, _ ru: String, line: UInt = #line) {
        XCTAssertEqual(formatMoney(x, currency: code, locale: .en), en, line: line)
        XCTAssertEqual(formatMoney(x, currency: code, locale: .ru), ru, line: line)
    }

    func testWholeAmountsHaveNoCents() {
        check(12000, "RUB", "12,000 RUB", "12 000 ₽")
        check(-5, "USD", "-5 USD", "-5 USD")
        check(0, "RUB", "0 RUB", "0 ₽")
        check(1_000_000_000_000, "EUR", "1,000,000,000,000 EUR", "1 000 000 000 000 EUR")
    }

    func testCentsArePaddedToTwoDigits() {
        check(12000.5, "RUB", "12,000.50 RUB", "12 000,50 ₽")
        check(0.1 + 0.2, "RUB", "0.30 RUB", "0,30 ₽")
        check(-1234.56, "USD", "-1,234.56 USD", "-1 234,56 USD")
        check(12000.004, "RUB", "12,000 RUB", "12 000 ₽")
    }

    func testHalfAwayFromZeroOnDecimalForm() {
        check(1.005, "RUB", "1.01 RUB", "1,01 ₽")
        check(2.675, "RUB", "2.68 RUB", "2,68 ₽")
        check(-2.675, "RUB", "-2.68 RUB", "-2,68 ₽")
        check(0.145, "RUB", "0.15 RUB", "0,15 ₽")
        // 0.1 × 1.45 is 0.14500000000000002 in binary; noise is cut first.
        check(0.1 * 1.45, "RUB", "0.15 RUB", "0,15 ₽")
        check(9.995, "RUB", "10 RUB", "10 ₽")
    }

    func testAmountsRoundingToZeroHaveNoSign() {
        check(-0.004, "RUB", "0 RUB", "0 ₽")
        check(-0.0, "USD", "0 USD", "0 USD")
        check(-0.005, "RUB", "-0.01 RUB", "-0,01 ₽")
    }

    func testHugeAndNonFinite() {
        check(123_456_789_012.5, "RUB", "123,456,789,012.50 RUB", "123 456 789 012,50 ₽")
        check(1e20, "RUB", "1e20 RUB", "1e20 ₽")
        check(1.5e15, "RUB", "1.5e15 RUB", "1,5e15 ₽")
        check(123_456_789_012_345.5, "RUB", "123,456,789,012,345.50 RUB", "123 456 789 012 345,50 ₽")
        check(12_345_678_901, "USD", "12,345,678,901 USD", "12 345 678 901 USD")
        check(-1.5e300, "USD", "-1.5e300 USD", "-1,5e300 USD")
        check(.nan, "RUB", "NaN RUB", "NaN ₽")
        check(.infinity, "USD", "∞ USD", "∞ USD")
        check(-.infinity, "RUB", "-∞ RUB", "-∞ ₽")
    }

    func testEmptyCurrencyShowsBareAmount() {
        check(12.5, "", "12.50", "12,50")
    }
}

/// The shortcut for whole cents (`wholeCents`) gives exactly the text of the
/// exact decimal path, on values it takes and values next to its limits.
final class MoneyShortcutTests: XCTestCase {
    func testShortcutMatchesTheExactPath() {
        var values: [Double] = [0.01, 0.1, 0.5, 1, 9.99, 10, 12.5, 99.995, 1.005, 2.675, 0.145, 0.1 * 1.45, 0.1 + 0.2,
                                999_999_999.99, 1e9 - 0.01, 1e9, 1e9 + 0.5, 123_456_789.12, 5e-7, 0.004999999, 0.005]
        for k in 0..<20_000 { values.append(Double(k) / 100); values.append(Double(k) * 0.37); values.append(Double(k * k) / 400) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let cents = Double(Int.random(in: 1..<100_000_000_000, using: &rng))
            values.append(cents / 100)
            values.append(Double.random(in: 0..<1e9, using: &rng))
            values.append(cents / 100 * 1.000_000_1)
        }
        var taken = 0
        for v in values {
            for x in [v, -v] {
                for locale in [OutputLocale.en, .ru] {
                    if wholeCents(x, locale: locale) != nil { taken += 1 }
                    XCTAssertEqual(formatMoney(x, currency: "", locale: locale), formatMoneyExact(x, currency: "", locale: locale), "\(x)")
                    XCTAssertEqual(formatMoney(x, currency: "USD", locale: locale), formatMoneyExact(x, currency: "USD", locale: locale), "\(x)")
                    XCTAssertEqual(formatMoney(x, currency: "RUB", locale: locale), formatMoneyExact(x, currency: "RUB", locale: locale), "\(x)")
                }
            }
        }
        XCTAssertGreaterThan(taken, values.count)  // most are whole cents
    }
}
