/// Text made safe for XML/HTML content and attribute values (both quote
/// kinds escaped, so it may go inside either).
func escapedMarkup(_ s: String) -> String {
    var out = ""
    for ch in s {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // XML 1.0 forbids most control characters even when escaped.
            if let v = ch.unicodeScalars.first?.value, v < 0x20, ch != "\n", ch != "\t" {
                out += " "
            } else {
                out.append(ch)
            }
        }
    }
    return out
}

/// A coordinate for SVG: at most two decimals, `.` as the separator in every
/// locale, no exponent (SVG path data must not depend on the output locale).
func svgNumber(_ x: Double) -> String {
    guard let d = DecimalDigits(x) else { return "0" }
    let r = d.rounded(fractionDigits: 2)
    var s = r.isNegative ? "-" : ""
    s += r.integerPart
    let fraction = r.fractionPart
    if !fraction.isEmpty { s += "." + fraction }
    return s
}
