// Completion, by what is before the cursor: modules after `use`, fields
// after `NAME.`, a declaration's keys inside `segment smb { … }`, else the
// names in scope (the document's, the prelude's, builtins, keywords).
// Nothing is evaluated: fields come from the latest evaluation's values.

import BizLang
import BizREPL
import Foundation

extension LanguageServer {
    enum ItemKind: Int { case function = 3, field = 5, variable = 6, module = 9, property = 10, keyword = 14, structure = 22 }

    func completion(_ doc: Document, _ params: JSONObject) -> Any {
        guard let position = Position(json: params["position"]) else { return [Any]() }
        let bytes = doc.index.bytes
        let offset = doc.index.byteOffset(of: position)
        let word = Words.word(in: bytes, at: offset).flatMap { $0.end == offset ? $0 : nil }
        let wordStart = word?.start ?? offset
        let prefix = word.map { String(decoding: bytes[$0.start..<offset], as: UTF8.self) } ?? ""
        let before = Words.linePrefix(bytes, wordStart)
        var items: [JSONObject]
        if before.trimmingCharacters(in: .whitespaces) == "use" {
            items = modules(doc).map { item($0, .module) }
        } else if before.hasSuffix("."), let owner = Words.word(in: bytes, at: wordStart - 1) {
            items = fields(of: owner.text, doc).map { item($0, .field) }
        } else if let kind = Words.enclosingDeclaration(bytes, wordStart, kinds: EditorHelp.declarationKinds), Words.atFieldKey(bytes, wordStart) {
            items = EditorHelp.fields(of: kind, locale: locale).map {
                var i = item($0.name, .property, detail: $0.unit, documentation: $0.meaning)
                i["insertText"] = $0.name + ": "
                return i
            }
        } else {
            items = names(doc, at: wordStart)
        }
        let matching = items.filter { ($0["label"] as? String)?.hasPrefix(prefix) ?? false }
        return ["isIncomplete": false, "items": matching] as JSONObject
    }

    private func item(_ label: String, _ kind: ItemKind, detail: String? = nil, documentation: String? = nil) -> JSONObject {
        var out: JSONObject = ["label": label, "kind": kind.rawValue]
        if let detail { out["detail"] = detail }
        if let documentation { out["documentation"] = documentation }
        return out
    }

    private func modules(_ doc: Document) -> [String] {
        let rt = Interpreter(settings: options.settings, loadPrelude: false)
        rt.scriptFolder = doc.folder
        let own = (doc.path as NSString).lastPathComponent.replacingOccurrences(of: ".biz", with: "")
        return rt.availableModules.filter { $0 != own }
    }

    /// `NAME.`: the fields of the cell's value after the last run, else of
    /// a declaration or record as written, else of a declaration kind.
    private func fields(of owner: String, _ doc: Document) -> [String] {
        if let cell = doc.lastCells[owner], !cell.fields.isEmpty { return cell.fields }
        if let d = doc.outline.definition(of: owner, at: Int.max), !d.fields.isEmpty {
            if case .declaration = d.kind { return ["name"] + d.fields.map(\.name) }
            return d.fields.map(\.name)
        }
        if EditorHelp.declarationKinds.contains(owner) { return EditorHelp.fields(of: owner, locale: locale).map(\.name) }
        return []
    }

    private func names(_ doc: Document, at offset: Int) -> [JSONObject] {
        var seen = Set<String>()
        var out: [JSONObject] = []
        func add(_ name: String, _ kind: ItemKind, detail: String? = nil) {
            guard !name.isEmpty, !name.contains("'"), seen.insert(name).inserted else { return }
            out.append(item(name, kind, detail: detail))
        }
        // Parameters of the function the cursor is in come first.
        for d in doc.outline.definitions where d.kind == .function && d.start <= offset && offset <= d.end {
            for p in d.parameters { add(p.name, .variable) }
        }
        for d in doc.outline.definitions.reversed() {
            let cell = doc.lastCells[d.name]
            switch d.kind {
            case .function: add(d.name, .function, detail: cell?.parameters.map { "(" + $0.joined(separator: ", ") + ")" })
            case .declaration(let kind): add(d.name, .structure, detail: kind)
            case .cell: add(d.name, .variable, detail: cell?.inline)
            case .rate: break
            }
        }
        let rt = Interpreter(settings: options.settings)
        rt.output = { _ in }
        if doc.outline.uses.contains(where: { $0.module == "finance" }) { rt.loadFinanceForCompletion() }
        for info in rt.userNames + rt.visibleBuiltinNames {
            add(info.name, info.isFunction ? .function : .variable, detail: info.isFunction ? "(" + info.parameters.joined(separator: ", ") + ")" : nil)
        }
        for k in Keyword.allCases { add(k.rawValue, .keyword) }
        for w in EditorHelp.contextualWords { add(w, .keyword) }
        return out
    }
}

extension Interpreter {
    /// Makes the finance library's names visible, as `use finance` does.
    func loadFinanceForCompletion() {
        _ = try? evaluateEntry(SourceFile(name: "<completion>", text: "use finance"))
    }
}
