// Launch-to-first-prompt time of `biz` on a pseudo-terminal. A benchmark,
// not a check: it asserts nothing about speed and runs only when asked:
//   BIZ_BENCH=1 swift test --filter LaunchBenchmark
// (The figure for a release build: BIZ_BENCH_BINARY=.build/release/biz.)

import Foundation
import XCTest

final class LaunchBenchmark: REPLTestCase {
    func testLaunchToFirstPrompt() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["BIZ_BENCH"] != nil else { throw XCTSkip("set BIZ_BENCH=1 to run the launch benchmark") }
        let binary = environment["BIZ_BENCH_BINARY"] ?? BuiltProducts.path(of: "biz")
        var times: [Double] = []
        for _ in 0..<30 {
            let start = Date()
            let repl = try PTY(executable: binary, environment: ["HOME": folder.path, "BIZ_HISTORY": historyPath,
                                                                "LANG": "C.UTF-8"])
            repl.expect("biz> ")
            times.append(Date().timeIntervalSince(start) * 1000)
            repl.terminate()
        }
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "launch to first prompt (%@): min %.1f ms, median %.1f ms, max %.1f ms over %d runs",
                     binary, times[0], median, times[times.count - 1], times.count))
    }
}
