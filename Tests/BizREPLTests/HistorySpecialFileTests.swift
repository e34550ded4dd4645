// Issue 16 item 2: the history path names a regular file or nothing. A
// device, FIFO, folder or link to one is never read (no hang on /dev/zero)
// nor replaced; a link to a regular file is followed and stays a link; an
// entry over 64 KB is not kept; only the newest 4 MB of a file are read.

import Foundation
import XCTest
@testable import BizREPL

final class HistorySpecialFileTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("biz-history-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func kind(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0
    }

    /// The real devices are only checked, never handed to a HistoryFile, so
    /// even a broken check cannot replace them.
    func testRealDevicesAreRefused() {
        XCTAssertEqual(HistoryFile.check("/dev/zero"), .refused)
        XCTAssertEqual(HistoryFile.check("/dev/null"), .refused)
        XCTAssertNil(HistoryFile.checked("/dev/zero"))
        XCTAssertNil(HistoryFile.checked("/dev/null"))
        XCTAssertEqual(HistoryFile.check(folder.path), .refused, "a folder")
        XCTAssertEqual(HistoryFile.check(path("absent")), .absent)
        XCTAssertEqual(HistoryFile.checked(path("absent"))?.path, path("absent"))
    }

    /// A device node of our own (a copy of /dev/zero, made with mknod): the
    /// check refuses it, and even a HistoryFile made past the check neither
    /// reads it (an endless stream of zeros) nor replaces it.
    func testDeviceNodeIsNeitherReadNorReplaced() throws {
        let node = path("zero")
        guard makeZeroDevice(at: node) else {
            throw XCTSkip("mknod needs root (errno \(errno)); the FIFO test covers the same path")
        }
        XCTAssertEqual(HistoryFile.check(node), .refused)
        let file = HistoryFile(path: node)
        XCTAssertEqual(file.load(), [])
        XCTAssertFalse(file.append("1 + 1"))
        XCTAssertEqual(kind(node), S_IFCHR, "the device node is still there")
        XCTAssertFalse(FileManager.default.fileExists(atPath: node + ".lock"), "nothing was created beside it")
    }

    func testFIFOIsNeitherReadNorReplaced() throws {
        let fifo = path("fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(HistoryFile.check(fifo), .refused)
        let file = HistoryFile(path: fifo)
        XCTAssertEqual(file.load(), [], "opened without blocking, refused by fstat")
        XCTAssertFalse(file.append("1 + 1"))
        XCTAssertEqual(kind(fifo), S_IFIFO)
    }

    func testLinkToADeviceIsRefusedAndStaysALink() throws {
        let link = path("history")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        XCTAssertEqual(HistoryFile.check(link), .refused)
        XCTAssertNil(HistoryFile.checked(link))
        // Past the check, the save still refuses: the link is not replaced.
        XCTAssertFalse(HistoryFile(path: link).append("1 + 1"))
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "/dev/zero")
    }

    func testDanglingLinkIsRefused() throws {
        let link = path("history")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path("gone/history"))
        XCTAssertEqual(HistoryFile.check(link), .refused)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("gone")))
    }

    /// A history kept elsewhere (a dotfiles folder) through a link: the
    /// target is written, the link stays.
    func testLinkToARegularFileIsFollowedAndKept() throws {
        let target = path("dotfiles-history")
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = path("history")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let file = try XCTUnwrap(HistoryFile.checked(link))
        XCTAssertEqual(file.load(), ["old"])
        XCTAssertTrue(file.append("new"))
        XCTAssertEqual(kind(link), S_IFLNK)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "old\nnew\n")
    }

    func testEntryOver64KBIsNotKept() throws {
        let history = path("history")
        let file = HistoryFile(path: history)
        XCTAssertTrue(file.append("small"))
        let huge = String(repeating: "1+", count: 40_000) + "1"   // 80,001 bytes
        XCTAssertFalse(HistoryFile.keeps(huge))
        XCTAssertTrue(HistoryFile.keeps(String(repeating: "x", count: HistoryFile.maxEntryBytes)))
        XCTAssertFalse(file.append(huge))
        XCTAssertEqual(try String(contentsOfFile: history, encoding: .utf8), "small\n", "the file is unchanged")
    }

    /// A file someone grew past 4 MB (one huge line, then ordinary entries):
    /// only its newest 4 MB are read, the cut line and the huge entry are
    /// dropped, and the next save shrinks the file.
    func testHugeFileIsReadFromItsNewestPart() throws {
        let history = path("history")
        var text = String(repeating: "z", count: 6 << 20) + "\n"
        for index in 0..<10 { text += "entry \(index)\n" }
        try text.write(toFile: history, atomically: false, encoding: .utf8)
        let file = HistoryFile(path: history)
        XCTAssertEqual(file.load(), (0..<10).map { "entry \($0)" })
        XCTAssertTrue(file.append("entry 10"))
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        XCTAssertEqual(attributes[.size] as? Int, (0...10).map { "entry \($0)\n" }.joined().utf8.count)
    }

    /// Many small entries past 4 MB: the newest whole lines are read, the
    /// line the cut falls in is not half-read.
    func testCutFallsOnALineBoundary() throws {
        let history = path("history")
        let line = String(repeating: "a", count: 999) + "\n"   // 1000 bytes
        let count = (HistoryFile.maxReadBytes / 1000) + 50
        var text = ""
        for index in 0..<count { text += String(format: "%06d", index) + line.dropFirst(6) }
        try text.write(toFile: history, atomically: false, encoding: .utf8)
        let loaded = HistoryFile(path: history, limit: 100_000).load()
        XCTAssertTrue(loaded.allSatisfy { $0.utf8.count == 999 }, "no partial line")
        // 4,194,304 bytes hold 4,194 whole lines of 1000 bytes and part of one more.
        XCTAssertEqual(loaded.count, 4_194)
        XCTAssertEqual(loaded.first?.prefix(6), Substring(String(format: "%06d", count - 4_194)))
        XCTAssertEqual(loaded.last?.prefix(6), Substring(String(format: "%06d", count - 1)))
    }
}

/// A character device like /dev/zero (major 1, minor 5) at `path`, made with
/// mknod (needs root). Glibc's makedev is a macro Swift cannot call; for
/// small numbers it is major << 8 | minor.
func makeZeroDevice(at path: String) -> Bool {
    mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 5)) == 0
}
