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
