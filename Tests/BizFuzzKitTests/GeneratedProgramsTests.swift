import XCTest
import BizLang
@testable import BizFuzzKit

/// The program generator's regression suite: 200 programs from fixed seeds,
/// each run and checked against the invariants (ProgramCheck). The same
/// generator drives the fuzzer's `programs` mode from libFuzzer's bytes.
final class GeneratedProgramsTests: XCTestCase {
    func settings() -> Settings {
        var s = Settings()
        s.samples = 24
        s.maxSteps = 2_000_000
        return s
    }

    func testTwoHundredGeneratedProgramsKeepTheInvariants() {
        var ran = 0, whatIfs = 0, uncertain = 0
        for seed in 0..<200 {
            let program = ProgramGenerator.program(Choices(seed: UInt64(seed)))
            let outcome = ProgramCheck.run(program, settings: settings())
            for v in outcome.violations { XCTFail("seed \(seed): \(v)\n\(program.text)") }
            if outcome.modelRan { ran += 1 } else if let e = outcome.modelError, ran < 3 {
                print("seed \(seed) did not run:\n\(e)\n\(program.model)")
            }
            whatIfs += outcome.whatIfsRan
            if program.uncertain { uncertain += 1 }
        }
        // The generator writes valid programs: nearly all of them run, and
        // they reach the what-ifs and Monte Carlo too.
        XCTAssertGreaterThanOrEqual(ran, 190, "generated programs that ran to the end")
        XCTAssertGreaterThanOrEqual(whatIfs, 200)
        XCTAssertGreaterThanOrEqual(uncertain, 20)
    }

    func testTheSameSeedGivesTheSameProgram() {
        let a = ProgramGenerator.program(Choices(seed: 7)).text
        let b = ProgramGenerator.program(Choices(seed: 7)).text
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, ProgramGenerator.program(Choices(seed: 8)).text)
    }

    func testBytesDriveTheProgramAndRunningOutGivesTheSmallestChoices() {
        let empty = ProgramGenerator.program(Choices(bytes: []))
        XCTAssertTrue(empty.model.contains("segment s1 {"))
        XCTAssertFalse(empty.model.contains("segment s2"))
        XCTAssertEqual(ProgramCheck.run(empty, settings: settings()).violations, [])
        XCTAssertNotEqual(ProgramGenerator.program(Choices(bytes: [1, 2, 3, 200, 17])).text, empty.text)
    }

    /// The checks can fail: a what-if that writes a cell, an ∞ printed and a
    /// failed invariant are each reported.
    func testTheChecksReportBrokenInvariants() {
        let base = ProgramGenerator.program(Choices(seed: 1))
        var changing = base
        changing.whatIfs = ["price = price * 2"]
        XCTAssertTrue(ProgramCheck.run(changing, settings: settings()).violations.contains { $0.contains("changed the cell price") })
        var infinite = base
        infinite.model += "print(\"∞\")\n"
        XCTAssertTrue(ProgramCheck.run(infinite, settings: settings()).violations.contains { $0.hasPrefix("∞ or NaN") })
        var failing = base
        failing.model += "expect 1 == 2, \"invariant: one is two\"\n"
        XCTAssertTrue(ProgramCheck.run(failing, settings: settings()).violations.contains { $0.contains("invariant: one is two") })
    }
}
