import BizCore

/// A Biz value. Scalars (numbers, percents, money, durations, rates) share
/// one case with their unit, so that arithmetic is one function and the hot
/// path carries no reference-counted payload.
public enum Value: Sendable {
    case num(Double, Dim)
    case bool(Bool)
    case str(String)
    case list([Value])
    case record(Record)
    indirect case range(RangeValue)
    case function(Closure)
    case builtin(Builtin)
    case dist(SampleSet)
    case series(SeriesValue)
    case object(ModelObject)
    case nothing
    /// A variable captured by a lambda lives in a box shared by both frames.
    /// Never visible to users: variable reads unwrap it.
    case box(Box)

    public static func number(_ x: Double) -> Value { .num(x, .number) }
    public static func percent(_ x: Double) -> Value { .num(x, .percent) }
    public static func money(_ x: Double, _ c: Currency) -> Value { .num(x, .money(c)) }

    /// What a user calls this kind of value, for error messages.
    public var typeName: String {
        switch self {
        case .num(_, let d): return d.description
        case .bool: return "bool"
        case .str: return "string"
        case .list: return "list"
        case .record: return "record"
        case .range: return "range"
        case .function, .builtin: return "function"
        case .dist(let d): return "distribution of \(d.dim.description)"
        case .series: return "series"
        case .object(let o): return o.kind.rawValue
        case .nothing: return "nothing"
        case .box(let b): return b.value.typeName
        }
    }

    /// The number of a scalar, nil for anything else.
    var number: Double? {
        if case .num(let x, _) = self { return x }
        return nil
    }

    /// A count as a plain number (its display tag dropped, §8).
    var computed: Value {
        if case .num(let x, let d) = self, d.isCount { return .num(x, d.computed) }
        return self
    }

    var unboxed: Value {
        if case .box(let b) = self { return b.value }
        return self
    }
}

public final class Box: @unchecked Sendable {
    public var value: Value
    /// The transaction whose journal already holds this box's old value
    /// (CellTable.setBox): recorded once per transaction, not per write.
    var journalled = 0
    init(_ v: Value) { value = v }
}

/// `lo..hi` with one unit.
public struct RangeValue: Sendable {
    public var lo: Double
    public var hi: Double
    public var dim: Dim
}

/// A named or anonymous Biz function with its captured variables.
public final class Closure: @unchecked Sendable {
    let code: CompiledFunction
    let captured: [Box]
    init(code: CompiledFunction, captured: [Box]) { self.code = code; self.captured = captured }
}

/// A function written in Swift. It receives evaluated arguments.
public final class Builtin: @unchecked Sendable {
    public let name: String
    /// Parameter names, for named arguments and `:help`; the last may be variadic.
    public let params: [String]
    public let variadic: Bool
    let body: (inout BuiltinCall) throws(BizError) -> Value
    /// For a call with two scalar arguments by position: the result without
    /// building a `BuiltinCall`, or nil to take `body` (which gives the
    /// errors). Exactly what `body` returns for those arguments.
    let scalar2: ((Double, Dim, Double, Dim) -> Value?)?
    /// For a call with one argument by position (`len(r.name)`): the
    /// result without an argument array or a `BuiltinCall`, or nil to take
    /// `body`. Exactly what `body` returns for that argument.
    let value1: ((Value) -> Value?)?

    init(_ name: String, _ params: [String], variadic: Bool = false,
         scalar2: ((Double, Dim, Double, Dim) -> Value?)? = nil,
         value1: ((Value) -> Value?)? = nil,
         _ body: @escaping (inout BuiltinCall) throws(BizError) -> Value) {
        self.name = name
        self.params = params
        self.variadic = variadic
        self.scalar2 = scalar2
        self.value1 = value1
        self.body = body
    }
}

/// A time series, one value per month 0…months, in one unit. Uncertain
/// series keep every sample per month.
///
/// A Monte Carlo run's per-segment series are made lazily (issue 12 item 1):
/// their values and samples come from `make` on first read, which re-runs
/// the batch from the same inputs (the same numbers, see RunPayload).
public final class SeriesValue: @unchecked Sendable {
    public let dim: Dim
    public let name: String
    /// A flow (new, churned, revenue, profit, …): what happened during each
    /// month, 0 at month 0 by definition (MODEL.md "Time"). Its summaries
    /// and charts read months 1…N; indexing, `len` and exports keep month 0.
    public let isFlow: Bool
    private var made: (values: [Double], samples: MonthSamples?)?
    private var make: (() -> (values: [Double], samples: MonthSamples?))?
    /// A Monte Carlo total series: its samples are at hand, its medians are
    /// computed when `values` is first read (most what-ifs read one month's
    /// samples of one series, not every series' medians).
    private var knownSamples: MonthSamples?
    private var medians: ((MonthSamples) -> [Double])?

    public init(_ values: [Double], dim: Dim, name: String = "", samples: MonthSamples? = nil, isFlow: Bool = false) {
        self.made = (values, samples)
        self.dim = dim
        self.name = name
        self.isFlow = isFlow
    }

    /// A series whose values and samples are computed when first read.
    init(dim: Dim, name: String, isFlow: Bool, lazy make: @escaping () -> (values: [Double], samples: MonthSamples?)) {
        self.make = make
        self.dim = dim
        self.name = name
        self.isFlow = isFlow
    }

    /// A Monte Carlo series whose values, each month's median, are computed
    /// from `samples` when first read.
    init(samples: MonthSamples, dim: Dim, name: String, isFlow: Bool, medians: @escaping (MonthSamples) -> [Double]) {
        self.knownSamples = samples
        self.medians = medians
        self.dim = dim
        self.name = name
        self.isFlow = isFlow
    }

    private func contents() -> (values: [Double], samples: MonthSamples?) {
        if let made { return made }
        let m: (values: [Double], samples: MonthSamples?)
        if let knownSamples, let medians { m = (medians(knownSamples), knownSamples) } else { m = make?() ?? ([], nil) }
        made = m
        make = nil
        medians = nil
        return m
    }

    /// Month by month (a Monte Carlo series: each month's median).
    public var values: [Double] { contents().values }
    /// For Monte Carlo runs: samples[month] holds every sample of that month.
    public var samples: MonthSamples? { knownSamples ?? contents().samples }
    /// Months 0…N: N + 1 (without computing a Monte Carlo series' medians).
    public var count: Int { knownSamples?.count ?? contents().values.count }

    /// The first month summaries read: 1 for a flow, else 0.
    public var summaryStart: Int { isFlow && count > 1 ? 1 : 0 }
    /// The months that `sum`, `min`, `max`, `mean`, `.first` and charts read.
    public var summaryValues: ArraySlice<Double> { values[summaryStart...] }
}
