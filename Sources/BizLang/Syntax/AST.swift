/// The syntax tree. Every node carries the span of source it came from, so
/// any error can point at it.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public enum UnaryOp: String, Sendable { case negate = "-", plus = "+", not }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", pow = "^", of
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", approx = "≈"
    case and, or
}

/// A period word: `month`, `quarter`, `year`, `week`.
public enum Period: UInt8, Sendable, CaseIterable {
    case week = 1, month, quarter, year

    public var months: Double {
        switch self {
        case .week: return 12.0 / 52.0
        case .month: return 1
        case .quarter: return 3
        case .year: return 12
        }
    }
    public var word: String {
        switch self { case .week: return "week"; case .month: return "month"; case .quarter: return "quarter"; case .year: return "year" }
    }
    /// Singular and plural forms, English and Russian (LANGUAGE.md §2), and
    /// the abbreviations ru output prints (`мес.`, `нед.`, `кв.`; the parser
    /// takes the dot).
    public init?(word: String) {
        switch word {
        case "week", "weeks", "неделя", "недели", "недель", "неделю", "нед": self = .week
        case "month", "months", "месяц", "месяца", "месяцев", "мес": self = .month
        case "quarter", "quarters", "квартал", "квартала", "кварталов", "кв": self = .quarter
        case "year", "years", "год", "года", "лет": self = .year
        default: return nil
        }
    }

    /// Words that make `x / WORD` a rate: the singular forms and the
    /// abbreviations. A plural (`x / months`, `x / лет`) divides by a name.
    public static func rateWord(_ word: String) -> Period? {
        switch word {
        case "week", "month", "quarter", "year", "неделя", "неделю", "нед", "месяц", "мес", "квартал", "кв", "год":
            return Period(word: word)
        default: return nil
        }
    }

    /// Abbreviations written with a dot in Russian (`3 мес.`, `100 ₽/мес.`).
    public static func takesDot(_ word: String) -> Bool { word == "мес" || word == "нед" || word == "кв" }
}

public struct Field: Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    public var value: Expr
}

public struct CallArgument: Sendable {
    public var label: String?
    public var value: Expr
}

public struct Parameter: Sendable {
    public var name: String
    public var span: SourceSpan
    public var defaultValue: Expr?
}

public struct FunctionSyntax: Sendable {
    public var name: String?
    public var params: [Parameter]
    public var body: Expr
}

/// One `until month M then VALUE` step; `signed` when VALUE was written with
/// a sign, which makes it relative to the value before it.
public struct ScheduleStep: Sendable {
    public var month: Expr
    public var value: Expr
    public var signed: Bool
}

public struct SweepAxis: Sendable {
    public var cell: String
    public var cellSpan: SourceSpan
    public var values: Expr
    public var step: Expr?
}

public enum ConversionTarget: Sendable, Equatable {
    case currency(String)
    case period(Period)
    /// `x in %`: a number shown as a percent (an untyped one).
    case percent
}

public indirect enum ExprKind: Sendable {
    case number(Double)
    case quantity(Double, Dim)
    case string([InterpolationPiece])
    case bool(Bool)
    case name(String)
    case list([Expr])
    case record([Field])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    /// `a ≈ b within t`.
    case approx(Expr, Expr, tolerance: Expr?)
    /// Postfix `%` on a parenthesised expression.
    case percent(Expr)
    /// `EXPR / month`, `EXPR per year`.
    case rate(Expr, Period)
    case convert(Expr, ConversionTarget)
    case range(Expr, Expr)
    case to(Expr, Expr)
    case call(Expr, [CallArgument])
    case index(Expr, Expr)
    case member(Expr, String)
    case with(Expr, [Field])
    case lambda(FunctionSyntax)
    case ifElse(Expr, Expr, Expr?)
    case block([Stmt])
    case forLoop(variable: String, variableSpan: SourceSpan, sequence: Expr, body: Expr)
    case whileLoop(Expr, Expr)
    case given(Expr, [Field])
    /// `segment smb { … }` and friends, as a value.
    case declaration(kind: String, name: String, fields: [Field])
    case schedule(Expr, [ScheduleStep])
    case sweep(axes: [SweepAxis], outputs: [Expr])
    case goal(target: Expr, value: Expr, cell: String, cellSpan: SourceSpan, range: Expr)
    case optimize(maximize: Bool, target: Expr, cell: String, cellSpan: SourceSpan, range: Expr)
    case tornado(target: Expr, swing: Expr?)
}

public enum InterpolationPiece: Sendable {
    case text(String)
    case expr(Expr)
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var span: SourceSpan
    public init(_ kind: StmtKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public enum StmtKind: Sendable {
    case expr(Expr)
    case assign(name: String, nameSpan: SourceSpan, value: Expr)
    case function(FunctionSyntax, nameSpan: SourceSpan)
    case expect(Expr, message: Expr?)
    case use(module: String, moduleSpan: SourceSpan)
    case rate(currency: String, value: Expr)
    case returnValue(Expr?)
    /// `show a, b`: series side by side in one month table.
    case show([Expr])
    /// `plot a, b title: "…" to "f.svg"`.
    case plot([Expr], destination: Expr?, title: Expr?)
    /// `export a, b to "f.xlsx"`: several values go to one workbook (or JSON object).
    case export([Expr], destination: Expr)
    /// `report a, b to "r.html"`: a section per run and a comparison.
    case report([Expr], destination: Expr)
}

extension Expr {
    /// Made only of literals, names, fields and operators: evaluating it
    /// cannot assign a variable (no block, loop, call or `given` inside),
    /// so it may be evaluated before or after a variable is read.
    var assignsNoVariable: Bool {
        switch kind {
        case .number, .quantity, .bool, .name: return true
        case .string(let pieces):
            return pieces.allSatisfy { if case .expr(let e) = $0 { return e.assignsNoVariable } else { return true } }
        case .list(let items): return items.allSatisfy(\.assignsNoVariable)
        case .record(let fields): return fields.allSatisfy(\.value.assignsNoVariable)
        case .unary(_, let x), .percent(let x), .rate(let x, _), .member(let x, _): return x.assignsNoVariable
        case .binary(_, let a, let b), .range(let a, let b), .to(let a, let b), .index(let a, let b):
            return a.assignsNoVariable && b.assignsNoVariable
        default: return false
        }
    }
}
