import XCTest
import BizCore
@testable import BizLang

/// Sampling methods in the language (issue 12 item 4): Latin hypercube by
/// default, `random` on request; both keep LANGUAGE.md §6's sample-wise
/// correlation and stream independence.
final class SamplingTests: XCTestCase {
    func session(samples: Int = 1000, sampling: SamplingMethod = .latinHypercube) -> Interpreter {
        var s = Settings()
        s.samples = samples
        s.sampling = sampling
        return Interpreter(settings: s)
    }

    func samples(_ name: String, in rt: Interpreter) -> [Double] {
        guard case .dist(let d)? = rt.value(of: name) else { XCTFail("\(name) is not a distribution"); return [] }
        return d.samples
    }

    func testLatinHypercubeIsTheDefault() {
        XCTAssertEqual(Settings().sampling, .latinHypercube)
        let rt = Interpreter()
        _ = evalText("u = uniform(0, 1); c = choice([1, 2, 3, 4])", in: rt)
        XCTAssertEqual(samples("u", in: rt).map { Int($0 * 1000) }.sorted(), Array(0..<1000))
        // choice: each option exactly a quarter of the samples.
        let c = samples("c", in: rt)
        for k in 1...4 { XCTAssertEqual(c.filter { $0 == Double(k) }.count, 250) }
        // Through arithmetic (a sample set, not the exact form): 5% of u² below 0.05².
        XCTAssertEqual(evalText("prob(u * u < 0.0025)", in: rt), "5%")
    }

    func testRandomSamplingDrawsPlainly() {
        let rt = session(sampling: .random)
        _ = evalText("u = uniform(0, 1)", in: rt)
        let strata = Set(samples("u", in: rt).map { Int($0 * 1000) })
        XCTAssertLessThan(strata.count, 700, "plain draws leave about 1/e of the strata empty")
        var settings = Settings()
        XCTAssertTrue(settings.setSampling(named: "random"))
        XCTAssertEqual(settings.sampling, .random)
        XCTAssertFalse(settings.setSampling(named: "sobol"))
        XCTAssertEqual(settings.samplingName, "random")
    }

    func testLatinHypercubeKeepsSampleWiseCorrelation() {
        for method in SamplingMethod.allCases {
            let rt = session(sampling: method)
            _ = evalText("x = 5 to 10; y = x - x; c = choice([1, 2, 3]); k = normal(0, 1)", in: rt)
            XCTAssertTrue(samples("y", in: rt).allSatisfy { $0 == 0 }, "\(method)")
            XCTAssertEqual(evalText("prob(c - c == 0)", in: rt), "100%")
            XCTAssertEqual(evalText("prob(k - k == 0)", in: rt), "100%")
            // Read again in another statement: the same stream, the same samples.
            _ = evalText("x2 = x", in: rt)
            XCTAssertEqual(samples("x2", in: rt), samples("x", in: rt))
        }
    }

    func testStreamsStayIndependent() {
        let rt = session(samples: 10_000)
        _ = evalText("a = normal(0, 1); b = normal(0, 1); c = (5 to 10) * (5 to 10)", in: rt)
        let a = samples("a", in: rt), b = samples("b", in: rt)
        XCTAssertNotEqual(a, b)
        let r = a.indices.reduce(0.0) { $0 + a[$1] * b[$1] } / Double(a.count)
        XCTAssertLessThan(abs(r), 0.04, "correlation of two streams: \(r)")
        // Two draws in one formula are two streams: their product is not a square.
        let c = samples("c", in: rt)
        XCTAssertFalse(c.allSatisfy { $0 == c[0] })
    }

    func testUncertainSimulateDoesNotDependOnTheThreadCount() throws {
        let rt = session(samples: 60)
        _ = evalText("""
            market { months: 12, currency: RUB, resolution: 50 }
            segment s { size: 2k, customers: 500, wtp: 100 RUB to 300 RUB, churn: 1%/month to 4%/month }
            company c { price: 150 RUB, segments: [s], fixed_costs: 50k RUB/month to 90k RUB/month, cash: 100k RUB }
            run = simulate(c)
            """, in: rt)
        guard case .object(let o)? = rt.value(of: "run"), let p = o.payload,
              case .object(let company)? = rt.value(of: "c") else { return XCTFail("no run") }
        var specs: [CompanySpec] = []
        var market = MarketSpec()
        for i in 0..<60 {
            var b = try SpecBuilder(rt: rt, company: company, span: .none, sample: i)
            specs.append(try b.company(company))
            market = try b.market(months: nil)
        }
        for threads in [1, 2, 5] {
            let runs = try BizCore.simulateBatch(specs, market: market, threads: threads)
            XCTAssertEqual(runs.map { $0.total["cash"] ?? [] }, (0..<60).map { p.total("cash", run: $0) }, "\(threads) threads")
        }
        // The fixed-cost samples are stratified: exactly 3 of 60 below the 5th percentile.
        XCTAssertEqual(specs.filter { $0.fixedCosts < 50_000 }.count, 3)
    }
}
