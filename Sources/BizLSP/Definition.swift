// Go to definition: a cell, function or declaration of the document (the
// definition a use sees), a parameter of the enclosing function, a `use`d
// module's file, or a name a used module defines.

import BizLang
import Foundation

extension LanguageServer {
    func definition(_ doc: Document, _ params: JSONObject) -> Any {
        guard let position = Position(json: params["position"]) else { return NSNullValue }
        let bytes = doc.index.bytes
        let offset = doc.index.byteOffset(of: position)
        guard let word = Words.word(in: bytes, at: offset) else { return NSNullValue }
        func location(_ uri: String, _ range: TextRange) -> Any { ["uri": uri, "range": range.json] as JSONObject }

        if let use = doc.outline.uses.first(where: { $0.start <= word.start && word.end <= $0.end }), use.module == word.text {
            guard let file = moduleFile(use.module, doc) else { return NSNullValue }
            return location(Document.uri(of: file.path), TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)))
        }
        if let fn = doc.outline.definitions.first(where: { $0.kind == .function && $0.start <= word.start && word.end <= $0.end }),
           let p = fn.parameters.first(where: { $0.name == word.text }) {
            return location(doc.uri, doc.index.range(p.start, p.end))
        }
        if let d = doc.outline.definition(of: word.text, at: word.start) {
            return location(doc.uri, doc.index.range(d.nameStart, d.nameEnd))
        }
        for use in doc.outline.uses {
            guard let file = moduleFile(use.module, doc) else { continue }
            let source = SourceFile(name: file.path, text: file.text)
            if let d = Outline(source).definition(of: word.text, at: Int.max) {
                return location(Document.uri(of: file.path), LineIndex(file.text).range(d.nameStart, d.nameEnd))
            }
        }
        return NSNullValue
    }

    /// The file `use NAME` loads: the script folder's, or the standard
    /// library's. The standard library is compiled into `biz`; to open it,
    /// a read-only copy is kept in the temporary folder (only when asked for).
    func moduleFile(_ name: String, _ doc: Document) -> (path: String, text: String)? {
        let rt = Interpreter(settings: options.settings, loadPrelude: false)
        rt.scriptFolder = doc.folder
        guard let source = rt.moduleSource(name, usedBy: doc.path) else { return nil }
        if source.name.hasPrefix("/") || FileManager.default.fileExists(atPath: source.name) && !source.name.hasPrefix("stdlib/") {
            return (source.name, source.text)
        }
        let folder = NSTemporaryDirectory() + "biz-stdlib-\(getuid())"
        let path = folder + "/" + name + ".biz"
        if (try? String(contentsOfFile: path, encoding: .utf8)) != source.text {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: path)
            _ = FileManager.default.createFile(atPath: path, contents: Data(source.text.utf8), attributes: [.posixPermissions: 0o444])
        }
        return (path, source.text)
    }
}
