#if canImport(Glibc)
import Glibc
#endif

/// Writes go only under the current directory, or under a folder named with
/// `--allow-write` (LANGUAGE.md §8).
extension Interpreter {
    func destination(_ v: Value, _ span: SourceSpan, allowed: [String]) throws(BizError) -> String {
        guard case .str(let path) = v, !path.isEmpty else { throw BizError.at(span, "the destination must be a file name in quotes, like \"out.\(allowed[0])\"") }
        guard let ext = path.split(separator: ".").last.map(String.init)?.lowercased(), allowed.contains(ext), path.contains(".") else {
            throw BizError.at(span, "the file must end in \(allowed.map { "." + $0 }.joined(separator: " or "))")
        }
        return path
    }

    func writeFile(_ path: String, _ text: String, _ span: SourceSpan) throws(BizError) {
        try writeFile(path, bytes: Array(text.utf8), span)
    }

    func writeFile(_ path: String, bytes: [UInt8], _ span: SourceSpan) throws(BizError) {
        let target = absolute(path)
        let cwd = currentDirectory()
        let roots = [cwd] + settings.allowWrite.map(absolute)
        guard roots.contains(where: { target == $0 || target.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
            throw BizError.at(span, "writing \(path) is not allowed: files go under the current folder",
                              hint: "run biz with --allow-write FOLDER to write elsewhere")
        }
        guard let f = fopen(target, "wb") else {
            throw BizError.at(span, "cannot write \(path): the folder may not exist or is not writable")
        }
        defer { fclose(f) }
        guard fwrite(bytes, 1, bytes.count, f) == bytes.count else { throw BizError.at(span, "cannot write \(path)") }
    }

    func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An absolute path with `.` and `..` resolved lexically (the file need
    /// not exist yet; a `..` cannot climb out of the allowed folder).
    func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
