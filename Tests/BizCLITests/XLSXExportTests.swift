import XCTest
import Foundation

/// `export … to "x.xlsx"` (issue 11 item 1): workbooks written by the real
/// `biz`, read back by openpyxl (XLSXReader); values, sheet names, number
/// formats and the frozen header are checked.
final class XLSXExportTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Two segments: 600 + 100 customers today, 12,000 people in all.
    func model(currency: String) -> String {
        """
        market { months: 12, currency: \(currency), resolution: 50 }
        segment smb { size: 10k, customers: 600, competitors: 6k, wtp: 80 \(currency) to 260 \(currency), churn: 2%/month }
        segment enterprise { size: 2k, customers: 100, competitors: 1k, wtp: 300 \(currency) to 900 \(currency), churn: 1%/month }
        competitor rivals { price: 130 \(currency), reach: 0.2%/month }
        strategy calls { leads: 1.5k/month, conversion: 6%, cost_per_lead: 8 \(currency) }
        price = 120 \(currency)
        fixed = 40k \(currency)/month
        company shop {
          price: price, segments: [smb, enterprise], strategy: calls, competitor: rivals
          fixed_costs: fixed, unit_cost: 35 \(currency), cash: 300k \(currency)
        }
        run = simulate(shop)
        profit_year = run.profit.sum
        share_end = run.share.last
        customers_end = run.customers.last

        """
    }

    func runBiz(_ script: String, _ options: [String] = []) throws -> BizProcess.Result {
        let path = folder.appendingPathComponent("model.biz")
        try script.write(to: path, atomically: true, encoding: .utf8)
        let r = try BizProcess.run(options + [path.path], cwd: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        return r
    }

    func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func values(_ series: Any?) -> [Double] {
        ((series as? [String: Any])?["values"] as? [NSNumber] ?? []).map(\.doubleValue)
    }

    func column(_ sheet: XLSXReader.Sheet, _ name: String) -> [Double] {
        (0..<(sheet.rows.count - 1)).compactMap { sheet.number(name, $0) }
    }

    func testTwoSegmentRunGivesTotalsAndASheetPerSegment() throws {
        let r = try runBiz(model(currency: "RUB") + """
        export run to "run.xlsx"
        export run to "run.json"
        """, ["--locale", "ru"])
        XCTAssertEqual(r.stdout, "записан файл run.xlsx\nзаписан файл run.json\n")
        let sheets = try XLSXReader.read(folder.appendingPathComponent("run.xlsx"))
        XCTAssertEqual(sheets.map(\.title), ["run", "run.smb", "run.enterprise"])
        guard sheets.count == 3 else { return }
        let (totals, smb, enterprise) = (sheets[0], sheets[1], sheets[2])

        for s in sheets {
            XCTAssertEqual(s.frozen, "A2", "\(s.title): the header row is frozen")
            XCTAssertTrue(s.rows[0].allSatisfy(\.bold), "\(s.title): the header is bold")
            XCTAssertEqual(s.rows.count, 14, "\(s.title): a header and months 0…12")
            XCTAssertEqual(column(s, "month"), (0...12).map(Double.init))
        }
        XCTAssertEqual(Array(totals.header.prefix(2)), ["month", "customers"])
        XCTAssertTrue(totals.header.contains("revenue (RUB)"), "\(totals.header)")
        XCTAssertTrue(totals.header.contains("share (%)"), "\(totals.header)")

        // Month 0 is today: the inputs, so exact.
        XCTAssertEqual(totals.number("customers", 0), 700)
        XCTAssertEqual(smb.number("customers", 0), 600)
        XCTAssertEqual(enterprise.number("customers", 0), 100)
        XCTAssertEqual(totals.number("cash (RUB)", 0), 300_000)
        XCTAssertEqual(try XCTUnwrap(totals.number("share (%)", 0)), 700.0 / 12_000, accuracy: 1e-9)

        // Number formats: roubles, percents, counts with one decimal.
        XCTAssertEqual(totals.cell("cash (RUB)", 0)?.format, #"#,##0.00 "₽""#)
        XCTAssertEqual(smb.cell("revenue (RUB)", 3)?.format, #"#,##0.00 "₽""#)
        XCTAssertEqual(totals.cell("share (%)", 0)?.format, "0.00%")
        XCTAssertEqual(totals.cell("customers", 5)?.format, "#,##0.0")
        XCTAssertEqual(totals.cell("month", 5)?.format, "General")

        // Every month of the workbook is the run's number (JSON export of the same run).
        let run = try json("run.json")
        let segments = try XCTUnwrap(run["segments"] as? [String: Any])
        let smbJSON = try XCTUnwrap(segments["smb"] as? [String: Any])
        XCTAssertEqual(column(totals, "revenue (RUB)"), values(run["revenue"]))
        XCTAssertEqual(column(totals, "customers"), values(run["customers"]))
        XCTAssertEqual(column(smb, "revenue (RUB)"), values(smbJSON["revenue"]))
        XCTAssertEqual(column(smb, "churned"), values(smbJSON["churned"]))
        XCTAssertGreaterThan(values(run["revenue"]).last ?? 0, 0, "a year of sales has revenue")
    }

    func testSweepGivesOneSheetWithDollarsAndPercents() throws {
        let r = try runBiz(model(currency: "USD") + """
        table = sweep price over 80..200 USD step 20 USD: profit_year, share_end, customers_end
        export table to "sweep.xlsx"
        export table to "sweep.json"
        """)
        XCTAssertTrue(r.stdout.hasSuffix("wrote sweep.xlsx\nwrote sweep.json\n"), r.stdout)
        let sheets = try XLSXReader.read(folder.appendingPathComponent("sweep.xlsx"))
        XCTAssertEqual(sheets.map(\.title), ["table"])
        guard let t = sheets.first else { return }
        XCTAssertEqual(t.frozen, "A2")
        XCTAssertEqual(t.header, ["price (USD)", "profit_year (USD)", "share_end (%)", "customers_end"])
        XCTAssertEqual(column(t, "price (USD)"), [80, 100, 120, 140, 160, 180, 200])
        XCTAssertEqual(t.cell("price (USD)", 0)?.format, "$#,##0.00")
        XCTAssertEqual(t.cell("profit_year (USD)", 6)?.format, "$#,##0.00")
        XCTAssertEqual(t.cell("share_end (%)", 2)?.format, "0.00%")
        XCTAssertEqual(t.cell("customers_end", 2)?.format, "#,##0.0", "a count read from the run")

        let data = try Data(contentsOf: folder.appendingPathComponent("sweep.json"))
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        func unitValues(_ key: String) -> [Double] {
            rows.compactMap { (($0[key] as? [String: Any])?["value"] as? NSNumber)?.doubleValue }
        }
        let profits = unitValues("profit_year"), shares = unitValues("share_end")
        XCTAssertEqual(column(t, "customers_end").count, 7)
        XCTAssertEqual(column(t, "customers_end"), rows.compactMap { ($0["customers_end"] as? NSNumber)?.doubleValue })
        XCTAssertEqual(profits.count, 7)
        XCTAssertEqual(column(t, "profit_year (USD)"), profits)
        XCTAssertEqual(column(t, "share_end (%)"), shares)
        XCTAssertTrue(shares.allSatisfy { $0 > 0 && $0 < 1 }, "a share is a fraction the percent format shows ×100: \(shares)")
    }

    func testSeveralValuesGiveSheetsNamedAfterThem() throws {
        let r = try runBiz(model(currency: "EUR") + """
        table = sweep price over 100..140 EUR step 20 EUR: profit_year
        inputs = tornado profit_year
        export run, table, (sweep price over 100..140 EUR step 20 EUR: profit_year), table, inputs, profit_year to "many.xlsx"
        """)
        XCTAssertTrue(r.stdout.hasSuffix("wrote many.xlsx\n"), r.stdout)
        let sheets = try XLSXReader.read(folder.appendingPathComponent("many.xlsx"))
        // 31 characters at most, unique: the second `table` gets a number.
        XCTAssertEqual(sheets.map(\.title), ["run", "run.smb", "run.enterprise", "table",
                                             "(sweep price over 100..140 EUR", "table (2)", "inputs", "profit_year"])
        guard sheets.count == 8 else { return }
        XCTAssertEqual(sheets[3].cell("price (EUR)", 0)?.format, ##""€"#,##0.00"##)
        XCTAssertEqual(column(sheets[4], "price (EUR)"), [100, 120, 140])
        XCTAssertEqual(column(sheets[3], "profit_year (EUR)"), column(sheets[5], "profit_year (EUR)"))

        // A tornado's rows: one sheet, the swings in the target's currency.
        let tornado = sheets[6]
        XCTAssertEqual(tornado.header, ["input", "low (EUR)", "high (EUR)", "swing (EUR)"])
        let inputNames = Set(tornado.rows.dropFirst().compactMap { $0.first?.value as? String })
        XCTAssertTrue(inputNames.isSuperset(of: ["price", "fixed", "smb.churn"]), "\(inputNames)")
        XCTAssertEqual(tornado.cell("swing (EUR)", 0)?.format, ##""€"#,##0.00"##)
        let swings = column(tornado, "swing (EUR)")
        XCTAssertEqual(swings, swings.sorted(by: >), "ranked by swing")
        for (i, (low, high)) in zip(column(tornado, "low (EUR)"), column(tornado, "high (EUR)")).enumerated() {
            XCTAssertEqual(abs(high - low), swings[i], accuracy: 0.01)
        }
        // fixed costs of 40k a month ±10% move the year's profit by 2 × 4k × 12.
        let fixedRow = try XCTUnwrap(tornado.rows.dropFirst().firstIndex { $0.first?.value as? String == "fixed" }) - 1
        XCTAssertEqual(try XCTUnwrap(tornado.number("swing (EUR)", fixedRow)), 96_000, accuracy: 0.01)

        // A single number: one cell under its name, in its currency's format.
        XCTAssertEqual(sheets[7].header, ["profit_year (EUR)"])
        XCTAssertEqual(sheets[7].rows.count, 2)
        XCTAssertEqual(try XCTUnwrap(sheets[7].number("profit_year (EUR)", 0)), column(sheets[0], "profit (EUR)").reduce(0, +), accuracy: 0.01)
    }

    func testWorkbooksObeyTheWritePolicy() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("biz-xlsx-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let target = elsewhere.appendingPathComponent("run.xlsx").path
        let path = folder.appendingPathComponent("model.biz")
        try (model(currency: "RUB") + "export run to \"\(target)\"\n").write(to: path, atomically: true, encoding: .utf8)

        let refused = try BizProcess.run([path.path], cwd: folder)
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.stderr.contains("error: writing \(target) is not allowed"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))

        let allowed = try BizProcess.run(["--allow-write", elsewhere.path, path.path], cwd: folder)
        XCTAssertEqual(allowed.code, 0, allowed.stderr)
        XCTAssertEqual(try XLSXReader.read(URL(fileURLWithPath: target)).map(\.title), ["run", "run.smb", "run.enterprise"])
    }
}
