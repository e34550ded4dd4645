/// Declared exchange rates. `rate USD = 63.30 RUB` is used both ways, and
/// cross rates through a common currency are derived. A rate may be a
/// distribution (`rate USD = 60 RUB to 70 RUB`): it then keeps its samples,
/// so that converting money by it gives a distribution whose sample i used
/// the rate's sample i — the same pairing `simulate` uses for its inputs.
struct RateTable: Sendable {
    /// One declared direction: multiply by the factor (as declared) or
    /// divide by it (the reverse direction).
    struct Step: Sendable {
        var factor: Double
        var multiply: Bool
        /// The rate's samples when it is uncertain; `factor` is then their mean.
        var samples: [Double]?

        func apply(_ x: Double) -> Double { multiply ? x * factor : x / factor }

        func apply(_ x: Double, sample i: Int) -> Double {
            guard let samples, !samples.isEmpty else { return apply(x) }
            let f = samples[i % samples.count]
            return multiply ? x * f : x / f
        }
    }

    /// direct[a][b]: how to turn an amount of a into b.
    private var direct: [Currency: [Currency: Step]] = [:]

    /// Counts declarations, so a caller can tell that a statement declared
    /// a rate (for the session log).
    private(set) var revision = 0

    mutating func declare(_ from: Currency, _ amount: Double, _ to: Currency) {
        revision += 1
        // Store both directions exactly: converting by a declared rate
        // multiplies by that figure; the reverse divides by it.
        direct[from, default: [:]][to] = Step(factor: amount, multiply: true)
        direct[to, default: [:]][from] = Step(factor: amount, multiply: false)
    }

    /// An uncertain rate: its samples, and their mean for scalar uses.
    mutating func declare(_ from: Currency, samples: [Double], _ to: Currency) {
        let mean = samples.isEmpty ? 0 : samples.reduce(0, +) / Double(samples.count)
        direct[from, default: [:]][to] = Step(factor: mean, multiply: true, samples: samples)
        direct[to, default: [:]][from] = Step(factor: mean, multiply: false, samples: samples)
    }

    var isEmpty: Bool { direct.isEmpty }
    var declared: [Currency] { Array(direct.keys) }

    /// The shortest chain of declared rates from one currency to another
    /// (breadth-first, neighbours in code order so the choice is stable),
    /// or nil if none connects them.
    func chain(from: Currency, to: Currency) -> [Step]? {
        if from == to { return [] }
        var previous: [Currency: Currency] = [from: from]
        var queue = [from]
        var head = 0
        while head < queue.count {
            let c = queue[head]; head += 1
            if c == to { break }
            for next in (direct[c] ?? [:]).keys.sorted() where previous[next] == nil {
                previous[next] = c
                queue.append(next)
            }
        }
        guard previous[to] != nil else { return nil }
        var path = [to]
        while let last = path.last, last != from, let p = previous[last] { path.append(p) }
        path.reverse()
        var steps: [Step] = []
        for (a, b) in zip(path, path.dropFirst()) {
            guard let step = direct[a]?[b] else { return nil }
            steps.append(step)
        }
        return steps
    }

    /// The rates that turn an amount of one currency into another, found
    /// once: a Monte Carlo converts the same amounts for every sample.
    struct Route: Sendable {
        let steps: [Step]
        /// The sample count of the uncertain rates on the way (0 if none).
        let sampleCount: Int

        init(_ steps: [Step]) {
            self.steps = steps
            sampleCount = steps.reduce(0) { Swift.max($0, $1.samples?.count ?? 0) }
        }

        /// An uncertain rate on the way counts at its mean.
        func convert(_ x: Double) -> Double { steps.reduce(x) { $1.apply($0) } }
        /// With sample i of every uncertain rate on the way (one Monte Carlo run).
        func convert(_ x: Double, sample i: Int) -> Double { steps.reduce(x) { $1.apply($0, sample: i) } }
    }

    func route(from: Currency, to: Currency) -> Route? { chain(from: from, to: to).map(Route.init) }

    /// Converts an amount, or nil if no chain of rates connects the two. An
    /// uncertain rate on the way counts at its mean: callers that can carry
    /// a distribution ask `isUncertain` first and use `convertSamples`.
    func convert(_ x: Double, from: Currency, to: Currency) -> Double? {
        route(from: from, to: to)?.convert(x)
    }

    /// Whether converting between the two goes through an uncertain rate.
    func isUncertain(from: Currency, to: Currency) -> Bool {
        sampleCount(from: from, to: to) > 0
    }

    /// The sample count of the uncertain rates between the two (0 if none).
    func sampleCount(from: Currency, to: Currency) -> Int {
        guard from != to else { return 0 }
        return route(from: from, to: to)?.sampleCount ?? 0
    }

    /// `count` samples of an amount converted sample by sample: amount i
    /// (from `amount`) by the rates' sample i.
    func convertSamples(count: Int, _ amount: (Int) -> Double, from: Currency, to: Currency) -> [Double]? {
        guard let steps = chain(from: from, to: to) else { return nil }
        return (0..<count).map { i in steps.reduce(amount(i)) { $1.apply($0, sample: i) } }
    }
}

extension Interpreter {
    /// The right operand of an operator on money of two currencies joined by
    /// an uncertain rate, converted into the left's currency as a
    /// distribution (sample i by the rate's sample i), or nil when no
    /// uncertain rate is involved. Arithmetic then goes sample by sample, so
    /// `100 USD + 500 RUB` under `rate USD = 60 RUB to 70 RUB` is uncertain.
    func viaUncertainRate(_ left: Value, _ right: Value) -> Value? {
        guard let target = left.moneyCurrency, let (dim, amount, count) = right.moneyParts,
              let from = dim.currency, from != target else { return nil }
        let n = rates.sampleCount(from: from, to: target)
        guard n > 0 else { return nil }
        let total = count ?? n
        guard let out = rates.convertSamples(count: total, amount, from: from, to: target) else { return nil }
        var d = dim
        d.currency = target
        return .dist(SampleSet(samples: out, dim: d))
    }

    /// `x in USD` through an uncertain rate: a distribution (nil when the
    /// rate is certain or the value is not money).
    func convertViaUncertainRate(_ v: Value, to code: String) -> Value? {
        guard let c = Currency(code: code) else { return nil }
        return viaUncertainRate(.num(0, .money(c)), v)
    }
}

private extension Value {
    var moneyCurrency: Currency? {
        switch self {
        case .num(_, let d) where d.kind == .money: return d.currency
        case .dist(let s) where s.dim.kind == .money && !s.isBool: return s.dim.currency
        default: return nil
        }
    }

    /// A money value's unit, its amount per sample, and its sample count
    /// (nil for a plain amount).
    var moneyParts: (Dim, (Int) -> Double, Int?)? {
        switch self {
        case .num(let x, let d) where d.kind == .money: return (d, { _ in x }, nil)
        case .dist(let s) where s.dim.kind == .money && !s.isBool && !s.samples.isEmpty:
            let xs = s.samples
            return (s.dim, { xs[$0 % xs.count] }, xs.count)
        default: return nil
        }
    }
}
