// `biz` with stdin not a terminal runs stdin as a script, with the exit
// codes of `biz run` (LANGUAGE.md §1).

import Foundation
import XCTest

final class ScriptModeTests: XCTestCase {
    func testPipedScriptPrintsResults() throws {
        let result = try runBiz([], stdin: "x = 2; x * 3\n")
        XCTAssertEqual(result.stdout, "6\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("biz> "), "no prompt without a terminal")
    }

    func testExitCodesMatchBizRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scripts = [
            "ok": "x = 2\nx * 3\n",
            "runtime": "x = 2\nx + 1 RUB\n",
            "names": "y = nothing_here + 1\n",
            "expect": "expect 1 + 1 == 3\n",
        ]
        for (name, text) in scripts {
            let path = folder.appendingPathComponent(name + ".biz").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let piped = try runBiz([], stdin: text)
            let run = try runBiz(["run", path])
            XCTAssertEqual(piped.status, run.status, name)
            XCTAssertEqual(piped.stdout, run.stdout, name)
            XCTAssertEqual(piped.status, name == "ok" ? 0 : 1, name)
        }
    }
}
