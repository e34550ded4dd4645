import XCTest
@testable import BizLang

/// LANGUAGE.md §3–4: values, units and their arithmetic, as printed.
final class ValueTests: XCTestCase {
    func testBusinessCalculatorPercent() {
        XCTAssertEqual(evalText("1000 - 20%"), "800")
        XCTAssertEqual(evalText("120 RUB + 20%"), "144 RUB")
        XCTAssertEqual(evalText("20% of 150"), "30")
        XCTAssertEqual(evalText("20% + 5%"), "25%")
        XCTAssertEqual(evalText("200 * 10%"), "20")
    }

    func testNoFloatNoise() {
        XCTAssertEqual(evalText("0.1 + 0.2"), "0.3")
        XCTAssertEqual(evalText("0.1 + 0.2 == 0.3"), "true")
        XCTAssertEqual(evalText("1/3"), "0.3333333333")
    }

    func testMoneyAndRates() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("rate USD = 63.30 RUB", in: rt), "")
        XCTAssertEqual(evalText("100 USD in RUB", in: rt), "6,330 RUB")
        XCTAssertEqual(evalText("6330 RUB in USD", in: rt), "100 USD")
        XCTAssertEqual(evalText("rate EUR = 67.21 RUB", in: rt), "")
        XCTAssertEqual(evalText("100 EUR in USD", in: rt), "106.18 USD")
        XCTAssertEqual(evalText("12000.5 RUB", in: rt), "12,000.50 RUB")
    }

    func testRatesAndDurations() {
        XCTAssertEqual(evalText("500/month * 3 months"), "1,500")
        XCTAssertEqual(evalText("2400/year in month"), "200/month")
        XCTAssertEqual(evalText("4%/month * 3 months"), "12.49%")
        XCTAssertEqual(evalText("3 years"), "36 months")
        XCTAssertEqual(evalText("1500 / 3 months"), "500/month")
        XCTAssertEqual(evalText("200k RUB/month"), "200,000 RUB/month")
    }

    func testRangesTakeTheOtherEndsUnit() {
        XCTAssertEqual(evalText("80..120 RUB"), "80..120 RUB")
        XCTAssertEqual(evalText("(80..120 RUB).mid"), "100 RUB")
    }

    func testUnitErrorsPointAtBothOperands() {
        let d = errors("120 RUB + 3 months")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d[0].message, "cannot add money (RUB) and duration")
        XCTAssertEqual(d[0].notes.map(\.message), ["left: money (RUB)", "right: duration"])
        XCTAssertEqual(d[0].notes.map { Int($0.span.start) }, [0, 10])
    }

    func testMoneyPlusNumberHints() {
        XCTAssertEqual(errors("5 RUB + 3").first?.hints, ["did you mean 3 RUB?"])
    }

    func testMissingRateNamesBothCurrencies() {
        let d = errors("1 USD + 1 EUR")
        XCTAssertEqual(d.first?.message, "no exchange rate between EUR and USD")
        XCTAssertEqual(d.first?.hints, ["declare one, e.g. rate EUR = 1.5 USD"])
    }

    func testDivisionByZeroAndOverflowAreErrors() {
        XCTAssertEqual(errors("1 / 0").first?.message, "division by zero")
        XCTAssertEqual(errors("1e300 * 1e300").first?.message, "the result is too large")
    }

    func testStringsListsRecords() {
        XCTAssertEqual(evalText("\"a\" + \"b\""), "ab")
        XCTAssertEqual(evalText("[1, 2] + [3]"), "[1, 2, 3]")
        XCTAssertEqual(evalText("{a: 1, b: \"x\"} with {b: \"y\"}"), "{a: 1, b: \"y\"}")
        XCTAssertEqual(evalText("x = 5; \"x is {x * 2} RUB\""), "x is 10 RUB")
    }

    func testRussianLocale() {
        XCTAssertEqual(evalText("1234567.5", locale: .ru), "1 234 567,5")
        XCTAssertEqual(evalText("12000 RUB", locale: .ru), "12 000 ₽")
    }

    func testDistributionsInsideRecordsPrintAsWritten() {
        XCTAssertEqual(evalText("{a: normal(100 RUB, 15 RUB), b: uniform(2%, 6%), c: 5 to 10}"),
                       "{a: normal(100 RUB, 15 RUB), b: uniform(2%, 6%), c: 5 to 10}")
        XCTAssertEqual(evalText("x = 5 to 10; x - x"), "0", "no spread left: just the value")
    }
}

/// Dim keeps its parts in one word (Dim.swift): each part reads back as
/// written, whatever the others hold, and equality and hashing ignore the
/// count tag only.
final class DimPackingTests: XCTestCase {
    func testEveryPartReadsBackAsWritten() throws {
        let usd = try XCTUnwrap(Currency(code: "USD")), rub = Currency.rub
        for kind in [Dim.Kind.number, .percent, .money, .duration] {
            for per in [nil] + Period.allCases.map(Optional.some) {
                for currency in [nil, usd, rub] {
                    var d = Dim(kind, currency: currency, per: per, loss: per != nil)
                    XCTAssertEqual(d.kind, kind)
                    XCTAssertEqual(d.per, per)
                    XCTAssertEqual(d.currency, currency)
                    XCTAssertEqual(d.loss, per != nil)
                    XCTAssertFalse(d.isCount)
                    XCTAssertEqual(d.isPlain, kind == .number && per == nil)
                    XCTAssertEqual(d.isPlainPercent, kind == .percent && per == nil)
                    XCTAssertEqual(d.isRate, per != nil)
                    d.isCount = true
                    XCTAssertEqual(d.kind, kind)
                    XCTAssertEqual(d.per, per)
                    XCTAssertEqual(d.currency, currency)
                    XCTAssertTrue(d.isCount)
                    d.per = nil
                    d.loss = false
                    d.currency = nil
                    XCTAssertEqual(d.kind, kind)
                    XCTAssertNil(d.per)
                    XCTAssertNil(d.currency)
                    XCTAssertFalse(d.loss)
                    XCTAssertTrue(d.isCount)
                }
            }
        }
    }

    func testEqualityAndHashingIgnoreTheCountTagOnly() {
        XCTAssertEqual(Dim.count, Dim.number)
        XCTAssertEqual(Dim.count.hashValue, Dim.number.hashValue)
        XCTAssertFalse(Dim.number.isExactNumber == Dim.count.isExactNumber)
        XCTAssertEqual(Dim.count.computed.isCount, false)
        XCTAssertNotEqual(Dim.money(.rub), Dim.money(Currency(code: "USD")!))
        XCTAssertNotEqual(Dim.percent, Dim(.percent, per: .month))
        XCTAssertNotEqual(Dim(.percent, per: .month), Dim(.percent, per: .month, loss: true))
        XCTAssertNotEqual(Dim.number, Dim.percent)
        XCTAssertEqual(Set([Dim.number, .count, .percent, .duration, .money(.rub)]).count, 4)
    }
}
