import XCTest
@testable import BizFormat

final class PercentDurationRateTests: XCTestCase {
    private func check(_ x: Double, _ en: String, _ ru: String, line: UInt = #line) {
        XCTAssertEqual(formatPercent(x, locale: .en), en, line: line)
        XCTAssertEqual(formatPercent(x, locale: .ru), ru, line: line)
    }

    func testPercentAtMostTwoDecimals() {
        check(0.2, "20%", "20%")
        check(0.041684, "4.17%", "4,17%")
        check(0.00407412, "0.41%", "0,41%")
        check(0.125, "12.5%", "12,5%")
        check(0.124864, "12.49%", "12,49%")
        check(1, "100%", "100%")
        check(123.45, "12,345%", "12 345%")
    }

    func testPercentNoiseAndRounding() {
        check(0.1 + 0.2, "30%", "30%")
        check(0.00995, "1%", "1%")
        check(-0.05, "-5%", "-5%")
        check(0.000125, "0.01%", "0,01%")
    }

    func testTinyPercentKeepsTwoSignificantDigits() {
        check(0.000012, "0.0012%", "0,0012%")
        check(0.0000123456, "0.0012%", "0,0012%")
        check(-0.00000456, "-0.00046%", "-0,00046%")
        check(1e-20, "1e-18%", "1e-18%")
    }

    func testPercentZeroAndNonFinite() {
        check(0, "0%", "0%")
        check(-0.0, "0%", "0%")
        check(.nan, "NaN%", "NaN%")
        check(.infinity, "∞%", "∞%")
        check(1e20, "1e22%", "1e22%")
    }

    func testDuration() {
        XCTAssertEqual(formatDuration(months: 18, locale: .en), "18 months")
        XCTAssertEqual(formatDuration(months: 1, locale: .en), "1 month")
        XCTAssertEqual(formatDuration(months: -1, locale: .en), "-1 month")
        XCTAssertEqual(formatDuration(months: 1.5, locale: .en), "1.5 months")
        XCTAssertEqual(formatDuration(months: 0, locale: .en), "0 months")
        XCTAssertEqual(formatDuration(months: 18, locale: .ru), "18 месяцев")
        XCTAssertEqual(formatDuration(months: 1.5, locale: .ru), "1,5 месяца")
        XCTAssertEqual(formatDuration(months: 1, locale: .ru), "1 месяц")
        XCTAssertEqual(formatDuration(months: 24, locale: .ru), "24 месяца")
        XCTAssertEqual(formatDuration(months: 111, locale: .ru), "111 месяцев")
        XCTAssertEqual(formatDuration(months: -21, locale: .ru), "-21 месяц")
        XCTAssertEqual(formatDuration(months: .nan, locale: .en), "NaN months")
    }

    func testRate() {
        XCTAssertEqual(formatRate(numerator: "500", period: "month", locale: .en), "500/month")
        XCTAssertEqual(formatRate(numerator: formatPercent(0.04, locale: .en), period: "month", locale: .en), "4%/month")
        XCTAssertEqual(formatRate(numerator: formatMoney(200_000, currency: "RUB", locale: .en), period: "months", locale: .en),
                       "200,000 RUB/month")
        XCTAssertEqual(formatRate(numerator: formatMoney(200_000, currency: "RUB", locale: .ru), period: "month", locale: .ru),
                       "200 000 ₽/мес.")
        XCTAssertEqual(formatRate(numerator: "12%", period: "year", locale: .ru), "12%/год")
        XCTAssertEqual(formatRate(numerator: "3", period: "quarter", locale: .ru), "3/кв.")
        XCTAssertEqual(formatRate(numerator: "3", period: "week", locale: .ru), "3/нед.")
        XCTAssertEqual(formatRate(numerator: "3", period: "fortnight", locale: .ru), "3/fortnight")
    }
}
