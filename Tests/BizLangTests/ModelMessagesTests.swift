import XCTest
import BizCore
@testable import BizLang

/// The model, what-if and output families: Russian nouns agree with the
/// numbers as shown, English texts stay as they were, engine errors
/// (BizCore's machine-readable problems) are put into both languages.
final class ModelMessagesTests: XCTestCase {
    func testExplainAgreesWithTheNumber() {
        func end(_ n: String) -> String { Message(ExplainText.endOfMonth, n, "0", "0", "0", "0").render(.ru) }
        XCTAssertTrue(end("1").hasPrefix("Конец месяца: 1 клиент ("))
        XCTAssertTrue(end("2").hasPrefix("Конец месяца: 2 клиента ("))
        XCTAssertTrue(end("5").hasPrefix("Конец месяца: 5 клиентов ("))
        XCTAssertTrue(end("2 090,3").hasPrefix("Конец месяца: 2 090,3 клиента ("))
        XCTAssertEqual(Message(ExplainText.drift, "1").render(.ru), "4. Дрейф: к конкурентам, которые им теперь больше нравятся, ушёл 1 клиент.")
        XCTAssertEqual(Message(ExplainText.drift, "21").render(.en), "4. Drift: 21 customers who now prefer rivals moved to them.")
        XCTAssertEqual(Message(ViewText.runTitle, "us", 1).render(.ru), "расчёт us на 1 месяц")
        XCTAssertEqual(Message(ViewText.runTitle, "us", 24).render(.ru), "расчёт us на 24 месяца")
        XCTAssertEqual(Message(ViewText.runTitle, "us", 36).render(.en), "run of us, 36 months")
        XCTAssertEqual(Message(WhatIfText.tooManyRows, 200_001, 100_000).render(.ru), "в этом sweep 200 001 строка, а можно не больше 100 000")
    }

    func testEngineErrorsInBothLanguages() {
        let e = CoreError(field: "segment smb: customers + competitors", problem: .overfull(customers: 8000, competitors: 5000, size: 10000))
        XCTAssertEqual(e.text.render(.ru), "segment smb: customers + competitors: 8 000 + 5 000 больше размера сегмента (10 000)")
        XCTAssertEqual(e.text.render(.en), "segment smb: customers + competitors: 8,000 + 5,000 exceeds the segment's size 10,000")
        XCTAssertEqual(CoreError(field: "segment smb: churn", problem: .notProbability(1.5)).text.render(.ru),
                       "segment smb: churn: нужна вероятность от 0 до 1 (в месяц), получено 1,5")
        // Every problem has a Russian text that is not the English one.
        let problems: [CoreError.Problem] = [.notFinite(.nan), .negative(-1), .notPositive(0), .notProbability(2), .notAboveMinusHundred(-2),
            .priceCutTooDeep(-2), .resolutionOutOfRange(0), .bandInverted(low: 2, high: 1), .noSuchSegment("x"), .notPositiveDuration(0),
            .noSegments, .segmentListedTwice("x"), .rangeOrder(low: 2, high: 1), .uniformOrder(low: 2, high: 1),
            .triangularOrder(low: 1, mode: 3, high: 2), .noSamples, .samplesUnsorted, .scheduleStepNegative(month: -1),
            .scheduleOrder(month: 2, previous: 3), .internalError("x"), .other("x")]
        for p in problems {
            let t = CoreError(field: "f", problem: p).text
            XCTAssertNotEqual(t.render(.en), t.render(.ru), "\(p)")
            XCTAssertTrue(t.render(.ru).hasPrefix("f"), "\(p)")
        }
    }
}
