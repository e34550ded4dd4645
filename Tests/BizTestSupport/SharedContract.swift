// Where the tests find the contract's shared folder (<package root>/../shared:
// spec/, conformance/, conformance-v1.1/), and what a test does when it is
// missing (issue 16 item 7). Someone who clones only the project has no
// ../shared: the conformance tests are skipped with a message naming the
// missing folder, so `scripts/test` still passes. CI must run them, so under
// CI=true a missing folder is a failure, never a skip.

import Foundation
import XCTest

public enum SharedContract {
    /// What a test that needs a shared folder does.
    public enum Decision: Equatable {
        case run
        case skip(String)
        case fail(String)
    }

    /// The package root: this file is Tests/BizTestSupport/SharedContract.swift.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// <package root>/../shared, or a folder inside it.
    public static func folder(_ name: String? = nil) -> URL {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return name.map { shared.appendingPathComponent($0) } ?? shared
    }

    /// The decision alone, so a unit test can check every case without
    /// removing the real folder: run when every folder exists; otherwise fail
    /// under `CI=true` and skip anywhere else, naming the first missing folder.
    public static func decide(missing: [String], environment: [String: String]) -> Decision {
        guard let first = missing.first else { return .run }
        if environment["CI"] == "true" {
            return .fail("\(first) is missing under CI=true: the conformance tests must run (check out the contract next to the project as ../shared)")
        }
        return .skip("\(first) is missing: the contract's conformance tests need the shared folder next to the project (../shared)")
    }

    /// Throws XCTSkip, or (under CI=true) an error that fails the test, unless every folder
    /// is there. Call first thing in a test that reads them.
    public static func require(_ folders: URL..., file: StaticString = #filePath, line: UInt = #line) throws {
        let missing = folders.filter { !isFolder($0) }.map(\.path)
        switch decide(missing: missing, environment: ProcessInfo.processInfo.environment) {
        case .run: return
        case .skip(let message): throw XCTSkip(message, file: file, line: line)
        case .fail(let message): throw MissingSharedFolder(description: message)   // a thrown error fails the test
        }
    }

    /// Thrown under CI=true: the test fails with this message.
    public struct MissingSharedFolder: Error, CustomStringConvertible {
        public let description: String
    }

    static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
