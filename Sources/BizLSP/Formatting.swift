// Formatting: `biz fmt`'s layout of the whole document, as one edit (none
// when it is already formatted or does not parse).

extension LanguageServer {
    func formatting(_ doc: Document) -> Any {
        guard case .formatted(let text) = Formatter.format(doc.text, name: doc.path), text != doc.text else { return [Any]() }
        let end = doc.index.position(ofByte: doc.index.bytes.count)
        let edit: JSONObject = ["range": TextRange(start: Position(line: 0, character: 0), end: end).json, "newText": text]
        return [edit]
    }
}
