/// Declared exchange rates. `rate USD = 63.30 RUB` is used both ways, and
/// cross rates through a common currency are derived.
struct RateTable: Sendable {
    /// rates[a][b] = how many b one a is worth, as declared (or its inverse).
    private var direct: [Currency: [Currency: (factor: Double, multiply: Bool)]] = [:]

    /// Counts declarations, so a caller can tell that a statement declared
    /// a rate (for the session log).
    private(set) var revision = 0

    mutating func declare(_ from: Currency, _ amount: Double, _ to: Currency) {
        revision += 1
        // Store both directions exactly: converting by a declared rate
        // multiplies by that figure; the reverse divides by it.
        direct[from, default: [:]][to] = (amount, true)
        direct[to, default: [:]][from] = (amount, false)
    }

    var isEmpty: Bool { direct.isEmpty }
    var declared: [Currency] { Array(direct.keys) }

    /// Converts an amount, or nil if no chain of rates connects the two.
    func convert(_ x: Double, from: Currency, to: Currency) -> Double? {
        if from == to { return x }
        // Breadth-first search: the shortest chain of declared rates.
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
        var chain = [to]
        while let last = chain.last, last != from, let p = previous[last] { chain.append(p) }
        var value = x
        for (a, b) in zip(chain.reversed(), chain.reversed().dropFirst()) {
            guard let step = direct[a]?[b] else { return nil }
            value = step.multiply ? value * step.factor : value / step.factor
        }
        return value
    }
}
