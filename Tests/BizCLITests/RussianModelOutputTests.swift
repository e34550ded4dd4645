import XCTest
import Foundation

/// `--locale ru` reports, charts and what-if notes hold Russian headings and
/// labels only (issue 10): the English ones are looked for and must be absent.
/// Series names (`customers`, `revenue`) are field names, code in every language.
final class RussianModelOutputTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("biz-ru-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    let model = """
        market { months: 12, currency: RUB, resolution: 50 }
        segment smb { size: 10k, customers: 600, competitors: 6k, wtp: 80 RUB to 260 RUB, churn: 2%/month }
        segment corp { size: 2k, customers: 100, competitors: 1k, wtp: 300 RUB to 900 RUB }
        competitor rivals { price: 130 RUB, reach: 0.2%/month }
        strategy calls { leads: 1.5k/month, conversion: 6%, pressure: 30%, cost_per_lead: 8 RUB }
        company shop { price: 120 RUB, segments: [smb, corp], strategy: calls, competitor: rivals, cash: 300k RUB }
        run = simulate(shop)

        """

    func runBiz(_ script: String, _ options: [String]) throws -> BizProcess.Result {
        let path = folder.appendingPathComponent("model.biz")
        try script.write(to: path, atomically: true, encoding: .utf8)
        let r = try BizProcess.run(options + [path.path], cwd: folder)
        XCTAssertEqual(r.code, 0, r.stderr)
        return r
    }

    /// English words of the report, the charts and explain that are not code.
    static let englishLabels = [
        "Biz report", "Key figures", "Customers", "Loyalty and share", "Money", "Revenue and profit", "Cash",
        "Stress test", "The last month", ">series<", ">start<", ">end<", ">min<", ">max<", ">when<", ">stay<",
        ">stayers<", ">leavers<", "revenue change", ">month", "month ", "months", "Monte Carlo", "Month ",
        "Market:", "Offers:", "Shocks:", "Drift:", "Churn:", "Reach and referrals", "Sales:", "End of month",
        "flows (revenue, profit) read",
    ]

    func testTheReportAndTheSVGInRussianHaveNoEnglishLabels() throws {
        let r = try runBiz(model + "report run to \"r.html\"\nplot run.customers, run.fit to \"c.svg\"\n", ["--locale", "ru"])
        XCTAssertEqual(r.stdout, "записан файл r.html\nзаписан файл c.svg\n")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        let svg = try String(contentsOf: folder.appendingPathComponent("c.svg"), encoding: .utf8)
        for heading in ["Отчёт Biz: shop", "Ключевые показатели", "Клиенты", "Лояльность и доля рынка", "Выручка и прибыль",
                        "Стресс-тест", "Последний месяц с объяснением", ">месяц<", "месяц 12", "shop, 12 месяцев", "Месяц 12, shop"] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        XCTAssertTrue(svg.contains(">месяц<"), svg)
        for english in Self.englishLabels {
            XCTAssertFalse(html.contains(english), "the Russian report says \(english)")
            XCTAssertFalse(svg.contains(english), "the Russian chart says \(english)")
        }
        // The English report keeps its words (the test above can fail).
        _ = try runBiz(model + "report run to \"e.html\"\n", [])
        let english = try String(contentsOf: folder.appendingPathComponent("e.html"), encoding: .utf8)
        for label in ["Key figures", "Stress test", ">month<", "Month 12 of shop"] { XCTAssertTrue(english.contains(label), label) }
    }

    func testAWhatIfNoteInRussian() throws {
        let r = try runBiz("x = 5\ny = 2\nz = y given x = 6\n", ["--locale", "ru"])
        XCTAssertTrue(r.stderr.contains("note: y не зависит от x"), r.stderr)
    }

    func testExplainAgreesRussianNounsWithTheNumbers() throws {
        let r = try runBiz(model + "print(explain(run, month: 2))\n", ["--locale", "ru"])
        XCTAssertTrue(r.stdout.contains("Месяц 2, shop (стратегия calls):"), r.stdout)
        XCTAssertTrue(r.stdout.contains("1 500 лидов"), r.stdout)
        for english in Self.englishLabels { XCTAssertFalse(r.stdout.contains(english), english) }
    }
}
