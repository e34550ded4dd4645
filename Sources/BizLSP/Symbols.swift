// Document symbols: cells, functions, declarations (with their fields) and
// rates, from the parse alone, so the outline works while a run is going.

extension LanguageServer {
    enum SymbolKind: Int { case module = 2, field = 8, function = 12, variable = 13, constant = 14, structure = 23 }

    func documentSymbols(_ doc: Document) -> Any {
        let index = doc.index
        var out: [(Int, JSONObject)] = []
        for d in doc.outline.definitions {
            let kind: SymbolKind
            var detail: String?
            var children: [JSONObject] = []
            switch d.kind {
            case .cell: kind = .variable
            case .function:
                kind = .function
                detail = "(" + d.parameters.map(\.name).joined(separator: ", ") + ")"
            case .declaration(let k):
                kind = .structure
                detail = k
                children = d.fields.map { f in
                    let r = index.range(f.start, f.end).json
                    return ["name": f.name, "kind": SymbolKind.field.rawValue, "range": r, "selectionRange": r]
                }
            case .rate:
                kind = .constant
                detail = "rate"
            }
            let whole = index.range(d.start, d.end)
            let selection = d.nameEnd > d.nameStart ? index.range(d.nameStart, d.nameEnd) : whole
            var symbol: JSONObject = ["name": d.kind == .rate ? "rate " + d.name : d.name, "kind": kind.rawValue,
                                      "range": whole.json, "selectionRange": selection.json]
            if let detail { symbol["detail"] = detail }
            if !children.isEmpty { symbol["children"] = children }
            out.append((d.start, symbol))
        }
        for use in doc.outline.uses {
            let r = index.range(use.start, use.end).json
            out.append((use.start, ["name": "use " + use.module, "kind": SymbolKind.module.rawValue, "range": r, "selectionRange": r]))
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
