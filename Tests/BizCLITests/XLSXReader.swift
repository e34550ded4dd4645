import XCTest
import Foundation

/// Reads an .xlsx back with a real reader: openpyxl, from Debian's
/// `python3-openpyxl` (scripts/setup installs it), run by /usr/bin/python3 —
/// the `python3` on PATH may be another Python that cannot see Debian's
/// packages. A missing reader fails the test with what to install; it never
/// skips, or the workbook would go unchecked.
struct XLSXReader {
    struct Cell { let value: Any?; let format: String; let bold: Bool }
    struct Sheet { let title: String; let frozen: String?; let rows: [[Cell]] }

    static let python = "/usr/bin/python3"

    static let dump = """
    import json, sys
    import openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = []
    for ws in wb.worksheets:
        rows = [[{"v": c.value, "f": c.number_format, "b": bool(c.font and c.font.b)} for c in row] for row in ws.iter_rows()]
        out.append({"title": ws.title, "frozen": ws.freeze_panes, "rows": rows})
    print(json.dumps(out))
    """

    static func read(_ path: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [Sheet] {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("no \(python): run scripts/setup (apt-get install python3-openpyxl) to read workbooks back", file: file, line: line)
            return []
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", dump, path.path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if errText.contains("No module named 'openpyxl'") {
            XCTFail("openpyxl is missing: run scripts/setup (apt-get install python3-openpyxl)", file: file, line: line)
            return []
        }
        guard p.terminationStatus == 0 else {
            XCTFail("openpyxl could not read \(path.lastPathComponent): \(errText)", file: file, line: line)
            return []
        }
        guard let sheets = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            XCTFail("unreadable reader output", file: file, line: line)
            return []
        }
        return sheets.map { s in
            let rows = (s["rows"] as? [[[String: Any]]] ?? []).map { row in
                row.map { c in Cell(value: c["v"] is NSNull ? nil : c["v"], format: c["f"] as? String ?? "", bold: c["b"] as? Bool ?? false) }
            }
            return Sheet(title: s["title"] as? String ?? "", frozen: s["frozen"] as? String, rows: rows)
        }
    }
}

extension XLSXReader.Sheet {
    var header: [String] { rows.first?.map { $0.value as? String ?? "" } ?? [] }

    /// The cell under `column` in data row `index` (0 = the first row below the header).
    func cell(_ column: String, _ index: Int) -> XLSXReader.Cell? {
        guard let c = header.firstIndex(of: column), index + 1 < rows.count, c < rows[index + 1].count else { return nil }
        return rows[index + 1][c]
    }

    func number(_ column: String, _ index: Int) -> Double? {
        guard let v = cell(column, index)?.value else { return nil }
        return (v as? NSNumber)?.doubleValue
    }
}
