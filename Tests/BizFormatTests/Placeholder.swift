import XCTest
@testable import BizFormat
final class BizFormatPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertEqual(1 + 1, 2) } }
