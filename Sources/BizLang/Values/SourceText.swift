import BizFormat

/// A scalar written as Biz source, for hints that suggest code (LANGUAGE.md
/// v1.1 §1: hints as source): `1500 RUB`, `2.57%/month`, `18 months` —
/// never `1,500 RUB` nor `2.5680002032789693%`, and the same in every
/// locale, so that a hint can be pasted back as it is.
func sourceText(_ x: Double, _ d: Dim) -> String {
    let body: String
    switch d.kind {
    case .number: body = formatSourceNumber(x)
    case .percent: body = formatSourcePercent(x)
    case .money: body = formatSourceNumber(x) + " " + (d.currency?.code ?? "RUB")
    case .duration: body = formatSourceNumber(x) + (x == 1 ? " month" : " months")
    }
    guard let per = d.per else { return body }
    return body + "/" + per.word
}

/// A number inside a message or hint: no float noise, no separators.
func formatPlain(_ x: Double) -> String { formatSourceNumber(x) }
