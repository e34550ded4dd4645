#if canImport(Glibc)
import Glibc
#endif

/// Finds the source of `use NAME`: `NAME.biz` in the script's folder first,
/// then the standard library, which is compiled into the binary (see
/// scripts/embed-stdlib), so `biz` works from any folder and when copied.
struct ModuleLoader {
    static var embeddedNames: [String] { Array(EmbeddedStdlib.modules.keys) }

    enum Lookup {
        case found(SourceFile)
        case missing
        /// A `NAME.biz` is there but may not be read (issue 16): a link out
        /// of the script's folder, a FIFO or a device.
        case refused(Message)
    }

    /// `using` is the file that says `use NAME`: a file never loads itself,
    /// so examples/finance.biz can `use finance` and get the stdlib's.
    func load(_ name: String, from folder: String?, using: String? = nil) -> SourceFile? {
        if case .found(let source) = lookup(name, from: folder, using: using) { return source }
        return nil
    }

    /// `NAME.biz` beside the script — only when its real path stays inside
    /// the script's real folder and it is a regular file — else the stdlib.
    func lookup(_ name: String, from folder: String?, using: String? = nil) -> Lookup {
        if let folder, isValidModuleName(name) {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name + ".biz"
            var st = stat()
            if !isSameFile(path, using), lstat(path, &st) == 0 {
                guard let realFolder = realPath(folder), let real = realPath(path) else {
                    return .refused(Message(FileText.moduleLeadsOutside, name, path, "?"))
                }
                guard real.hasPrefix(realFolder == "/" ? "/" : realFolder + "/") else {
                    return .refused(Message(FileText.moduleLeadsOutside, name, path, real))
                }
                switch readRegularFile(real) {
                case .text(let text): return .found(SourceFile(name: path, text: text))
                case .notRegular: return .refused(Message(FileText.moduleNotRegular, name, path))
                case .unreadable: return .refused(Message(FileText.moduleUnreadable, name, path))
                }
            }
        }
        if let text = EmbeddedStdlib.modules[name] { return .found(SourceFile(name: "stdlib/\(name).biz", text: text)) }
        return .missing
    }

    private func isSameFile(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        guard let ra = realpath(a, nil), let rb = realpath(b, nil) else { return a == b }
        defer { free(ra); free(rb) }
        return strcmp(ra, rb) == 0
    }

    private func isValidModuleName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
    }
}

public enum RegularFileRead {
    case text(String)
    case notRegular
    case unreadable
}

/// Reads a regular file without ever blocking: opened with O_NONBLOCK (a
/// FIFO or a tty opens at once), checked with fstat on the opened
/// descriptor (no race with a swap of the name), refused unless regular.
public func readRegularFile(_ path: String, maxBytes: Int = 64 << 20) -> RegularFileRead {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { return .unreadable }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .unreadable }
    guard (st.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
    guard Int(st.st_size) <= maxBytes else { return .unreadable }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = read(fd, &chunk, chunk.count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return .unreadable }
        if n == 0 { break }
        bytes += chunk[0..<n]
        if bytes.count > maxBytes { return .unreadable }
    }
    return .text(String(decoding: bytes, as: UTF8.self))
}

/// Reads a whole file as UTF-8 (invalid bytes become U+FFFD and are then
/// reported by the lexer as unexpected characters), or nil if unreadable.
public func readTextFile(_ path: String, maxBytes: Int = 64 << 20) -> String? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
        if bytes.count > maxBytes { return nil }
    }
    if ferror(f) != 0 { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

/// The names in a folder, sorted, without hidden ones (empty if unreadable).
public func directoryEntries(_ folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if !name.hasPrefix(".") { out.append(name) }
    }
    return out.sorted()
}

public func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}
