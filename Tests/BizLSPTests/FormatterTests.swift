// `biz fmt`'s layout: indentation, spaces around operators and after commas,
// aligned comments kept, blank lines collapsed; idempotent; a file that does
// not parse is not touched.

@testable import BizLSP
import XCTest

final class FormatterTests: XCTestCase {
    func formatted(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard case .formatted(let out) = Formatter.format(text) else {
            XCTFail("not formatted", file: file, line: line)
            return text
        }
        return out
    }

    func testCanonicalLayout() {
        let messy = """
            price=120 RUB    # aligned
            seats   =  40    # comments
            revenue=price*seats+1 RUB
            fn   f( x ,y )=x+y
            segment smb {
            size: 20k  ,
                  churn:2%/month
            }
            total = f(1,2) +
             f(3,-4)
            lst = [ 1,2 ,3 ]
            r = { a:1 , b : 2 }
            if price>100 RUB then { x = - 5 } else { x = 1 }



            y = $5 + 3 мес.
            expect revenue==4801 RUB,"ok"   \n
            """
        let canonical = """
            price = 120 RUB  # aligned
            seats = 40       # comments
            revenue = price*seats + 1 RUB
            fn f(x, y) = x + y
            segment smb {
              size: 20k,
              churn: 2%/month
            }
            total = f(1, 2) +
              f(3, -4)
            lst = [1, 2, 3]
            r = { a: 1, b: 2 }
            if price > 100 RUB then { x = -5 } else { x = 1 }

            y = $5 + 3 мес.
            expect revenue == 4801 RUB, "ok"

            """
        XCTAssertEqual(formatted(messy), canonical)
        XCTAssertEqual(formatted(canonical), canonical, "formatting twice changes nothing")
    }

    func testStringsAndCommentsAreKeptAsWritten() {
        let text = "# a  comment   with   spaces\nx = \"a  {1+1}  b\"   # after\n  # indented comment\ny = 1\n"
        XCTAssertEqual(formatted(text), "# a  comment   with   spaces\nx = \"a  {1+1}  b\"   # after\n# indented comment\ny = 1\n")
    }

    func testSignsAfterContextualWordsKeepTheirSpacing() {
        let text = "x = 1\ns = sweep x over 5..1 step -1: x * 2\nz = x to -5\n"
        XCTAssertEqual(formatted(text), text)
    }

    func testAFileThatDoesNotParseIsNotTouched() {
        guard case .notFormatted(let errors) = Formatter.format("x = (1 +\n", name: "broken.biz") else { return XCTFail("formatted a broken file") }
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].hasPrefix("broken.biz:"), errors[0])
    }

    func testTheSafetyNetComparesTokensAndAdjacency() {
        XCTAssertTrue(Formatter.sameTokens("a=1+2", "a = 1 + 2"))
        XCTAssertFalse(Formatter.sameTokens("a = 1 + 2", "a = 1 + 3"))
        XCTAssertFalse(Formatter.sameTokens("a = 1\nb = 2", "a = 1 b = 2"))
        XCTAssertFalse(Formatter.sameTokens("x = $5", "x = $ 5"), "a currency symbol reads its number by adjacency")
    }
}
