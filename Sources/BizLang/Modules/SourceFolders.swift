#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The .biz files `biz test` and `biz fmt` find below a folder (issue 16
/// item 4): sorted, skipping hidden names, anything that is not a regular
/// file (a FIFO would block the read, a device could read forever), and a
/// folder already visited — a symlink loop (`loop -> .`) is walked once, not
/// until the path is too long.
public func bizFiles(under folder: String) -> [String] {
    var visited = Set<FileIdentity>()
    var out: [String] = []
    collectBizFiles(folder, &visited, &out)
    return out.sorted()
}

/// A source file's text if it is a regular file, read without blocking
/// (`readRegularFile`); nil for a FIFO, a device, a folder or an unreadable one.
public func readSourceFile(_ path: String) -> String? {
    if case .text(let text) = readRegularFile(path) { return text }
    return nil
}

private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}

/// What `path` is, following links; nil when it cannot be looked at.
private func identity(_ path: String) -> (id: FileIdentity, kind: mode_t)? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return (FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)), st.st_mode & S_IFMT)
}

private func collectBizFiles(_ folder: String, _ visited: inout Set<FileIdentity>, _ out: inout [String]) {
    guard let me = identity(folder), me.kind == S_IFDIR, visited.insert(me.id).inserted else { return }
    for name in directoryEntries(folder) {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        guard let entry = identity(path) else { continue }
        if entry.kind == S_IFDIR { collectBizFiles(path, &visited, &out) }
        else if entry.kind == S_IFREG, name.hasSuffix(".biz") { out.append(path) }
    }
}
