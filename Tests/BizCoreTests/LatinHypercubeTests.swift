import XCTest
import BizCore

/// Latin hypercube sampling (issue 12 item 4): one draw per equal-probability
/// stratum, strata in a seeded random order per stream, the same numbers for
/// the same stream, and no correlation between streams.
final class LatinHypercubeTests: XCTestCase {
    func uniforms(_ n: Int, seed: UInt64 = 42, stream: String = "x") -> [Double] {
        var rng = SeededRNG(seed: seed, stream: stream)
        return LatinHypercube.uniforms(count: n, rng: &rng)
    }

    func testEachStratumGetsExactlyOneDraw() {
        for n in [1, 2, 7, 1000, 10_007] {
            let u = uniforms(n)
            XCTAssertEqual(u.count, n)
            XCTAssertTrue(u.allSatisfy { $0 > 0 && $0 < 1 }, "n = \(n)")
            XCTAssertEqual(u.map { Int($0 * Double(n)) }.sorted(), Array(0..<n), "n = \(n)")
        }
        XCTAssertEqual(uniforms(0), [])
    }

    func testTheStrataComeInASeededRandomOrder() {
        let u = uniforms(1000)
        XCTAssertEqual(u, uniforms(1000), "same seed and stream, same samples")
        XCTAssertNotEqual(u, uniforms(1000, seed: 43))
        XCTAssertNotEqual(u, uniforms(1000, stream: "y"))
        // Not in stratum order: the rank correlation of position and stratum is near 0.
        let strata = u.map { Double(Int($0 * 1000)) }
        XCTAssertLessThan(abs(correlation(strata, (0..<1000).map(Double.init))), 0.1)
    }

    func testDifferentStreamsAreIndependent() {
        // 10,000 samples: an independent pair has |r| ~ 0.01; stratification
        // of each stream alone must not induce correlation between them.
        let n = 10_000
        let names = ["price", "churn", "leads", "rate USD", "c.wtp@1"]
        for a in names.indices {
            for b in names.indices where b > a {
                let r = correlation(uniforms(n, stream: names[a]), uniforms(n, stream: names[b]))
                XCTAssertLessThan(abs(r), 0.04, "\(names[a]) × \(names[b]): r = \(r)")
            }
        }
    }

    func testQuantilesMapTheStrata() throws {
        let d = try Distribution.lognormal(p5: 5, p95: 10)
        var rng = SeededRNG(seed: 1, stream: "d")
        var copy = rng
        let xs = d.sample(count: 500, rng: &rng, method: .latinHypercube)
        let us = LatinHypercube.uniforms(count: 500, rng: &copy)
        XCTAssertEqual(xs, us.map(d.quantile))
        // Exactly 5% of the samples lie below the 5th percentile.
        XCTAssertEqual(xs.filter { $0 < 5 }.count, 25)
        XCTAssertEqual(xs.filter { $0 < d.median }.count, 250)
    }

    func testRandomIsThePlainDraws() throws {
        let d = Distribution.normal(mean: 100, sd: 15)
        var a = SeededRNG(seed: 9, stream: "n"), b = a
        XCTAssertEqual(d.sample(count: 101, rng: &a, method: .random), d.sample(count: 101, rng: &b))
    }

    func testStratifiedMeansAreFarCloserThanPlainOnes() {
        // Over 50 seeds, the error of a 1,000-sample mean of normal(0, 1):
        // plain draws ≈ 1/√1000 = 0.032; stratified draws much less.
        let d = Distribution.normal(mean: 0, sd: 1)
        var lhs = 0.0, plain = 0.0
        for seed in 0..<50 as Range<UInt64> {
            var r1 = SeededRNG(seed: seed, stream: "m"), r2 = r1
            let a = d.sample(count: 1000, rng: &r1, method: .latinHypercube)
            let b = d.sample(count: 1000, rng: &r2, method: .random)
            lhs += pow(a.reduce(0, +) / 1000, 2)
            plain += pow(b.reduce(0, +) / 1000, 2)
        }
        let lhsRMS = (lhs / 50).squareRoot(), plainRMS = (plain / 50).squareRoot()
        XCTAssertEqual(plainRMS, 0.032, accuracy: 0.012)
        XCTAssertLessThan(lhsRMS, plainRMS / 20, "lhs \(lhsRMS), plain \(plainRMS)")
    }

    func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
            syy += (y[i] - my) * (y[i] - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
