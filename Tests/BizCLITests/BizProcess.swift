import XCTest
import BizTestSupport
import Foundation

/// Runs the built `biz` binary and captures what it prints.
struct BizProcess {
    struct Result {
        let stdout: String
        let stderr: String
        let code: Int32
    }

    /// The package root (this file is Tests/BizCLITests/BizProcess.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = BizBinary.url

    /// `executable`: another program to run instead (a shell that sets a limit, then runs biz).
    static func run(_ args: [String], stdin: String? = nil, cwd: URL = root, env: [String: String] = [:],
                    executable: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = executable ?? binary
        p.arguments = args
        p.currentDirectoryURL = cwd
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The interface language follows the environment (LANGUAGE.md §1):
        // tests speak English unless they ask for another language.
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        // Tables fit 80 columns when stdout is not a terminal, unless COLUMNS says otherwise.
        environment["COLUMNS"] = nil
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        let reader = out.fileHandleForReading
        DispatchQueue.global().async { outBox.data = reader.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        p.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), code: p.terminationStatus)
    }
}
