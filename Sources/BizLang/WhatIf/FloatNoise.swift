#if canImport(Glibc)
import Glibc
#endif

/// What-if answers carry no float noise (LANGUAGE.md §8): a minimum found
/// at 8.9e-16 next to targets of size 0.5 is 0, and a sweep's `0.1 * 3` is
/// the 0.3 the user means, so that `x - 0.3` there is 0.
enum FloatNoise {
    /// Below this share of the scale a value is a search's or a sum's noise.
    static let relative = 1e-9

    /// x, or 0 when |x| is noise next to `scale` (the range or the targets seen).
    static func snapped(_ x: Double, scale: Double) -> Double {
        guard x.isFinite, scale.isFinite, scale > 0 else { return x }
        return abs(x) <= relative * scale ? 0 : x
    }

    /// x rounded to 12 significant digits of `scale`: the decimal that
    /// `lo + k·step` stands for. Dividing an exact integer by an exact power
    /// of ten gives the double nearest that decimal.
    static func decimal(_ x: Double, scale: Double) -> Double {
        guard x.isFinite, scale.isFinite, scale > 0 else { return x }
        let digits = 12 - Int(log10(scale).rounded(.up))
        guard digits > 0, digits <= 300 else { return x }
        let power = pow(10, Double(digits))
        let n = (x * power).rounded()
        guard abs(n) < 9e15 else { return x }
        return n / power
    }
}
