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

    public var kind: Kind
    public var per: Period?
    /// A loss-like percent rate (churn, switching, reach): converts between
    /// periods by keeping the surviving share, `1 − (1 − c)^(n)`, so that
    /// `40%/year` is 4.17%/month. Set when a value is given to such a field.
    public var loss: Bool = false
    /// A count read from a run (customers, new, churned, …): a display tag,
    /// not a unit. It prints with one decimal like the run's tables (§8);
    /// equality and hashing ignore it, and arithmetic drops it.
    public var isCount: Bool = false
    private var currencyCode: UInt32 = 0

    public static func == (a: Dim, b: Dim) -> Bool {
        a.kind == b.kind && a.per == b.per && a.loss == b.loss && a.currencyCode == b.currencyCode
    }

    public func hash(into h: inout Hasher) {
        h.combine(kind); h.combine(per); h.combine(loss); h.combine(currencyCode)
    }

    public var currency: Currency? {
        get { currencyCode == 0 ? nil : Currency(packed: currencyCode) }
        set { currencyCode = newValue?.packed ?? 0 }
    }

    public init(_ kind: Kind, currency: Currency? = nil, per: Period? = nil, loss: Bool = false) {
        self.kind = kind
        self.per = per
        self.loss = loss
        self.currencyCode = currency?.packed ?? 0
    }

    public static let number = Dim(.number)
    public static let percent = Dim(.percent)
    public static let duration = Dim(.duration)
    public static func money(_ c: Currency) -> Dim { Dim(.money, currency: c) }
    /// A plain number tagged as a count from a run.
    public static let count: Dim = { var d = Dim(.number); d.isCount = true; return d }()
    /// The same unit without the count tag: what arithmetic returns.
    public var computed: Dim {
        guard isCount else { return self }
        var d = self
        d.isCount = false
        return d
    }

    public var isRate: Bool { per != nil }
    public var isPlain: Bool { kind == .number && per == nil }
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
