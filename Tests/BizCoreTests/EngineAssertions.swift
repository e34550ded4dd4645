import XCTest
import BizCore

/// Checks every engine invariant on a run, every month: per segment
/// U + F + Q + K = N, no negative count, customers = fit + pushed, and
/// per-segment sums equal the totals. Call it in EVERY engine test.
func assertConserved(_ run: Run, tolerance: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(run.total.customers.count, run.months + 1, "series length", file: file, line: line)
    for m in 0...run.months {
        var sumCustomers = 0.0, sumFit = 0.0, sumPushed = 0.0, sumRivals = 0.0, sumU = 0.0, sumN = 0.0
        var sumRevenue = 0.0, sumNew = 0.0, sumChurned = 0.0, sumLost = 0.0
        for s in run.segments {
            let n = s.size[m]
            let total = s.unclaimed[m] + s.fit[m] + s.pushed[m] + s.rivals[m]
            XCTAssertEqual(total, n, accuracy: tolerance * max(1, n),
                           "conservation in \(s.name) at month \(m)", file: file, line: line)
            for (label, x) in [("unclaimed", s.unclaimed[m]), ("fit", s.fit[m]), ("pushed", s.pushed[m]),
                               ("rivals", s.rivals[m]), ("new", s.new[m]), ("churned", s.churned[m]),
                               ("lost_to_rivals", s.lostToRivals[m]), ("revenue", s.revenue[m])] {
                XCTAssertGreaterThanOrEqual(x, 0, "\(label) negative in \(s.name) at month \(m)", file: file, line: line)
                XCTAssertTrue(x.isFinite, "\(label) not finite in \(s.name) at month \(m)", file: file, line: line)
            }
            XCTAssertEqual(s.customers[m], s.fit[m] + s.pushed[m], accuracy: tolerance * max(1, n), file: file, line: line)
            XCTAssertTrue(s.costs.isEmpty && s["cash"] == nil, "segment sets carry no company money", file: file, line: line)
            sumCustomers += s.customers[m]; sumFit += s.fit[m]; sumPushed += s.pushed[m]
            sumRivals += s.rivals[m]; sumU += s.unclaimed[m]; sumN += n
            sumRevenue += s.revenue[m]; sumNew += s.new[m]; sumChurned += s.churned[m]; sumLost += s.lostToRivals[m]
        }
        let t = run.total
        let scale = max(1, sumN)
        for (label, total, sum) in [("customers", t.customers[m], sumCustomers), ("fit", t.fit[m], sumFit),
                                    ("pushed", t.pushed[m], sumPushed), ("rivals", t.rivals[m], sumRivals),
                                    ("unclaimed", t.unclaimed[m], sumU), ("size", t.size[m], sumN),
                                    ("new", t.new[m], sumNew), ("churned", t.churned[m], sumChurned),
                                    ("lost_to_rivals", t.lostToRivals[m], sumLost)] {
            XCTAssertEqual(total, sum, accuracy: tolerance * scale, "total \(label) ≠ Σ segments at month \(m)", file: file, line: line)
        }
        XCTAssertEqual(t.revenue[m], sumRevenue, accuracy: tolerance * max(1, abs(sumRevenue)), file: file, line: line)
        XCTAssertEqual(t.new[m], t.newSales[m] + t.newReach[m] + t.newReferrals[m], accuracy: tolerance * scale, file: file, line: line)
        XCTAssertEqual(t.profit[m], t.revenue[m] - t.costs[m], accuracy: tolerance * max(1, abs(t.revenue[m])), file: file, line: line)
        if m > 0 {
            XCTAssertEqual(t.cash[m], t.cash[m - 1] + t.profit[m], accuracy: tolerance * max(1, abs(t.cash[m])), file: file, line: line)
        } else {
            XCTAssertEqual(t.revenue[0], 0, file: file, line: line)
            XCTAssertEqual(t.new[0], 0, file: file, line: line)
        }
        XCTAssertTrue(t.loyal[m] >= 0 && t.loyal[m] <= 1 + 1e-12, "loyal in [0, 1] at month \(m)", file: file, line: line)
    }
}

/// Relative-precision assertion, as the conformance files state it ("within 0.001%").
func assertClose(_ actual: Double, _ expected: Double, relative: Double, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    let tol = relative * max(abs(expected), 1e-300)
    XCTAssertEqual(actual, expected, accuracy: tol, message, file: file, line: line)
}

/// A segment whose every member affords any price below 1000 (the "everyone fits" of the oracles).
func everyoneFits(name: String = "s", size: Double, customers: Double = 0, churn: Double = 0) -> SegmentSpec {
    SegmentSpec(name: name, size: size, customers: customers, wtp: .uniform(lo: 1000, hi: 2000), churn: churn)
}
