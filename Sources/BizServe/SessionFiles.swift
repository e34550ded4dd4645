// The server's only write root: FOLDER/.biz-serve/. Each participant is two
// files under sessions/ — ID.biz (the model as typed) and ID.json (name,
// lesson step, last answers) — and the room's state is room.json. Every
// write goes to a temporary file in the same folder, is flushed, then
// renamed over the old one: a crash or a kill leaves the old or the new
// file, never half of one. Names are ours (hex ids), never the browser's.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct SessionFiles: Sendable {
    /// FOLDER/.biz-serve, by its real path.
    let root: String
    var sessions: String { root + "/sessions" }

    init?(servedFolder: String) {
        guard let real = realpath(servedFolder, nil) else { return nil }
        defer { free(real) }
        root = String(cString: real) + "/.biz-serve"
        for dir in [root, root + "/sessions"] {
            if mkdir(dir, 0o755) != 0 && errno != EEXIST { return nil }
        }
        guard access(root + "/sessions", W_OK) == 0 else { return nil }
    }

    static func isID(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && s.allSatisfy { $0.isHexDigit && ($0.isNumber || $0.isLowercase) }
    }

    func sourcePath(_ id: String) -> String { sessions + "/" + id + ".biz" }
    func metaPath(_ id: String) -> String { sessions + "/" + id + ".json" }
    var roomPath: String { root + "/room.json" }

    /// Writes `bytes` to `path` atomically (temporary file, fsync, rename).
    @discardableResult
    func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        let temporary = path + ".tmp" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { close(fd); unlink(temporary); return false }
            offset += n
        }
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else { unlink(temporary); return false }
        return true
    }

    func write(_ path: String, text: String) { write(path, Array(text.utf8)) }

    func read(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// The ids of the sessions on disk.
    func storedIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".json") else { return nil }
            let id = String(name.dropLast(5))
            return SessionFiles.isID(id) ? id : nil
        }.sorted()
    }
}
