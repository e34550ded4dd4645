import XCTest
import BizCore

/// Timing, not a test: skipped unless BIZ_BENCH=1. Run in release:
///   BIZ_BENCH=1 swift test -c release --filter BizCoreTests.EngineBenchmark
/// (see benchmarks/core/README.md).
final class EngineBenchmark: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["BIZ_BENCH"] == "1", "set BIZ_BENCH=1 to run benchmarks")
    }

    /// CPU seconds of the whole process (all threads) — on a shared machine,
    /// CPU ÷ threads is what the wall time would be on idle cores.
    private func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func testSimulationSpeed() throws {
        let company = try StoryScenarioTests.company(StoryScenarioTests.activeSales)
        let market = MarketSpec(months: 36, resolution: 200)
        let binSteps = Double(3 * 200 * 16 * 36)
        _ = try simulate(company, market: market)  // warm up
        var best = Double.infinity
        var checksum = 0.0
        let runs = 200
        let total = try seconds {
            for _ in 0..<runs {
                let t = try seconds { checksum += try simulate(company, market: market).total.customers[36] }
                best = min(best, t)
            }
        }
        let mean = total / Double(runs)
        print(String(format: "BENCH simulate 3 segments × 200 WTP × 16 taste × 36 months: mean %.3f ms, best %.3f ms, %.1f M bin-steps/s (mean) [checksum %.1f]",
                     mean * 1e3, best * 1e3, binSteps / mean / 1e6, checksum / Double(runs)))

        var setupBest = Double.infinity
        for _ in 0..<100 {
            setupBest = min(setupBest, try seconds { _ = try simulate(company, market: market, months: 0) })
        }
        print(String(format: "BENCH of which setup (bins, quantiles, starting state): best %.3f ms", setupBest * 1e3))

        // Monte Carlo shape: 1,000 simulations of the same company over 2 threads.
        let perThread = 500
        let mc = seconds {
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                for _ in 0..<perThread { _ = try? simulate(company, market: market) }
            }
        }
        print(String(format: "BENCH 1000 simulations on 2 threads (concurrentPerform of simulate): %.3f s", mc))
    }

    /// A 1,000-sample Monte Carlo of the story company (conversion and an
    /// exchange-rate-like price scale vary per sample) through `simulateBatch`.
    func testMonteCarloBatch() throws {
        let companies = try BatchTests.samples(1000)
        let market = MarketSpec(months: 36, resolution: 200)
        _ = try simulateBatch(Array(companies.prefix(50)), market: market, threads: 2)  // warm up
        var best2 = Double.infinity, best1 = Double.infinity, bestTotals = Double.infinity, bestCPU = Double.infinity
        var checksum = 0.0
        for _ in 0..<5 {
            let cpu0 = cpuSeconds()
            best2 = min(best2, try seconds {
                checksum = try simulateBatch(companies, market: market, threads: 2).reduce(0) { $0 + $1.total.cash[36] }
            })
            bestCPU = min(bestCPU, cpuSeconds() - cpu0)
            bestTotals = min(bestTotals, try seconds {
                _ = try simulateBatchTotals(companies, market: market, threads: 2)
            })
        }
        for _ in 0..<2 {
            best1 = min(best1, try seconds { _ = try simulateBatch(companies, market: market, threads: 1) })
        }
        print(String(format: "BENCH simulateBatch 1000 samples, 2 threads: best %.3f s wall, %.3f s CPU (%.3f ms CPU/sim) [checksum %.6g]",
                     best2, bestCPU, bestCPU, checksum / 1000))
        print(String(format: "BENCH simulateBatchTotals 1000 samples, 2 threads: best %.3f s wall", bestTotals))
        print(String(format: "BENCH simulateBatch 1000 samples, 1 thread: best %.3f s (%.3f ms/sim)", best1, best1)
              + " [load average \(loadAverage())]")
    }

    func testSamplingSpeed() throws {
        let d = try Distribution.lognormal(p5: 5, p95: 10)
        var rng = SeededRNG(seed: 1, stream: "bench")
        let n = 10_000_000
        _ = d.sample(count: 1000, rng: &rng)
        var sum = 0.0
        let t = seconds { sum = d.sample(count: n, rng: &rng).reduce(0, +) }
        print(String(format: "BENCH lognormal sampling: %.1f M samples/s (mean %.4f)", Double(n) / t / 1e6, sum / Double(n)))
        var x: UInt64 = 0
        let tr = seconds { for _ in 0..<n { x &+= rng.next() } }
        print(String(format: "BENCH SeededRNG.next: %.1f M/s [%llu]", Double(n) / tr / 1e6, x & 1))
    }
}
