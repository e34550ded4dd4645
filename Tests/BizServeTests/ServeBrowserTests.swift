// Real browsers against a real `biz serve`: Debian's chromium and
// chromium-driver, driven by selenium (python3-selenium; scripts/setup
// installs all three). browser.py does the clicking and says `ok NAME` per
// check; this test asserts every check ran. Skipped only outside CI when a
// piece is missing; under CI=true it must run.

import Foundation
import XCTest
@testable import BizServe

final class ServeBrowserTests: XCTestCase {
    static func browserMissing() -> String? {
        for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/python3"] where !FileManager.default.isExecutableFile(atPath: tool) {
            return tool
        }
        if !FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/selenium") { return "python3-selenium" }
        return nil
    }

    func testParticipantsAndTeacherInChromium() throws {
        if let missing = Self.browserMissing() {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("\(missing) is missing under CI: scripts/setup installs it"); return }
            throw XCTSkip("\(missing) is not installed (scripts/setup installs chromium, chromium-driver, python3-selenium)")
        }
        let folder = try ServeProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(folder: folder, cwd: folder)
        defer { server.stop() }
        var arguments = [server.url, server.token]
        // BIZ_SCREENSHOTS=DIR: also save the playground and the teacher view (docs/screenshots/).
        if let shots = ProcessInfo.processInfo.environment["BIZ_SCREENSHOTS"] { arguments.append(shots) }
        let (output, code) = try ServeProcess.python("browser.py", arguments)
        XCTAssertEqual(code, 0, output)
        XCTAssertEqual(ServeProcess.passed(output), ["join", "line values", "error caret", "lesson step", "reload keeps the work",
                                                     "second participant in Russian", "teacher sees two participants", "teacher push",
                                                     "teacher needs token"], output)
        // What the browsers did is on disk: two participants' models, the room's pushed state.
        let sessions = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".biz-serve/sessions").path)
        XCTAssertEqual(sessions.filter { $0.hasSuffix(".biz") }.count, 2, "\(sessions)")
        XCTAssertEqual(sessions.filter { $0.contains(".tmp") }, [])
    }

    /// A restarted server keeps every session: the same secret finds the same model.
    func testSessionsSurviveARestart() throws {
        let folder = try ServeProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var server = try ServeProcess(folder: folder, cwd: folder)
        let secret = try ServeHTTP.join(server.url, "Vera")
        let first = try ServeHTTP.run(server.url, secret, "price = 120 RUB\nrevenue = price * 10\n")
        XCTAssertEqual(first.lines.map(\.value), ["120 RUB", "1,200 RUB"])
        server.stop()
        server = try ServeProcess(folder: folder, cwd: folder)
        defer { server.stop() }
        let state = try ServeHTTP.get(server.url + "api/session", secret: secret)
        XCTAssertEqual(state["name"] as? String, "Vera")
        XCTAssertEqual(state["source"] as? String, "price = 120 RUB\nrevenue = price * 10\n")
    }
}
