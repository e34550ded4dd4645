/// A grammar-aware generator of valid Biz programs: a model (market,
/// segments with bands and willingness to pay, a competitor, strategies, a
/// company with schedules, one or two currencies), a simulation, language
/// features around it (functions, lambdas, lists, records, loops, percents,
/// rates, durations, distributions), and what-ifs over it (`given`, `sweep`,
/// `goal`, `maximize`, `tornado`). Every decision comes from a `Choices`
/// stream, so libFuzzer's byte mutations become changes of a valid program
/// and a test replays the same programs from a seed (docs/FUZZING.md).
///
/// The generated model carries its own invariants as `expect` lines
/// (conservation of customers in every segment and month, no negative
/// counts, stayers + leavers = customers); `ProgramCheck` adds the ones
/// that need the host (no ∞/NaN printed, what-ifs leave every cell as it
/// was, no failed `expect`).
public struct GeneratedProgram: Sendable {
    /// Definitions, the simulation and the invariant `expect`s: one script.
    public var model: String
    /// What-ifs, each run as one REPL entry after the model.
    public var whatIfs: [String]
    /// Whether an input is a distribution (the run is a Monte Carlo run).
    public var uncertain: Bool

    /// The whole program as one script, for a reproducer.
    public var text: String { ([model] + whatIfs).joined(separator: "\n") + "\n" }
}

public struct ProgramGenerator {
    var c: Choices
    var lines: [String] = []
    var whatIfs: [String] = []
    /// The market's currency, and a second one with a declared rate (or nil).
    var money = "RUB"
    var other: String?
    var months = 12
    var segments: [Segment] = []
    var strategies: [String] = []
    var uncertain = false
    /// Per-month growth factor of every segment's size, as Biz source.
    var growthFactor = "1"

    struct Segment {
        let name: String
        let size: Int
    }

    public init(_ choices: Choices) { c = choices }

    /// One program from the stream.
    public static func program(_ choices: Choices) -> GeneratedProgram {
        var g = ProgramGenerator(choices)
        return g.generate()
    }

    mutating func generate() -> GeneratedProgram {
        currencies()
        inputs()
        market()
        let band = bandDeclaration()
        for i in 1...c.int(1, 3) { segment(i, band: band) }
        let rivals = competitor()
        strategy("st1")
        if c.chance(50) { strategy("st2") }
        company(rivals: rivals)
        simulation()
        language()
        distributions()
        whatIfList()
        return GeneratedProgram(model: lines.joined(separator: "\n") + "\n", whatIfs: whatIfs, uncertain: uncertain)
    }

    // MARK: Pieces of source

    /// A whole number written the Biz ways: `1500`, `1.5k`, `1_500`.
    mutating func count(_ v: Int) -> String {
        if v >= 1000, v % 100 == 0, c.chance(50) {
            let k = Double(v) / 1000
            return k == k.rounded() ? "\(Int(k))k" : "\(k)k"
        }
        if v >= 10_000, c.chance(20) {
            let s = String(v)
            let head = s.dropLast(3)
            return "\(head)_\(s.suffix(3))"
        }
        return String(v)
    }

    /// An amount of the market's currency (or, sometimes, of the other one).
    mutating func amount(_ v: Int, allowOther: Bool = true) -> String {
        if allowOther, let other, c.chance(20) { return "\(max(1, v / 60)) \(other)" }
        return "\(count(v)) \(money)"
    }

    mutating func percent(_ lo: Int, _ hi: Int) -> String {
        let whole = c.int(lo, hi)
        return c.chance(30) ? "\(whole).\(c.int(1, 9))%" : "\(whole)%"
    }

    mutating func monthlyRate(_ lo: Int, _ hi: Int) -> String {
        let p = percent(lo, hi)
        return c.chance(25) ? "\(p)/year" : "\(p)/month"
    }

    mutating func emit(_ line: String) { lines.append(line) }

    // MARK: Model

    mutating func currencies() {
        money = c.pick(["RUB", "USD", "EUR"])
        guard c.chance(40) else { return }
        let choices = ["RUB", "USD", "EUR", "GBP"].filter { $0 != money }
        let o = c.pick(choices)
        other = o
        // 1 o = N money: written as a literal, or as a distribution sometimes.
        if c.chance(10) {
            uncertain = true
            emit("rate \(o) = \(c.int(50, 60)) \(money) to \(c.int(61, 75)) \(money)")
        } else {
            emit("rate \(o) = \(c.int(40, 90)).\(c.int(0, 9)) \(money)")
        }
    }

    mutating func inputs() {
        emit("price = \(count(c.int(60, 400))) \(money)")
        emit("unit_cost = \(amount(c.int(5, 60)))")
        emit("fixed = \(count(c.int(1, 60) * 1000)) \(money)/month")
        emit("leads = \(count(c.int(0, 40) * 100))/month")
        if c.chance(20) {
            uncertain = true
            emit("conv = \(c.int(1, 4))% to \(c.int(5, 12))%")
        } else {
            emit("conv = \(percent(1, 12))")
        }
        emit("churn_base = \(monthlyRate(0, 6))")
    }

    mutating func market() {
        months = c.int(1, 24)
        var fields = ["months: \(months)", "currency: \(money)", "resolution: \(c.int(2, 40))"]
        switch c.below(4) {
        case 1:
            let g = c.int(1, 5)
            fields.append("growth: \(g)%/month")
            growthFactor = "(1 + \(g) / 100)"
        case 2:
            let g = c.int(1, 30)
            fields.append("growth: \(g)%/year")
            growthFactor = "((1 + \(g) / 100) ^ (1 / 12))"
        default: break
        }
        emit("market { \(fields.joined(separator: ", ")) }")
    }

    mutating func bandDeclaration() -> String? {
        guard c.chance(50) else { return nil }
        let lo = c.int(40, 150)
        emit("band core = \(lo)..\(lo + c.int(10, 200)) \(money)")
        return "core"
    }

    mutating func wtp() -> String {
        let lo = c.int(20, 200)
        let hi = lo + c.int(20, 400)
        switch c.below(5) {
        case 0: return "\(lo)..\(hi) \(money)"
        case 1: return "uniform(\(lo) \(money), \(hi) \(money))"
        case 2: return "triangular(\(lo) \(money), \((lo + hi) / 2) \(money), \(hi) \(money))"
        default: return "\(lo) \(money) to \(hi) \(money)"
        }
    }

    mutating func segment(_ i: Int, band: String?) {
        let name = "s\(i)"
        let size = c.int(1, 100) * 100
        let ours = c.int(0, size / 2)
        let theirs = c.int(0, size - ours)
        var fields = ["size: \(count(size))", "customers: \(count(ours))", "competitors: \(count(theirs))", "wtp: \(wtp())"]
        if c.chance(60) { fields.append("churn: " + (c.chance(50) ? "churn_base" : monthlyRate(0, 8))) }
        if let band, c.chance(60) { fields.append("band: \(band)") }
        else if c.chance(30) { let lo = c.int(50, 200); fields.append("band: \(lo)..\(lo + c.int(5, 100)) \(money)") }
        if c.chance(40) { fields.append("taste: " + (c.chance(50) ? amount(c.int(0, 40), allowOther: false) : percent(0, 30))) }
        if c.chance(40) { fields.append("switching: \(monthlyRate(0, 30))") }
        emit("segment \(name) { \(fields.joined(separator: c.chance(50) ? ", " : "\n  ")) }")
        segments.append(Segment(name: name, size: size))
    }

    mutating func competitor() -> Bool {
        guard c.chance(70) else { return false }
        var fields = ["price: \(amount(c.int(50, 400)))"]
        if c.chance(50) { fields.append("value: \(c.pick(["0.8", "0.9", "1", "1.0", "1.2", "1.5"]))") }
        if c.chance(40) { fields.append("value_growth: \(monthlyRate(0, 3))") }
        if c.chance(60) { fields.append("reach: \(c.int(0, 9)).\(c.int(0, 9))%/month") }
        if c.chance(40) { fields.append("referrals: 0.\(c.int(0, 5))") }
        emit("competitor rivals { \(fields.joined(separator: ", ")) }")
        return true
    }

    mutating func strategy(_ name: String) {
        var fields: [String] = []
        if c.chance(80) {
            if segments.count > 1, c.chance(30) {
                let per = segments.map { "\($0.name): \(count(c.int(0, 30) * 100))/month" }
                fields.append("leads: {\(per.joined(separator: ", "))}")
            } else {
                fields.append("leads: " + (c.chance(70) ? "leads" : "\(count(c.int(0, 50) * 100))/month"))
            }
            fields.append("conversion: " + (c.chance(70) ? "conv" : percent(0, 20)))
            if c.chance(50) { fields.append("cost_per_lead: \(amount(c.int(0, 30)))") }
            if c.chance(40) { fields.append("pressure: \(percent(0, 100))") }
            if c.chance(40) { fields.append("discount: \(percent(0, 50))") }
            if c.chance(30) { fields.append("pushed_tenure: \(c.int(1, 12)) months") }
        }
        if c.chance(50) { fields.append("reach: \(c.int(0, 5)).\(c.int(0, 9))%/month") }
        if c.chance(40) { fields.append("referrals: 0.\(c.int(0, 6))") }
        if c.chance(30) { fields.append("value_growth: \(monthlyRate(0, 3))") }
        if c.chance(30) {
            fields.append("invest: " + (c.chance(50) ? "\(percent(0, 30)) of revenue" : "\(count(c.int(1, 50) * 1000)) \(money)/month"))
        }
        if fields.isEmpty { fields.append("reach: 1%/month") }
        emit("strategy \(name) { \(fields.joined(separator: ", ")) }")
        strategies.append(name)
    }

    mutating func company(rivals: Bool) {
        var price = "price"
        if c.chance(30), months > 1 {
            let step = c.pick(["+\(c.int(1, 30))%", "-\(c.int(1, 20))%", "\(count(c.int(60, 400))) \(money)"])
            price += " until month \(c.int(0, months - 1)) then \(step)"
        }
        var strategy = strategies[0]
        if strategies.count > 1, months > 1, c.chance(60) {
            strategy += " until month \(c.int(0, months - 1)) then \(strategies[1])"
        }
        var fields = ["price: \(price)", "segments: [\(segments.map(\.name).joined(separator: ", "))]", "strategy: \(strategy)"]
        if rivals { fields.append("competitor: rivals") }
        fields.append("fixed_costs: fixed")
        fields.append("unit_cost: unit_cost")
        fields.append("cash: \(count(c.int(0, 500) * 1000)) \(money)")
        if c.chance(40) { fields.append("value: 1.\(c.int(0, 5))") }
        emit("company co {\n  \(fields.joined(separator: "\n  "))\n}")
    }

    /// The run, what the program reads from it, and the engine's invariants
    /// as `expect` lines, which the check counts.
    mutating func simulation() {
        emit("run = simulate(co)")
        emit("profit_total = run.profit.sum")
        emit("cust_end = run.customers.last")
        emit("revenue_total = sum(run.revenue)")
        // A Monte Carlo run's months are distributions: compare their means
        // (conservation holds sample by sample, so it holds for the mean).
        let mc = uncertain
        let read: (String) -> String = { mc ? "mean(\($0))" : $0 }
        for s in segments {
            let seg = "run.segments.\(s.name)"
            let total = "\(seg).customers[m] + \(seg).rivals[m] + \(seg).unclaimed[m]"
            emit("for m in 0..\(months) {")
            emit("  expect \(read(total)) ≈ \(s.size) * \(growthFactor) ^ m within 0.001%, \"invariant: customers are conserved in \(s.name)\"")
            emit("  expect \(read("\(seg).fit[m]")) >= 0 and \(read("\(seg).pushed[m]")) >= 0 and \(read("\(seg).rivals[m]")) >= 0 and \(read("\(seg).unclaimed[m]")) >= 0, \"invariant: no negative count in \(s.name)\"")
            emit("}")
        }
        emit("expect \(read("run.customers[0]")) ≈ \(read(segments.map { "run.segments.\($0.name).customers[0]" }.joined(separator: " + "))) within 0.001%, \"invariant: the total is the sum of the segments\"")
        if !uncertain {
            let at = c.int(0, months)
            emit("st = stress(run, at: \(at))")
            emit("expect st.stayers + st.leavers ≈ run.customers[\(at)] within 0.001%, \"invariant: stayers and leavers are the customers\"")
            emit("expect st.stay >= 0% and st.stay <= 100%, \"invariant: a share\"")
        }
        switch c.below(6) {
        case 0: emit("explain(run, month: \(c.int(1, months)))")
        case 1: emit("stress(co, price: +\(c.int(1, 50))%)")
        case 2: emit("stress(co)")
        case 3 where strategies.count > 1: emit("compare(run, simulate(co with {strategy: \(strategies[1])}))")
        case 4: emit("run.cash")
        default: emit("cust_end")
        }
        if c.chance(30) { emit("show run") }
    }

    /// Language features around the model: a function, lambdas over lists,
    /// records and `with`, a loop in a block, percents, rates and durations.
    mutating func language() {
        emit("fn margin_of(p, cost) = (p - cost) / p")
        emit("m1 = margin_of(price, unit_cost)")
        let prices = (0..<c.int(1, 5)).map { _ in "\(c.int(50, 300)) \(money)" }
        emit("prices = [\(prices.joined(separator: ", "))]")
        switch c.below(4) {
        case 0: emit("scaled = map(prices, x => x * \(c.int(1, 3)))")
        case 1: emit("scaled = filter(prices, x => x > \(c.int(50, 300)) \(money))")
        case 2: emit("scaled = sort(prices)")
        default: emit("scaled = map(prices, (x) => x + \(percent(1, 30)))")
        }
        emit("total = reduce(prices, 0 \(money), (a, b) => a + b)")
        emit("fn running(xs) {\n  s = 0 \(money)\n  for x in xs { s = s + x }\n  s\n}")
        emit("expect running(prices) == total, \"invariant: a loop and reduce agree\"")
        emit("deal = {client: \"SMB\", seats: \(c.int(1, 50)), price: price}")
        emit("bigger = deal with {seats: deal.seats + \(c.int(1, 20))}")
        emit("bigger.seats * bigger.price - deal.seats * deal.price")
        switch c.below(6) {
        case 0: emit("price + \(percent(1, 50))")
        case 1: emit("price - (\(percent(1, 20)) + \(percent(1, 20)))")
        case 2: emit("\(percent(1, 90)) of price")
        case 3: emit("fixed * \(c.int(1, 24)) months")
        case 4: emit("\(count(c.int(1, 900) * 1000)) \(money) / fixed")
        default: emit("leads * 1 year")
        }
        if let other, c.chance(60) { emit("price in \(other)") }
        if c.chance(30) { emit("fixed in year") }
        if c.chance(30) {
            emit("i = 0\nacc = []\nwhile i < \(c.int(0, 20)) { acc = acc + [i * i]; i = i + 1 }\nlen(acc)")
        }
    }

    mutating func distributions() {
        guard c.chance(60) else { return }
        switch c.below(7) {
        case 0: emit("d = normal(\(c.int(10, 200)), \(c.int(1, 50)))")
        case 1: emit("d = uniform(\(c.int(1, 5))%, \(c.int(6, 20))%)")
        case 2: emit("d = triangular(\(c.int(1, 10)), \(c.int(11, 20)), \(c.int(21, 40)))")
        case 3: emit("d = beta(\(c.int(1, 9)), \(c.int(1, 9)))")
        case 4: emit("d = lognormal(\(c.int(50, 200)), \(c.int(1, 40)))")
        case 5: emit("d = choice([\(c.int(1, 9)), \(c.int(10, 99)), \(c.int(100, 999))])")
        default: emit("d = \(c.int(1, 50)) \(money) to \(c.int(51, 300)) \(money)")
        }
        emit("mean(d)")
        emit("p(d, \(c.int(1, 99))%)")
        emit("sd(d)")
        emit("d - d")
        emit("expect mean(d - d) == 0 * mean(d), \"invariant: a cell's samples are drawn once\"")
        emit("d")
    }

    /// One to four what-ifs over the model's outputs.
    mutating func whatIfList() {
        let outputs = ["profit_total", "cust_end", "revenue_total", "m1"]
        let target = c.pick(outputs)
        for _ in 0..<c.int(1, 4) {
            // A Monte Carlo model runs once per sample at every point a
            // goal, an optimum or a tornado tries: keep those to the
            // deterministic models, so that a program takes well under a second.
            switch uncertain ? c.pick([0, 1, 2, 4, 8]) : c.below(9) {
            case 0: whatIfs.append("\(target) given price = price + \(percent(1, 40))")
            case 1: whatIfs.append("\(target) given conv = \(percent(0, 20)), leads = \(count(c.int(0, 50) * 100))/month")
            case 2:
                let s = c.pick(segments).name
                whatIfs.append("\(target) given \(s).churn = \(monthlyRate(0, 10))")
            case 3:
                let lo = c.int(20, 200)
                whatIfs.append("sweep price over \(lo)..\(lo + c.int(10, 300)) \(money) step \(c.int(10, 80)) \(money): \(target), cust_end")
            case 4:
                whatIfs.append("sweep price over [\(c.int(50, 150)) \(money), \(c.int(151, 300)) \(money)], leads over [\(c.int(0, 20) * 100)/month, \(c.int(21, 60) * 100)/month]: profit_total")
            case 5: whatIfs.append("goal profit_total = 0 by price in \(c.int(10, 100))..\(c.int(101, 600)) \(money)")
            case 6: whatIfs.append("\(c.pick(["maximize", "minimize"])) \(target) by price in \(c.int(10, 100))..\(c.int(101, 600)) \(money)")
            case 7: whatIfs.append("tornado \(target)" + (c.chance(40) ? " by \(c.int(5, 40))%" : ""))
            default:
                // Binding a cell to its own value changes nothing.
                if !uncertain { whatIfs.append("expect (\(target) given price = price) == \(target), \"invariant: given of the same value\"") }
                else { whatIfs.append("mean(\(target) given fixed = fixed * 2)") }
            }
        }
    }
}
