// A run through the real server without a browser: the server's --samples
// reaches every run, a lesson step's checks are judged, the teacher's
// expressions are answered, and a push reaches a participant once.

import Foundation
import XCTest
@testable import BizServe

final class ServeRunTests: XCTestCase {
    func testRunsFollowTheServerAndTheRoom() throws {
        let folder = try ServeProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(folder: folder, cwd: folder, arguments: ["--samples", "200"])
        defer { server.stop() }
        let secret = try ServeHTTP.join(server.url, "Gleb")
        let result = try ServeHTTP.run(server.url, secret, "n = len(samples(1 to 2))\nprice = 130 RUB\n")
        XCTAssertEqual(result.lines.map(\.value), ["200", "130 RUB"])
        XCTAssertEqual(result.probes.map(\.expression), ["price", "run.cash.last"])
        XCTAssertEqual(result.probes.first?.number, 130)
        XCTAssertNil(result.probes.last?.text)

        // Lesson 1, step 1 wants price == 1200 RUB.
        _ = try ServeHTTP.send(server.url + "api/lesson", method: "POST", body: Data(#"{"lesson": "en/1-calculator", "step": 0}"#.utf8), secret: secret)
        XCTAssertEqual(try ServeHTTP.run(server.url, secret, "price = 130 RUB\n").stepDone, false)
        XCTAssertEqual(try ServeHTTP.run(server.url, secret, "price = 1200 RUB\n").stepDone, true)

        // A push is offered until the participant has seen it.
        let (status, _) = try ServeHTTP.send(server.url + "api/teacher/push?token=" + server.token, method: "POST",
                                             body: Data(#"{"model": "x = 1\n"}"#.utf8))
        XCTAssertEqual(status, 200)
        let push = try ServeHTTP.get(server.url + "api/session", secret: secret)["push"] as? [String: Any]
        XCTAssertEqual(push?["model"] as? String, "x = 1\n")
        XCTAssertEqual(push?["seq"] as? Int, 1)
        _ = try ServeHTTP.send(server.url + "api/push-seen", method: "POST", body: Data(#"{"seq": 1}"#.utf8), secret: secret)
        XCTAssertNil(try ServeHTTP.get(server.url + "api/session", secret: secret)["push"])
        let room = try ServeHTTP.get(server.url + "api/teacher/room?token=" + server.token)
        let rows = room["participants"] as? [[String: Any]]
        XCTAssertEqual(rows?.first?["name"] as? String, "Gleb")
        XCTAssertEqual(rows?.first?["stepDone"] as? Bool, true)
    }
}
