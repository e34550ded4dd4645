/// Typed and untyped percents (LANGUAGE.md §4). A *typed* percent is one the
/// source text shows to be a percent: `x + 20%` is a calculator's percent
/// change whatever x is. Any other Percent (from a name, a parameter, a
/// field, a call, `in %`) is its fraction beside a plain number, so that
/// `1 + i - r` reads as in a finance textbook. Typedness is decided here,
/// once, when the expression is compiled; the operators receive it as a flag.
extension Expr {
    /// A literal `20%`, a parenthesised `(expr)%`, a typed percent with a
    /// unary sign, or `+`/`-` of typed percents (`20% + 5%`). A list, range
    /// or `to` written with typed percents only (`[10%, 20%]`, `5%..10%`)
    /// is typed too, element by element.
    var isTypedPercent: Bool {
        switch kind {
        case .quantity(_, let d): return d == .percent
        case .percent: return true
        case .unary(.negate, let x), .unary(.plus, let x): return x.isTypedPercent
        case .binary(.add, let a, let b), .binary(.sub, let a, let b), .range(let a, let b), .to(let a, let b):
            return a.isTypedPercent && b.isTypedPercent
        case .list(let items): return !items.isEmpty && items.allSatisfy(\.isTypedPercent)
        default: return false
        }
    }
}

/// The hints of a percent mistake, written from the operands' source text
/// (`left`, `right`) so that each is valid Biz the user can paste.
func percentHints(_ h: PercentHint, left: String, right: String) -> [Message] {
    switch h {
    case .amountFirst(let op):
        return [Message(UnitText.percentChangesAmount, "\(right) \(op) \(parenthesised(left))")]
    case .points(let op, let period, let rateOnLeft):
        let p = period.word, points = op == "+" ? UnitText.addPoints : UnitText.subtractPoints
        if rateOnLeft {
            return [Message(points, "\(left) \(op) \(parenthesised(right))/\(p)"),
                    Message(UnitText.changeRateBy, right, "\(parenthesised(left)) * (1 \(op) \(parenthesised(right)))")]
        }
        return [Message(points, "\(parenthesised(left))/\(p) \(op) \(right)")]
    }
}

/// `text` in parentheses when it has a `+` or `-` outside any, so that it
/// keeps its meaning as an operand.
private func parenthesised(_ text: String) -> String {
    var depth = 0
    for (i, c) in text.enumerated() {
        switch c {
        case "(", "[", "{": depth += 1
        case ")", "]", "}": depth -= 1
        case "+", "-": if depth == 0 && i > 0 { return "(\(text))" }
        default: break
        }
    }
    return text
}
