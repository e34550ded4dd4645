import BizFormat

/// Values written into the bytes of a string being built (interpolation):
/// exactly the text `format` gives, with whole numbers and whole cents
/// written as bytes and no string made for them.
extension Display {
    func write(_ v: Value, into text: TextBytes) {
        switch v {
        case .str(let s): text.append(s)
        case .num(let x, let d): write(x, d, into: text)
        default: text.append(format(v))
        }
    }

    /// `scalar(x, d)` (the text of a scalar is never cut by `format`).
    func write(_ x: Double, _ d: Dim, into text: TextBytes) {
        if d.per == nil {
            switch d.kind {
            case .number:
                if text.appendWholeNumber(d.isCount ? Display.countShown(x) : x, locale: locale) { return }
            case .money:
                if text.appendWholeCents(x, currency: d.currency?.code ?? "?", locale: locale) { return }
            default:
                break
            }
        }
        text.append(scalar(x, d))
    }
}
