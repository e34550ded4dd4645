/// The text of a whole number or a whole number of cents, written byte by
/// byte into the string it becomes. The general path (`String(n)`, its
/// UTF-8 copied into an array, grouped into another, decoded, then joined
/// with the sign, the cents and the unit) took about 2,000 instructions a
/// number, which was most of the cost of string interpolation; this one
/// makes no string but the result (none at all up to 15 bytes, which Swift
/// keeps inline).
///
/// The text is exactly the general path's: the sign, every digit of the
/// integer part in groups of three from 4 digits on (`DecimalText.grouped`),
/// then the decimal separator and two digits of cents if any, then a space
/// and the suffix if any (NumberFormatTests and MoneyShortcutTests compare
/// both paths).
enum WholeText {
    /// `integer` is the magnitude; `cents` (1…99) adds a decimal part.
    static func text(_ integer: UInt64, negative: Bool, cents: Int? = nil, locale: OutputLocale,
                     grouping: Bool = true, suffix: String = "") -> String {
        var digits = 1
        var rest = integer / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let separator = grouping && digits >= 4 ? locale.groupingSeparator.utf8 : "".utf8
        let decimal = cents == nil ? "".utf8 : locale.decimalSeparator.utf8
        let tail = suffix.utf8
        let length = (negative ? 1 : 0) + digits + (digits - 1) / 3 * separator.count
            + (cents == nil ? 0 : decimal.count + 2) + (tail.isEmpty ? 0 : 1 + tail.count)
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            func put(_ b: UInt8) { out[i] = b; i += 1 }
            if negative { put(UInt8(ascii: "-")) }
            // Digits from the most significant: divide by the largest power
            // of ten below the number.
            var power: UInt64 = 1
            for _ in 1..<digits { power *= 10 }
            var left = integer
            for k in 0..<digits {
                if k > 0, (digits - k) % 3 == 0 { for b in separator { put(b) } }
                let d = left / power
                put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: d))
                left -= d * power
                power /= 10
            }
            if let cents {
                for b in decimal { put(b) }
                put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: cents / 10))
                put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: cents % 10))
            }
            if !tail.isEmpty {
                put(UInt8(ascii: " "))
                for b in tail { put(b) }
            }
            return i
        }
    }
}
