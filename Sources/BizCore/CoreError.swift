/// An invalid input to the engine. `field` names the offending field the way a
/// user would recognise it (for example `segment smb: churn`), so the language
/// layer can point at the declaration that caused it.
public struct CoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Small checks shared by spec validation; each throws a `CoreError` naming the field.
enum Check {
    static func finite(_ x: Double, _ field: String) throws {
        guard x.isFinite else { throw CoreError(field: field, message: "must be a finite number, got \(x)") }
    }

    static func nonNegative(_ x: Double, _ field: String) throws {
        try finite(x, field)
        guard x >= 0 else { throw CoreError(field: field, message: "must not be negative, got \(x)") }
    }

    static func positive(_ x: Double, _ field: String) throws {
        try finite(x, field)
        guard x > 0 else { throw CoreError(field: field, message: "must be greater than 0, got \(x)") }
    }

    static func probability(_ x: Double, _ field: String) throws {
        try finite(x, field)
        guard x >= 0 && x <= 1 else {
            throw CoreError(field: field, message: "must be a probability in [0, 1] (per month), got \(x)")
        }
    }

    /// Growth-like monthly fractions: anything above -100% (a -100% step would wipe the value out).
    static func growth(_ x: Double, _ field: String) throws {
        try finite(x, field)
        guard x > -1 else { throw CoreError(field: field, message: "must be greater than -100% per month, got \(x)") }
    }
}
