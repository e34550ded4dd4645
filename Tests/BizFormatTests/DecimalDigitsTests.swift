import XCTest
@testable import BizFormat

final class DecimalDigitsTests: XCTestCase {
    func testParsesShortestForm() throws {
        let d = try XCTUnwrap(DecimalDigits(0.1 + 0.2))
        XCTAssertEqual(d.digits, [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4])
        XCTAssertEqual(d.pointPosition, 0)
        let e = try XCTUnwrap(DecimalDigits(-1.5e20))
        XCTAssertEqual(e, DecimalDigits(isNegative: true, digits: [1, 5], pointPosition: 21))
        XCTAssertNil(DecimalDigits(.nan))
        XCTAssertNil(DecimalDigits(.infinity))
        XCTAssertEqual(DecimalDigits(-0.0), .zero)
    }

    func testRoundingCarriesIntoNewDigit() throws {
        let d = try XCTUnwrap(DecimalDigits(9.995))
        XCTAssertEqual(d.rounded(fractionDigits: 2), DecimalDigits(isNegative: false, digits: [1], pointPosition: 2))
        XCTAssertEqual(d.rounded(fractionDigits: 2).integerPart, "10")
    }

    func testRoundingBelowAllDigits() throws {
        let d = try XCTUnwrap(DecimalDigits(0.004))
        XCTAssertEqual(d.rounded(fractionDigits: 2), .zero)
        let half = try XCTUnwrap(DecimalDigits(0.005))
        XCTAssertEqual(half.rounded(fractionDigits: 2).fractionPart, "01")
        let tiny = try XCTUnwrap(DecimalDigits(1e-9))
        XCTAssertEqual(tiny.rounded(fractionDigits: 2), .zero)
    }
}
