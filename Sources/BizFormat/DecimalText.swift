/// Turns already-rounded decimals into text: grouping, decimal separator,
/// scientific form. Shared by numbers, money and percents so they agree.
enum DecimalText {
    /// Plain (non-scientific) text; `minFractionDigits` pads with zeros
    /// (money shows `12.50`, not `12.5`).
    static func plain(_ d: DecimalDigits, locale: OutputLocale, minFractionDigits: Int = 0, grouping: Bool = true) -> String {
        var fraction = d.fractionPart
        if !fraction.isEmpty && fraction.count < minFractionDigits {
            fraction += String(repeating: "0", count: minFractionDigits - fraction.count)
        }
        var text = sign(d) + grouped(d.integerPart, separator: grouping ? locale.groupingSeparator : "")
        if !fraction.isEmpty { text += locale.decimalSeparator + fraction }
        return text
    }

    /// `1.5e20`, `-1e-7`, ru `1,5e20`: short, and readable back as a Biz literal in en.
    static func scientific(_ d: DecimalDigits, locale: OutputLocale) -> String {
        let mantissa = d.digits.map { String($0) }
        var text = sign(d) + (mantissa.first ?? "0")
        if mantissa.count > 1 {
            text += locale.decimalSeparator + mantissa.dropFirst().joined()
        }
        return text + "e" + String(d.exponent)
    }

    /// Magnitudes that are unreadable in plain digits: ≥ 1e15 or nonzero below 1e-6.
    static func needsScientific(_ d: DecimalDigits) -> Bool {
        !d.isZero && (d.exponent >= scientificExponent || d.exponent < -6)
    }

    /// NaN, ∞ and -∞, the same in every locale.
    static func nonFinite(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        return x < 0 ? "-∞" : "∞"
    }

    /// ASCII hyphen-minus, so printed numbers paste back into Biz source.
    private static func sign(_ d: DecimalDigits) -> String {
        d.isNegative ? "-" : ""
    }

    /// "1234567" → "1,234,567"; every integer of 4+ digits is grouped, in
    /// both locales, so columns of numbers line up.
    static func grouped(_ integer: String, separator: String) -> String {
        // Digits are ASCII: work on bytes, not Characters.
        let digits = Array(integer.utf8)
        if digits.count < 4 || separator.isEmpty { return integer }
        let sep = Array(separator.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 * sep.count)
        for (i, b) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(contentsOf: sep) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
