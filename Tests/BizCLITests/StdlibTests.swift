import XCTest

/// The standard library: every module runs, and the copy compiled into the
/// binary matches stdlib/ (scripts/embed-stdlib regenerates it).
final class StdlibTests: XCTestCase {
    let stdlib = BizProcess.root.appendingPathComponent("stdlib")

    func modules() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: stdlib.path).filter { $0.hasSuffix(".biz") }.sorted()
    }

    func testEveryModuleRuns() throws {
        for name in try modules() {
            let r = try BizProcess.run([stdlib.appendingPathComponent(name).path])
            XCTAssertEqual(r.code, 0, "\(name): \(r.stderr)")
        }
    }

    func testEmbeddedCopyMatchesTheFolder() throws {
        let embedded = try String(contentsOf: BizProcess.root.appendingPathComponent("Sources/BizLang/Modules/EmbeddedStdlib.swift"), encoding: .utf8)
        for name in try modules() {
            let text = try String(contentsOf: stdlib.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(embedded.contains("\"\(name.dropLast(4))\": #\"\"\"\n" + text + "\"\"\"#"),
                          "\(name) differs from the embedded copy: run scripts/embed-stdlib")
        }
    }

    func testBinaryFindsTheStdlibFromAnyFolder() throws {
        let r = try BizProcess.run(["-e", "use finance; ltv(300 RUB, 5%)"], cwd: URL(fileURLWithPath: "/"))
        XCTAssertEqual(r.stdout, "6,000 RUB\n", r.stderr)
    }
}
