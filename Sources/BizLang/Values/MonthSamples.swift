import BizCore

/// A Monte Carlo series' samples month by month: `samples[m]` is every
/// run's value at month m. A view of the batch's columns (BizCore's
/// `SampleColumns`), so a run keeps each number once.
public struct MonthSamples: Sendable {
    let columns: SampleColumns
    let name: String

    /// Months 0…N: N + 1 of them.
    public var count: Int { columns.months + 1 }
    public var indices: Range<Int> { 0..<count }
    /// Every run's value at month `m`.
    public subscript(m: Int) -> [Double] { columns.samples(name, month: m) }
    public func map<T>(_ f: ([Double]) throws -> T) rethrows -> [T] { try indices.map { try f(self[$0]) } }
    /// Run `i`'s series, month by month.
    public func run(_ i: Int) -> [Double] { columns.series(name, run: i) }
}
