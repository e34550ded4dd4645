import Foundation
import XCTest

/// `--sampling lhs|random` (issue 12 item 4) on run, test and -e.
final class SamplingOptionTests: XCTestCase {
    func script(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biz-sampling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("s.biz")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func testLatinHypercubeByDefaultAndRandomOnRequest() throws {
        // 20 stratified samples of uniform(0, 1): exactly one in each 5% slice
        // (read through u², a sample set: `prob` of the form itself is exact).
        let file = try script("v = uniform(0, 1) ^ 2\nprint(prob(v < 0.0025), prob(v < 0.25), prob(v < 0.9025))\n")
        let lhs = try BizProcess.run(["--samples", "20", "run", file])
        XCTAssertEqual(lhs.stdout, "5% 50% 95%\n", lhs.stderr)
        XCTAssertEqual(try BizProcess.run(["run", "--sampling", "lhs", "--samples", "20", file]).stdout, lhs.stdout)
        let random = try BizProcess.run(["--sampling", "random", "--samples", "20", "run", file])
        XCTAssertEqual(random.code, 0, random.stderr)
        XCTAssertNotEqual(random.stdout, lhs.stdout)
        let test = try script("v = uniform(0, 1) ^ 2\nexpect prob(v < 0.25) == 50%\n")
        XCTAssertEqual(try BizProcess.run(["test", "--samples", "20", test]).stdout, "1 passed, 0 failed\n")
        XCTAssertEqual(try BizProcess.run(["-e", "prob(uniform(0, 1) ^ 2 < 0.09)", "--samples", "10"]).stdout, "30%\n")
    }

    func testAnUnknownMethodIsAnError() throws {
        let en = try BizProcess.run(["--sampling", "sobol", "-e", "1"])
        XCTAssertEqual(en.code, 2, en.stderr)
        XCTAssertTrue(en.stderr.hasPrefix("Error: --sampling must be lhs (Latin hypercube) or random\n"), en.stderr)
        let ru = try BizProcess.run(["--locale", "ru", "--sampling", "x", "-e", "1"])
        XCTAssertTrue(ru.stderr.hasPrefix("Error: --sampling должно быть lhs (латинский гиперкуб) или random\n"), ru.stderr)
    }
}
