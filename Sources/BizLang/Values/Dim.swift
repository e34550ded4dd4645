/// A three-letter currency code packed into 32 bits, so that money values
/// carry no reference-counted payload.
public struct Currency: Hashable, Sendable, Comparable {
    public let packed: UInt32

    public init?(code: String) {
        let u = Array(code.utf8)
        guard u.count == 3, u.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        packed = UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2])
    }

    public var code: String {
        // Written in place: no array (printing money asks for it every time).
        String(unsafeUninitializedCapacity: 3) { bytes in
            bytes[0] = UInt8(packed >> 16 & 0xFF)
            bytes[1] = UInt8(packed >> 8 & 0xFF)
            bytes[2] = UInt8(packed & 0xFF)
            return 3
        }
    }

    init(packed: UInt32) { self.packed = packed }

    /// The rouble, which Russian input also writes `500 ₽` and `500 руб`.
    public static let rub = Currency(packed: UInt32(82) << 16 | UInt32(85) << 8 | UInt32(66))

    public static func < (a: Currency, b: Currency) -> Bool { a.packed < b.packed }

    /// Three capital ASCII letters: what may follow a number as a currency.
    public static func isCode(_ s: String) -> Bool { Currency(code: s) != nil }
}

/// The unit of a scalar: plain number, percent, money in a currency, or a
/// duration (in months) — optionally per a period, which makes it a rate.
public struct Dim: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case number, percent, money, duration }

    /// Every part in one word, so that comparing two units (money beside
    /// money on every addition) is one comparison and the constants below
    /// fold at compile time: byte 0 the kind, byte 1 the period (0 for
    /// none), bit 16 `loss`, bit 24 `isCount`, the high 32 bits the
    /// currency code (0 for none).
    private var raw: UInt64

    private static let periodShift: UInt64 = 8
    private static let lossBit: UInt64 = 1 << 16
    private static let countBit: UInt64 = 1 << 24
    private static let currencyShift: UInt64 = 32

    private init(raw: UInt64) { self.raw = raw }

    public var kind: Kind {
        get { Kind(rawValue: UInt8(truncatingIfNeeded: raw)) ?? .number }
        set { raw = raw & ~0xFF | UInt64(newValue.rawValue) }
    }

    public var per: Period? {
        get { Period(rawValue: UInt8(truncatingIfNeeded: raw >> Dim.periodShift)) }
        set { raw = raw & ~(0xFF << Dim.periodShift) | UInt64(newValue?.rawValue ?? 0) << Dim.periodShift }
    }

    /// A loss-like percent rate (churn, switching, reach): converts between
    /// periods by keeping the surviving share, `1 − (1 − c)^(n)`, so that
    /// `40%/year` is 4.17%/month. Set when a value is given to such a field.
    public var loss: Bool {
        get { raw & Dim.lossBit != 0 }
        set { raw = newValue ? raw | Dim.lossBit : raw & ~Dim.lossBit }
    }

    /// A count read from a run (customers, new, churned, …): a display tag,
    /// not a unit. It prints with one decimal like the run's tables (§8);
    /// equality and hashing ignore it, and arithmetic drops it.
    public var isCount: Bool {
        get { raw & Dim.countBit != 0 }
        set { raw = newValue ? raw | Dim.countBit : raw & ~Dim.countBit }
    }

    public static func == (a: Dim, b: Dim) -> Bool {
        a.raw | countBit == b.raw | countBit
    }

    public func hash(into h: inout Hasher) {
        h.combine(raw & ~Dim.countBit)
    }

    public var currency: Currency? {
        get {
            let code = UInt32(truncatingIfNeeded: raw >> Dim.currencyShift)
            return code == 0 ? nil : Currency(packed: code)
        }
        set { raw = raw & 0xFFFF_FFFF | UInt64(newValue?.packed ?? 0) << Dim.currencyShift }
    }

    public init(_ kind: Kind, currency: Currency? = nil, per: Period? = nil, loss: Bool = false) {
        raw = UInt64(kind.rawValue) | UInt64(per?.rawValue ?? 0) << Dim.periodShift | (loss ? Dim.lossBit : 0)
            | UInt64(currency?.packed ?? 0) << Dim.currencyShift
    }

    // Computed, not stored: a `static let` is a lazy global, checked on
    // every read; these fold to a constant.
    public static var number: Dim { Dim(raw: UInt64(Kind.number.rawValue)) }
    public static var percent: Dim { Dim(raw: UInt64(Kind.percent.rawValue)) }
    public static var duration: Dim { Dim(raw: UInt64(Kind.duration.rawValue)) }
    public static func money(_ c: Currency) -> Dim { Dim(.money, currency: c) }
    /// A plain number tagged as a count from a run.
    public static var count: Dim { Dim(raw: UInt64(Kind.number.rawValue) | countBit) }
    /// The same unit without the count tag: what arithmetic returns.
    public var computed: Dim { Dim(raw: raw & ~Dim.countBit) }

    /// A number or a percent with no period (`isPlain`, `isPlainPercent`):
    /// the kind and period bytes alone.
    private var kindAndPeriod: UInt64 { raw & 0xFFFF }
    /// A percent with no period: what `of` and `×` read as a share.
    public var isPlainPercent: Bool { kindAndPeriod == UInt64(Kind.percent.rawValue) }

    public var isRate: Bool { raw & 0xFF << Dim.periodShift != 0 }
    /// A plain number that is nothing else: not a count (which keeps a
    /// display tag through a parameter), not a loss-like rate.
    var isExactNumber: Bool { raw == 0 }
    public var isPlain: Bool { kindAndPeriod == 0 }
    /// The same unit without the period.
    public var quantity: Dim { Dim(kind, currency: currency, per: nil) }
    public func per(_ p: Period?) -> Dim { Dim(kind, currency: currency, per: p, loss: loss && p != nil) }
    /// The same rate marked loss-like (or not).
    public func lossLike(_ on: Bool) -> Dim { Dim(kind, currency: currency, per: per, loss: on && kind == .percent && per != nil) }

    /// How a user would name this unit in an error message.
    public var description: String {
        let base: String
        switch kind {
        case .number: base = "number"
        case .percent: base = "percent"
        case .money: base = "money (\(currency?.code ?? "?"))"
        case .duration: base = "duration"
        }
        guard let per else { return base }
        switch kind {
        case .number: return "count rate (per \(per.word))"
        case .percent: return "percent rate (per \(per.word))"
        case .money: return "money rate (\(currency?.code ?? "?") per \(per.word))"
        case .duration: return "duration per \(per.word)"
        }
    }
}
