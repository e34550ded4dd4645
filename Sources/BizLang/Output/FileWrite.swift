/// Writes go only under the current directory, or under a folder named with
/// `--allow-write` (LANGUAGE.md §8), by the real path (GuardedWrite).
extension Interpreter {
    func destination(_ v: Value, _ span: SourceSpan, allowed: [String]) throws(BizError) -> String {
        guard case .str(let path) = v, !path.isEmpty else {
            throw .failure(Diagnostic(Message(FileText.destinationKind, allowed[0]), at: span))
        }
        guard let ext = path.split(separator: ".").last.map(String.init)?.lowercased(), allowed.contains(ext), path.contains(".") else {
            throw .failure(Diagnostic(Message(FileText.extensionKind, allowed.map { "." + $0 }.joined(separator: " or ")), at: span))
        }
        return path
    }

    func writeFile(_ path: String, _ text: String, _ span: SourceSpan) throws(BizError) {
        try writeFile(path, bytes: Array(text.utf8), span)
    }

    func writeFile(_ path: String, bytes: [UInt8], _ span: SourceSpan) throws(BizError) {
        // An editor re-runs the file on every keystroke: it must not write.
        guard settings.writesFiles else { skippedWrites.append(path); skippedWriteOutput?(path, bytes); return }
        if let refusal = GuardedWrite(allowWrite: settings.allowWrite).write(path, bytes: bytes) {
            throw .failure(Diagnostic(refusal.0, at: span).hint(refusal.hint))
        }
    }
}
