/// An invalid input to the engine. `field` names the offending field the way a
/// user would recognise it (for example `segment smb: churn`), so the language
/// layer can point at the declaration that caused it. `problem` says what is
/// wrong as data, not words: BizCore holds no language, and BizLang puts the
/// problem into the interface language (Messages/CoreText.swift).
public struct CoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the field, with the numbers involved.
    public enum Problem: Sendable, Equatable {
        case notFinite(Double)
        case negative(Double)
        case notPositive(Double)
        /// A monthly probability outside [0, 1].
        case notProbability(Double)
        /// A growth-like fraction at or below -100% (it would wipe the value out).
        case notAboveMinusHundred(Double)
        /// A relative price change at or below -100% (`stress(run, price: -100%)`).
        case priceCutTooDeep(Double)
        case resolutionOutOfRange(Int)
        case overfull(customers: Double, competitors: Double, size: Double)
        case bandInverted(low: Double, high: Double)
        case noSuchSegment(String)
        case notPositiveDuration(Double)
        case noSegments
        case segmentListedTwice(String)
        /// `a to b` with a ≥ b.
        case rangeOrder(low: Double, high: Double)
        case uniformOrder(low: Double, high: Double)
        case triangularOrder(low: Double, mode: Double, high: Double)
        case noSamples
        case samplesUnsorted
        case scheduleStepNegative(month: Int)
        case scheduleOrder(month: Int, previous: Int)
        /// A run's number left the range of a Double in this month (Overflow.swift).
        case overflowed(what: String, month: Int)
        /// A bug, not an input error: shown as it is.
        case internalError(String)
        /// A text written by a caller outside BizCore (kept for its callers).
        case other(String)
    }

    public let field: String
    public let problem: Problem

    public init(field: String, problem: Problem) {
        self.field = field
        self.problem = problem
    }

    public init(field: String, message: String) {
        self.init(field: field, problem: .other(message))
    }

    /// The problem in English, for logs and callers that do not localize.
    public var message: String {
        switch problem {
        case .notFinite(let x): return "must be a finite number, got \(x)"
        case .negative(let x): return "must not be negative, got \(x)"
        case .notPositive(let x): return "must be greater than 0, got \(x)"
        case .notProbability(let x): return "must be a probability in [0, 1] (per month), got \(x)"
        case .notAboveMinusHundred(let x): return "must be greater than -100% per month, got \(x)"
        case .priceCutTooDeep(let x): return "must be above -100%, got \(x * 100)%"
        case .resolutionOutOfRange(let n): return "must be between 1 and 100000 bins, got \(n)"
        case let .overfull(c, k, s): return "\(c) + \(k) exceeds the segment's size \(s)"
        case let .bandInverted(lo, hi): return "low end \(lo) is above high end \(hi)"
        case .noSuchSegment(let s): return "no segment named \(s) in this company"
        case .notPositiveDuration(let x): return "must be a positive duration, got \(x)"
        case .noSegments: return "needs at least one segment"
        case .segmentListedTwice(let s): return "segment \(s) is listed twice"
        case let .rangeOrder(lo, hi): return "`a to b` needs a < b, got \(lo) to \(hi)"
        case let .uniformOrder(lo, hi): return "uniform needs lo ≤ hi, got \(lo)..\(hi)"
        case let .triangularOrder(lo, mode, hi): return "triangular needs lo ≤ mode ≤ hi, got \(lo), \(mode), \(hi)"
        case .noSamples: return "an empirical distribution needs samples"
        case .samplesUnsorted: return "empirical samples must be sorted ascending"
        case .scheduleStepNegative(let m): return "a schedule step must come after month 0 or later, got month \(m)"
        case let .scheduleOrder(m, p): return "schedule steps must be in increasing month order (month \(m) after month \(p))"
        case let .overflowed(what, m): return "the simulation overflowed in month \(m): \(what) is too large to compute"
        case .internalError(let s), .other(let s): return s
        }
    }

    public var description: String { "\(field): \(message)" }
}

/// Small checks shared by spec validation; each throws a `CoreError` naming the field.
/// Field names are autoclosures: specs are validated for every sample of a
/// Monte Carlo, and a name is needed only for an error.
enum Check {
    static func finite(_ x: Double, _ field: @autoclosure () -> String) throws {
        guard x.isFinite else { throw CoreError(field: field(), problem: .notFinite(x)) }
    }

    static func nonNegative(_ x: Double, _ field: @autoclosure () -> String) throws {
        try finite(x, field())
        guard x >= 0 else { throw CoreError(field: field(), problem: .negative(x)) }
    }

    static func positive(_ x: Double, _ field: @autoclosure () -> String) throws {
        try finite(x, field())
        guard x > 0 else { throw CoreError(field: field(), problem: .notPositive(x)) }
    }

    static func probability(_ x: Double, _ field: @autoclosure () -> String) throws {
        try finite(x, field())
        guard x >= 0 && x <= 1 else { throw CoreError(field: field(), problem: .notProbability(x)) }
    }

    /// Growth-like monthly fractions: anything above -100% (a -100% step would wipe the value out).
    static func growth(_ x: Double, _ field: @autoclosure () -> String) throws {
        try finite(x, field())
        guard x > -1 else { throw CoreError(field: field(), problem: .notAboveMinusHundred(x)) }
    }
}
