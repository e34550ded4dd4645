/// A finite double as a decimal: ±0.d₁d₂d₃… × 10^pointPosition.
///
/// Built from the shortest round-trip text Swift prints for a double, so all
/// rounding in this module happens on the digits a user would see
/// (`1.005` rounds to `1.01`), not on the binary value underneath
/// (1.00499999999999989…). No Foundation, no locale: identical everywhere.
struct DecimalDigits: Sendable, Equatable {
    /// Sign of a nonzero value; zero is never negative, so `-0.0` prints as `0`.
    var isNegative: Bool
    /// Significant digits 0…9 with no leading or trailing zeros; empty means zero.
    var digits: [UInt8]
    /// How many digits stand before the decimal point (may be ≤ 0 or > digits.count).
    var pointPosition: Int

    static let zero = DecimalDigits(isNegative: false, digits: [], pointPosition: 0)

    init(isNegative: Bool, digits: [UInt8], pointPosition: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.pointPosition = pointPosition
        normalize()
    }

    /// `nil` for NaN and infinities, which every caller renders its own way.
    init?(_ x: Double) {
        guard x.isFinite else { return nil }
        // `description` is the shortest text that reads back as the same double:
        // "0.30000000000000004", "1e-07", "1.5e+20", "-0.0", "5e-324".
        // ASCII only, so it is read as bytes: Character.wholeNumberValue
        // looks up Unicode properties and dominated string interpolation.
        let text = x.magnitude.description
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var integerCount: Int?
        var exponent = 0
        var inExponent = false, exponentSign = 1
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent { exponent = exponent * 10 + Int(b - UInt8(ascii: "0")) } else { digits.append(b - UInt8(ascii: "0")) }
            case UInt8(ascii: "."): integerCount = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            default: break
            }
        }
        exponent *= exponentSign
        self.init(isNegative: x < 0, digits: digits,
                  pointPosition: (integerCount ?? digits.count) + exponent)
    }

    var isZero: Bool { digits.isEmpty }

    /// Power of ten of the leading digit (scientific exponent); 0 for zero.
    var exponent: Int { isZero ? 0 : pointPosition - 1 }

    /// Rounds half away from zero to `n` significant digits (n ≥ 1).
    func rounded(significantDigits n: Int) -> DecimalDigits {
        keeping(max(1, n))
    }

    /// Rounds half away from zero to `n` digits after the decimal point.
    func rounded(fractionDigits n: Int) -> DecimalDigits {
        keeping(pointPosition + n)
    }

    /// Digits before the point, "0" when there are none.
    var integerPart: String {
        guard pointPosition > 0 else { return "0" }
        var s = ""
        for i in 0..<pointPosition {
            s.append(i < digits.count ? Character(String(digits[i])) : "0")
        }
        return s
    }

    /// Digits after the point with no trailing zeros ("" for an integer).
    var fractionPart: String {
        var s = ""
        if pointPosition < 0 { s += String(repeating: "0", count: -pointPosition) }
        for d in digits.dropFirst(max(0, pointPosition)) { s.append(Character(String(d))) }
        return s
    }

    /// Keeps the first `count` significant digits, rounding on the next one.
    private func keeping(_ count: Int) -> DecimalDigits {
        if count >= digits.count { return self }
        if count < 0 { return .zero }
        var kept = Array(digits[0..<count])
        var point = pointPosition
        if digits[count] >= 5 {
            var i = kept.count - 1
            while i >= 0 && kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i < 0 {
                // 9.99 → 10.0: the carry adds a leading digit.
                kept.insert(1, at: 0)
                point += 1
            } else {
                kept[i] += 1
            }
        }
        return DecimalDigits(isNegative: isNegative, digits: kept, pointPosition: point)
    }

    private mutating func normalize() {
        let leading = digits.prefix(while: { $0 == 0 }).count
        if leading == digits.count {
            digits = []
            pointPosition = 0
            isNegative = false
            return
        }
        digits.removeFirst(leading)
        pointPosition -= leading
        while digits.last == 0 { digits.removeLast() }
    }
}
