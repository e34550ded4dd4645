// `:locale` is an explicit choice, so exported files follow it (LANGUAGE.md §1).

import BizLang
import Foundation
import XCTest
@testable import BizREPL

final class LocaleExportTests: XCTestCase {
    func testLocaleCommandChangesExportedCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-locale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = Settings()
        settings.allowWrite = [folder.path]
        let session = BizSession(settings: settings)
        session.interpreter.output = { _ in }
        let file = folder.appendingPathComponent("x.csv")
        func exported() throws -> [UInt8] {
            guard case .output = session.evaluate("export [{a: 1.5}] to \"\(file.path)\"") else {
                XCTFail("the export failed")
                return []
            }
            return [UInt8](try Data(contentsOf: file))
        }
        XCTAssertEqual(String(decoding: try exported(), as: UTF8.self), "a\r\n1.5\r\n")
        _ = session.evaluate(":locale ru")
        XCTAssertEqual(try exported(), [0xEF, 0xBB, 0xBF] + Array("a\r\n1,5\r\n".utf8))
    }
}
