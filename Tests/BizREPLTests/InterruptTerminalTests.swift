// Ctrl-C during a long Monte Carlo, through a real pseudo-terminal (issue
// 12 item 5): the prompt comes back within 0.5 s, the session keeps every
// earlier cell, and the interrupted line defined nothing.

import Foundation
import XCTest

final class InterruptTerminalTests: REPLTestCase {
    /// benchmarks/montecarlo.biz's model, one line per entry.
    static let model = [
        "rate USD = 60 RUB to 70 RUB",
        "conversion = 3% to 8%",
        "churn_smb = 1.5%/month to 3.5%/month",
        "leads = 2k/month to 4k/month",
        "market { months: 36, growth: 3%/year, currency: RUB }",
        "band economy = 80..120 RUB",
        "band premium = 120..220 RUB",
        "segment smb { size: 20k, customers: 1.5k, competitors: 15k, band: economy, wtp: 80 RUB to 180 RUB, taste: 15 RUB, churn: churn_smb }",
        "segment mid { size: 6k, customers: 400, competitors: 4k, band: premium, wtp: 110 RUB to 260 RUB, churn: 1.5%/month }",
        "segment corp { size: 1k, customers: 50, competitors: 700, band: premium, wtp: 150 RUB to 400 RUB, churn: 1%/month }",
        "competitor rivals { price: 100 RUB, value: 1.0, value_growth: 1%/month, reach: 0.2%/month, referrals: 0.1 }",
        "strategy active_sales { leads: leads, conversion: conversion, pressure: 50%, cost_per_lead: 0.6 USD, discount: 15%, pushed_tenure: 4 months, invest: 3% of revenue, value_growth: 0.1%/month }",
        "company us { price: 110 RUB, value: 1.1, segments: [smb, mid, corp], strategy: active_sales, competitor: rivals, fixed_costs: 50k RUB/month, unit_cost: 20 RUB, cash: 500k RUB }",
    ]

    func typeModel(_ repl: PTY) {
        for line in Self.model {
            repl.send(line + "\r")
            repl.expect(String(line.prefix(30)))   // longer lines wrap at 80 columns
            repl.expect("biz> ")
        }
    }

    /// Sends Ctrl-C and returns the seconds until the interrupted error and
    /// the next prompt have appeared.
    func interrupt(_ repl: PTY, file: StaticString = #filePath, line: UInt = #line) -> TimeInterval {
        let start = Date()
        repl.send("\u{3}", whileEditing: false)
        repl.expect("error: interrupted", file: file, line: line)
        repl.expect("biz> ", file: file, line: line)
        return Date().timeIntervalSince(start)
    }

    func testCtrlCStopsAHundredThousandSampleSimulationAndKeepsTheSession() throws {
        let repl = try startSession(arguments: ["--samples", "100000"])
        run(repl, "kept = 41", "kept = 41")
        typeModel(repl)
        repl.send("run = simulate(us)\r")
        repl.expect("run = simulate(us)")
        Thread.sleep(forTimeInterval: 1.5)   // into the batch of runs
        let took = interrupt(repl)
        XCTAssertLessThanOrEqual(took, 0.5, "the prompt came back \(took) s after Ctrl-C")
        // The caret is on the statement that was running.
        XCTAssertTrue(repl.transcriptText.contains("run = simulate(us)\n  |       ^^^^^^^^^^^^"), repl.transcriptText)
        run(repl, "kept + 1", "42")
        repl.send("run\r")
        repl.expect("unknown name 'run'")
        repl.expect("biz> ")
        run(repl, "us.price", "110 RUB")
    }

    func testCtrlCStopsAnUncertainSweep() throws {
        let repl = try startSession(arguments: ["--samples", "20000"])
        typeModel(repl)
        repl.send("sweep us.price over 80..160 RUB step 10 RUB: simulate(us).cash.last\r")
        repl.expect("simulate(us).cash.last")
        Thread.sleep(forTimeInterval: 1.5)
        let took = interrupt(repl)
        XCTAssertLessThanOrEqual(took, 0.5, "the prompt came back \(took) s after Ctrl-C")
        XCTAssertTrue(repl.transcriptText.contains("while trying us.price = 80 RUB"), repl.transcriptText)
        // The sweep changed nothing.
        run(repl, "us.price", "110 RUB")
    }
}
