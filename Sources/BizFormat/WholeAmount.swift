/// The text of a whole number or a whole number of cents, written byte by
/// byte on the stack. The general path (`String(n)`, its UTF-8 copied into
/// an array, grouped into another, decoded, then joined with the sign, the
/// cents and the unit) took about 2,000 instructions a number, which was
/// most of the cost of string interpolation. These bytes become one string
/// (`text`), or are copied into the text being built (`TextBytes`).
///
/// The text is exactly the general path's: the sign, every digit of the
/// integer part in groups of three from 4 digits on (`DecimalText.grouped`),
/// then the decimal separator and two digits of cents if any, then a space
/// and the suffix if any (WholeNumberShortcutTests and MoneyShortcutTests
/// compare both paths).
struct WholeAmount {
    /// The magnitude of the integer part.
    var integer: UInt64
    var negative: Bool
    /// 1…99, a decimal part of two digits; nil for none.
    var cents: Int? = nil

    /// Room for any whole number with a short suffix.
    private static let capacity = 64

    /// Hands the bytes of the text to `body`, or nil when they do not fit
    /// the stack buffer (a long suffix).
    @inline(__always)
    func withBytes<T>(locale: OutputLocale, grouping: Bool, suffix: String,
                      _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        let separator = locale.groupingByte, decimal = locale.decimalByte
        // The longest text: 20 digits, 6 separators, a sign, the cents.
        guard suffix.isEmpty || 30 + 1 + suffix.utf8.count <= Self.capacity else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.capacity) { buffer -> T? in
            guard let base = buffer.baseAddress else { return nil }
            // Written from the end: the suffix, the cents, then the digits
            // from the least significant.
            var at = Self.capacity
            func put(_ b: UInt8) { at -= 1; base[at] = b }
            if !suffix.isEmpty {
                at -= suffix.utf8.count
                var p = base + at
                for b in suffix.utf8 { p.pointee = b; p += 1 }
                put(UInt8(ascii: " "))
            }
            if let cents {
                put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: cents % 10))
                put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: cents / 10))
                put(decimal)
            }
            let groups = grouping && integer >= 1000
            var left = integer, digits = 0
            repeat {
                if groups, digits > 0, digits % 3 == 0 { put(separator) }
                put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: left % 10))
                left /= 10
                digits += 1
            } while left > 0
            if negative { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(start: base + at, count: Self.capacity - at))
        }
    }

    /// The text as a string (inline, with no allocation, up to 15 bytes).
    func text(locale: OutputLocale, grouping: Bool = true, suffix: String = "") -> String {
        if let s = withBytes(locale: locale, grouping: grouping, suffix: suffix, { String(decoding: $0, as: UTF8.self) }) { return s }
        // Too long for the buffer: the general path.
        var text = (negative ? "-" : "") + DecimalText.grouped(String(integer), separator: grouping ? locale.groupingSeparator : "")
        if let cents { text += locale.decimalSeparator + (cents < 10 ? "0" : "") + String(cents) }
        return suffix.isEmpty ? text : text + " " + suffix
    }
}
