import XCTest
@testable import BizCore
final class BizCorePlaceholderTests: XCTestCase { func testBuilds() { XCTAssertEqual(1 + 1, 2) } }
