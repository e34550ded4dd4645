import XCTest
@testable import BizLang
final class BizLangPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertEqual(1 + 1, 2) } }
