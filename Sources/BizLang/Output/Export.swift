/// `export a, b to "file.csv" | ".json" | ".xlsx"` (LANGUAGE-NOTES "Exports").
/// Files follow only an explicit `--locale`/`:locale` (LANGUAGE.md §1).
extension Interpreter {
    func export(_ values: [Value], labels: [String], spans: [SourceSpan], to path: String, destSpan: SourceSpan) throws(BizError) {
        let locale = settings.programLocale
        let tables = ExportTables(display: Display(locale: locale))
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "json":
            let json = Exporter()
            func tooLarge(_ i: Int) -> BizError {
                BizError.at(spans[i], Message(MemoryText.exportTooLarge, MemoryText.size(Exporter.maxJSONBytes)))
            }
            if values.count == 1 {
                let text: String
                do { text = try json.json(values[0]) } catch { throw tooLarge(0) }
                return try writeFile(path, text, destSpan)
            }
            // Several values: one object, a key per exported expression.
            var seen: [String: Int] = [:]
            var fields: [String] = []
            for (i, (label, v)) in zip(labels, values).enumerated() {
                seen[label, default: 0] += 1
                let key = seen[label] == 1 ? label : "\(label) (\(seen[label] ?? 0))"
                do { fields.append("\(json.jsonString(key)): \(try json.jsonValue(v))") } catch { throw tooLarge(i) }
            }
            try writeFile(path, "{" + fields.joined(separator: ", ") + "}\n", destSpan)
        case "xlsx":
            var sheets: [ExportTable] = []
            for i in values.indices { sheets += try tables.tables(values[i], label: labels[i], span: spans[i]) }
            switch XLSXPackage.zip(XLSXWriter(locale: locale).parts(sheets)) {
            case .success(let bytes): try writeFile(path, bytes: bytes, destSpan)
            case .failure(let e): throw BizError.at(destSpan, Message(FileText.cannotWrite, path, e.message))
            }
        default:
            guard values.count == 1 else {
                throw BizError.at(spans[1], Message(OutputText.csvOneValue), hint: Message(OutputText.csvUseWorkbook))
            }
            let table = try tables.flat(values[0], label: labels[0], span: spans[0])
            try writeFile(path, CSVWriter(locale: locale).csv(table), destSpan)
        }
    }
}
