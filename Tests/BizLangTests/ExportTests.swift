import XCTest
import Foundation
import BizFormat
@testable import BizLang

/// `export … to "x.csv"` (issue 11 item 2) byte by byte, and the pieces of
/// the .xlsx writer that a reader does not show (LANGUAGE-NOTES "Exports").
final class ExportTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Runs `script` with `{dir}` standing for the test's folder (allowed for
    /// writes) and returns the bytes of `file` there.
    /// `locale` as `--locale` gives it, or (`fromEnvironment`) as LANG does.
    func export(_ script: String, file: String, locale: OutputLocale = .en, fromEnvironment: Bool = false) throws -> [UInt8] {
        let rt = Interpreter()
        rt.settings.allowWrite = [folder.path]
        rt.settings.locale = locale
        rt.settings.localeFromEnvironment = fromEnvironment
        rt.output = { _ in }
        let result = evalText(script.replacing("{dir}", with: folder.path), in: rt)
        XCTAssertEqual(result, "", "the script failed")
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
    }

    let records = #"""
    rows = [{name: "Smith, \"Jr\"", price: 12.5 USD, share: 12.5%, n: 1500}, {name: "a;b", price: 1000.25 USD, share: 4.17%, n: 0.5}]
    export rows to "{dir}/rows.csv"
    """#

    func testEnglishCSVIsRFC4180() throws {
        let bytes = try export(records, file: "rows.csv")
        XCTAssertNotEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "no BOM in en")
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "name,price (USD),share (%),n\r\n"
                       + "\"Smith, \"\"Jr\"\"\",12.5,12.5%,1500\r\n"
                       + "a;b,1000.25,4.17%,0.5\r\n")
    }

    func testRussianCSVHasBOMSemicolonsAndDecimalCommas() throws {
        let bytes = try export(records, file: "rows.csv", locale: .ru)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a UTF-8 BOM, so Russian Excel reads UTF-8")
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self),
                       "name;price (USD);share (%);n\r\n"
                       + "\"Smith, \"\"Jr\"\"\";12,5;12,5%;1500\r\n"
                       + "\"a;b\";1000,25;4,17%;0,5\r\n")
    }

    func testAnInterfaceLocaleFromTheEnvironmentDoesNotChangeFiles() throws {
        // LANG=ru_RU.UTF-8 makes the interface Russian; files still follow
        // only an explicit --locale (LANGUAGE.md §1).
        let bytes = try export(records, file: "rows.csv", locale: .ru, fromEnvironment: true)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").first, "name,price (USD),share (%),n")
    }

    func testRunCSVHasCurrenciesAndSegmentColumns() throws {
        let script = """
        market { months: 3, currency: RUB, resolution: 50 }
        segment smb { size: 10k, customers: 600, competitors: 6k, wtp: 80 RUB to 260 RUB, churn: 2%/month }
        segment enterprise { size: 2k, customers: 100, competitors: 1k, wtp: 300 RUB to 900 RUB, churn: 1%/month }
        company shop { price: 120 RUB, segments: [smb, enterprise], fixed_costs: 40k RUB/month, cash: 300k RUB }
        run = simulate(shop)
        export run to "{dir}/run.csv"
        """
        let text = String(decoding: try export(script, file: "run.csv", locale: .ru).dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(lines.count, 6, "a header, months 0…3 and the final CRLF")
        let header = lines[0]
        for column in ["month", "customers", "revenue (RUB)", "cash (RUB)", "share (%)", "smb.customers",
                       "smb.revenue (RUB)", "enterprise.customers", "enterprise.share (%)"] {
            XCTAssertTrue(header.contains(column), "\(column) in \(header)")
        }
        func value(_ column: String, month: Int) -> String? {
            header.firstIndex(of: column).map { lines[month + 1][$0] }
        }
        XCTAssertEqual(value("customers", month: 0), "700")
        XCTAssertEqual(value("smb.customers", month: 0), "600")
        XCTAssertEqual(value("enterprise.customers", month: 0), "100")
        XCTAssertEqual(value("cash (RUB)", month: 0), "300000")
        XCTAssertEqual(value("smb.share (%)", month: 0), "6%", "600 of 10,000")
        XCTAssertEqual(value("share (%)", month: 0), "5,83333333333%", "700 of 12,000, decimal comma")
        XCTAssertEqual(header.count, lines[3].count)
    }

    func testEnglishCSVOfASeries() throws {
        let script = """
        market { months: 3, currency: EUR, resolution: 50 }
        segment smb { size: 10k, customers: 600, competitors: 6k, wtp: 80 EUR to 260 EUR, churn: 2%/month }
        company shop { price: 120 EUR, segments: [smb], fixed_costs: 40k EUR/month, cash: 300.5k EUR }
        export simulate(shop).cash to "{dir}/cash.csv"
        """
        let text = String(decoding: try export(script, file: "cash.csv"), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("month,cash (EUR)\r\n0,300500\r\n1,"), text)
        XCTAssertEqual(text.components(separatedBy: "\r\n").count, 6, "a header, months 0…3 and the final CRLF")
        XCTAssertFalse(text.replacing("\r\n", with: "").contains("\n"), "every line ends in CRLF")
    }

    func testSeveralValuesDoNotFitOneCSV() {
        let e = errors("a = [1]\nb = [2]\nexport a, b to \"x.csv\"")
        XCTAssertEqual(e.first?.message, "a .csv file holds one table, so it takes one value")
        XCTAssertEqual(e.first?.hints, ["export several values to an .xlsx workbook (a sheet each) or to .json"])
    }

    func testSeveralValuesToJSONAreOneObject() throws {
        let bytes = try export("a = [1, 2]\nb = 5 RUB\nexport a, b, a to \"{dir}/ab.json\"", file: "ab.json")
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       #"{"a": [1, 2], "b": {"value": 5, "unit": "money (RUB)"}, "a (2)": [1, 2]}"# + "\n")
    }

    func testSheetNamesFollowExcelRules() {
        var names = XLSXSheetNames()
        XCTAssertEqual(names.name(for: "run"), "run")
        XCTAssertEqual(names.name(for: "RUN"), "RUN (2)", "unique without regard to case")
        XCTAssertEqual(names.name(for: "a[1]: b/c?*\\"), "a_1__ b_c___")
        XCTAssertEqual(names.name(for: "'quoted'"), "quoted")
        XCTAssertEqual(names.name(for: ""), "Sheet")
        XCTAssertEqual(names.name(for: "history"), "history_")
        let long = String(repeating: "x", count: 40)
        XCTAssertEqual(names.name(for: long), String(repeating: "x", count: 31))
        XCTAssertEqual(names.name(for: long), String(repeating: "x", count: 27) + " (2)")
        XCTAssertEqual(names.name(for: String(repeating: "я", count: 40)).count, 31)
    }

    func testCurrencyFormatsPerLocale() {
        let en = XLSXStyles(locale: .en), ru = XLSXStyles(locale: .ru)
        XCTAssertEqual(en.moneyFormat("USD"), "$#,##0.00")
        XCTAssertEqual(en.moneyFormat("EUR"), ##""€"#,##0.00"##)
        XCTAssertEqual(en.moneyFormat("RUB"), #"#,##0.00 "₽""#)
        XCTAssertEqual(en.moneyFormat("KZT"), #"#,##0.00 "KZT""#)
        XCTAssertEqual(ru.moneyFormat("RUB"), #"#,##0.00 "₽""#)
        XCTAssertEqual(ru.moneyFormat("USD"), #"#,##0.00 "$""#)
        XCTAssertEqual(ru.moneyFormat("EUR"), #"#,##0.00 "€""#)
    }

    func testXMLEscapingDropsWhatXMLCannotHold() {
        XCTAssertEqual(xmlEscape("a<b & \"c\">\u{1}d\te"), "a&lt;b &amp; &quot;c&quot;&gt;d\te")
        XCTAssertEqual(XLSXWriter.column(0), "A")
        XCTAssertEqual(XLSXWriter.column(25), "Z")
        XCTAssertEqual(XLSXWriter.column(26), "AA")
        XCTAssertEqual(XLSXWriter.column(701), "ZZ")
        XCTAssertEqual(XLSXWriter.column(702), "AAA")
    }
}
