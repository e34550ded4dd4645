#if canImport(Glibc)
import Glibc
#endif

/// Finds the source of `use NAME`: `NAME.biz` in the script's folder first,
/// then the standard library, which is compiled into the binary (see
/// scripts/embed-stdlib), so `biz` works from any folder and when copied.
struct ModuleLoader {
    static var embeddedNames: [String] { Array(EmbeddedStdlib.modules.keys) }

    /// `using` is the file that says `use NAME`: a file never loads itself,
    /// so examples/finance.biz can `use finance` and get the stdlib's.
    func load(_ name: String, from folder: String?, using: String? = nil) -> SourceFile? {
        if let folder, isValidModuleName(name) {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name + ".biz"
            if !isSameFile(path, using), let text = readTextFile(path) { return SourceFile(name: path, text: text) }
        }
        if let text = EmbeddedStdlib.modules[name] { return SourceFile(name: "stdlib/\(name).biz", text: text) }
        return nil
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
