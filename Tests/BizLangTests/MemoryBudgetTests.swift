import XCTest
import BizCore
@testable import BizLang

/// `--max-memory` sizes and the budget's located error in both languages.
final class MemoryBudgetLangTests: XCTestCase {
    override func tearDown() { MemoryBudget.setLimit(nil) }

    func testSizes() {
        XCTAssertEqual(MemoryText.parseSize("512M"), 512 << 20)
        XCTAssertEqual(MemoryText.parseSize("2G"), 2 << 30)
        XCTAssertEqual(MemoryText.parseSize("2g"), 2 << 30)
        XCTAssertEqual(MemoryText.parseSize("1T"), 1 << 40)
        XCTAssertEqual(MemoryText.parseSize("20000K"), 20000 << 10)
        XCTAssertEqual(MemoryText.parseSize("16777216"), 16 << 20)
        for bad in ["", "G", "1.5G", "-1G", "1Gi", "1000", "15M", "99999999999T", "２G"] {
            XCTAssertNil(MemoryText.parseSize(bad), bad)
        }
        XCTAssertEqual(MemoryText.size(1536 << 20).render(.en), "1.5 GB")
        XCTAssertEqual(MemoryText.size(1536 << 20).render(.ru), "1,5 ГБ")
        XCTAssertEqual(MemoryText.size(687 << 20).render(.en), "687 MB")
        XCTAssertEqual(MemoryText.size(512 << 10).render(.en), "512 KB")
    }

    /// The setting is the process's budget; a list over it is a located error.
    func testTheSettingSetsTheBudgetAndTheErrorIsLocated() {
        var settings = Settings()
        settings.maxMemory = 32 << 20
        let rt = Interpreter(settings: settings)
        XCTAssertEqual(MemoryBudget.limit, 32 << 20)
        XCTAssertEqual(evalText("xs = range(2000000)", in: rt), """
            <repl>:1:6: error: not enough memory for this list: 46 MB more would go over the memory budget of 32 MB
              |
            1 | xs = range(2000000)
              |      ^^^^^^^^^^^^^^
            hint: use fewer samples, months or items, or raise the budget with --max-memory SIZE (such as --max-memory 4G)

            """)
        rt.settings.maxMemory = nil
        XCTAssertEqual(MemoryBudget.limit, MemoryBudget.defaultLimit)
        XCTAssertEqual(evalText("len(range(2000000))", in: rt), "2,000,000")
    }
}
