#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file only where writing is allowed — under the current folder or
/// a `--allow-write` folder (LANGUAGE.md §8) — judged by the real path, with
/// every symbolic link followed, so a script from someone else cannot reach
/// outside through `evil.csv -> ../outside/precious.txt` or a linked folder.
///
/// The bytes go to a new temporary file created beside the target (O_EXCL,
/// O_NOFOLLOW, relative to the already-opened real folder) and are renamed
/// over it: an existing hard link to a file elsewhere is replaced, never
/// written through, and a half-written file never appears under the name.
/// Used by `export`, `plot … to`, `report … to` and the REPL's `:save`.
public struct GuardedWrite: Sendable {
    /// The real paths of the folders writing may go under.
    public let roots: [String]

    public init(allowWrite: [String]) {
        let cwd = currentDirectoryPath()
        roots = ([cwd] + allowWrite).compactMap { realPath(lexicalAbsolute($0)) ?? (($0 == cwd) ? cwd : nil) }
    }

    /// Nil when written, else why not (`path` is shown as the user wrote it).
    public func write(_ path: String, bytes: [UInt8]) -> (Message, hint: Message?)? {
        let full = lexicalAbsolute(path)
        let (folder, name) = split(full)
        guard !name.isEmpty, name != ".", name != ".." else { return (Message(FileText.notRegular, path), nil) }
        guard var dir = realPath(folder) else { return (Message(FileText.noFolder, path, folder), nil) }
        var file = name
        var target = join(dir, file)
        var st = stat()
        if lstat(target, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realPath(target) else {
                return (Message(FileText.danglingLink, path, linkText(target) ?? "?"), nil)
            }
            target = resolved
            (dir, file) = split(resolved)
        }
        guard isAllowed(dir) else {
            if target == full { return (Message(FileText.outside, path), Message(FileText.outsideHint)) }
            return (Message(FileText.leadsOutside, path, target), Message(FileText.outsideHint))
        }
        return replace(in: dir, name: file, bytes: bytes, shownAs: path)
    }

    func isAllowed(_ realFolder: String) -> Bool {
        roots.contains { root in root == "/" || realFolder == root || realFolder.hasPrefix(root + "/") }
    }

    private func replace(in dir: String, name: String, bytes: [UInt8], shownAs path: String) -> (Message, hint: Message?)? {
        let dirFD = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard dirFD >= 0 else { return failure(path) }
        defer { close(dirFD) }
        var st = stat()
        var mode: mode_t? = nil
        if fstatat(dirFD, name, &st, AT_SYMLINK_NOFOLLOW) == 0 {
            // Only a regular file is replaced: never a device, a FIFO, a
            // folder, or a link that appeared since the check above.
            guard (st.st_mode & S_IFMT) == S_IFREG else { return (Message(FileText.notRegular, path), nil) }
            mode = st.st_mode & 0o7777
        }
        let temporary = ".\(name).biz-tmp-\(getpid())"
        unlinkat(dirFD, temporary, 0)   // a leftover of an earlier crashed write by this pid
        let fd = openat(dirFD, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return failure(path) }
        if let mode { _ = fchmod(fd, mode) }
        let written = writeAll(fd, bytes)
        let savedErrno = errno
        let closed = close(fd) == 0
        guard written, closed, renameat(dirFD, temporary, dirFD, name) == 0 else {
            let error = written && closed ? errno : savedErrno
            unlinkat(dirFD, temporary, 0)
            errno = error
            return failure(path)
        }
        return nil
    }

    private func failure(_ path: String) -> (Message, hint: Message?) {
        (Message(FileText.cannotWrite, path, String(cString: strerror(errno))), nil)
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { rawWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    private func split(_ full: String) -> (String, String) {
        guard let slash = full.lastIndex(of: "/") else { return (".", full) }
        let folder = String(full[..<slash])
        return (folder.isEmpty ? "/" : folder, String(full[full.index(after: slash)...]))
    }

    private func join(_ dir: String, _ name: String) -> String { dir == "/" ? "/" + name : dir + "/" + name }

    private func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// write(2) under a name the `write(_:bytes:)` method does not shadow.
private func rawWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// The path with every link followed, or nil when some part does not exist.
public func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

public func currentDirectoryPath() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "/" }
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// An absolute path with `.` and `..` resolved lexically (the file need not
/// exist yet). Only a first step: GuardedWrite then follows the links.
public func lexicalAbsolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : currentDirectoryPath() + "/" + path
    var parts: [Substring] = []
    for part in full.split(separator: "/") {
        if part == "." || part.isEmpty { continue }
        if part == ".." { _ = parts.popLast(); continue }
        parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
}
