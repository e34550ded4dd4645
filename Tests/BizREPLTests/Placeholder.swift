import XCTest
@testable import BizREPL
final class BizREPLPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertEqual(1 + 1, 2) } }
