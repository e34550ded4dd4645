import XCTest
@testable import BizLang

final class FunctionTests: XCTestCase {
    func testClosuresCaptureAndShareVariables() {
        let src = """
        fn counter() {
          n = 0
          inc = () => { n = n + 1
            n }
          inc(); inc()
          inc()
        }
        counter()
        """
        XCTAssertEqual(evalText(src), "3")
    }

    func testDefaultsMayUseEarlierParameters() {
        XCTAssertEqual(evalText("fn f(a, b = a * 2) = a + b; f(3)"), "9")
        XCTAssertEqual(evalText("fn f(a, b = a * 2) = a + b; f(3, b: 1)"), "4")
    }

    func testPipe() {
        XCTAssertEqual(evalText("fn add(a, b) = a + b; 5 |> add(2)"), "7")
    }

    func testRecursionDepthIsAnError() {
        let d = errors("fn f(n) = f(n + 1); f(0)")
        XCTAssertTrue(d.first?.message.hasPrefix("recursion is too deep") == true, "\(d.map(\.message))")
    }

    func testWrongArgumentsAreErrors() {
        XCTAssertEqual(errors("fn f(a) = a; f(1, 2)").first?.message, "f takes 1 argument, not 2")
        XCTAssertEqual(errors("fn f(a) = a; f(b: 1)").first?.message, "f has no parameter 'b'")
        XCTAssertEqual(errors("fn f(a) = a; f()").first?.message, "f needs the argument 'a'")
    }

    func testReturnAndLoops() {
        XCTAssertEqual(evalText("fn first_big(xs) { for x in xs { if x > 10 { return x } }; -1 }; first_big([1, 20, 30])"), "20")
        XCTAssertEqual(evalText("i = 0; s = 0; while i < 5 { i = i + 1; s = s + i }; s"), "15")
    }

    func testBuiltins() {
        XCTAssertEqual(evalText("map([1, 2, 3], x => x * 10)"), "[10, 20, 30]")
        XCTAssertEqual(evalText("filter(range(1, 6), x => x > 3)"), "[4, 5, 6]")
        XCTAssertEqual(evalText("reduce([1, 2, 3], 0, (a, b) => a + b)"), "6")
        XCTAssertEqual(evalText("round(12.345 RUB, 2)"), "12.35 RUB")
        XCTAssertEqual(evalText("max(3 RUB, 5 RUB, 4 RUB)"), "5 RUB")
        XCTAssertEqual(evalText("mod(7, 3)"), "1")
    }

    func testPreludeIsLoaded() {
        XCTAssertEqual(evalText("margin(100 RUB, 60 RUB)"), "0.4")
        XCTAssertEqual(evalText("use finance; ltv(300 RUB, 5%)"), "6,000 RUB")
    }

    func testAggregatesConvertToTheFirstUnit() {
        XCTAssertEqual(evalText("rate USD = 80 RUB; max(1 USD, 70 RUB)"), "1 USD")
        XCTAssertEqual(errors("max(3 RUB, 5)").first?.message, "max: cannot mix money (RUB) and number")
        XCTAssertEqual(errors("max(1 USD, 80 RUB)").first?.message,
                       "max: no exchange rate between RUB and USD (declare one, e.g. rate RUB = 1.5 USD)")
    }
}
