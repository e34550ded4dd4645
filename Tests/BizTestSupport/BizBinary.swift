// Where the test targets that run the real `biz` find it: next to the test
// bundle in the build folder (debug or release, whichever is running), else
// the package's .build/debug.

import Foundation

public enum BizBinary {
    public static let url: URL = {
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var dir = exe.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("biz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return SharedContract.packageRoot.appendingPathComponent(".build/debug/biz")
    }()
}
