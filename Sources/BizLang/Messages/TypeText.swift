/// What a user calls a kind of value in a message: `money (RUB)`,
/// `duration`, `list` (Value.typeText, Dim.text). Russian type names are
/// nouns that read inside «нельзя сложить {1} и {2}»; the genitive forms
/// follow «распределение …».
public enum TypeText: String, CaseIterable, MessageKind {
    case number = "type.number"
    case percent = "type.percent"
    case money = "type.money"
    case duration = "type.duration"
    case countRate = "type.count-rate"
    case percentRate = "type.percent-rate"
    case moneyRate = "type.money-rate"
    case durationRate = "type.duration-rate"
    case numberOf = "type.of.number"
    case percentOf = "type.of.percent"
    case moneyOf = "type.of.money"
    case durationOf = "type.of.duration"
    case countRateOf = "type.of.count-rate"
    case percentRateOf = "type.of.percent-rate"
    case moneyRateOf = "type.of.money-rate"
    case durationRateOf = "type.of.duration-rate"
    case perWeek = "type.per.week"
    case perMonth = "type.per.month"
    case perQuarter = "type.per.quarter"
    case perYear = "type.per.year"
    case bool = "type.bool"
    case string = "type.string"
    case list = "type.list"
    case record = "type.record"
    case range = "type.range"
    case function = "type.function"
    case distribution = "type.distribution"
    case series = "type.series"
    case nothing = "type.nothing"

    public var texts: (en: String, ru: String) {
        switch self {
        case .number: return ("number", "число")
        case .percent: return ("percent", "процент")
        case .money: return ("money ({1})", "деньги ({1})")
        case .duration: return ("duration", "длительность")
        case .countRate: return ("count rate ({1})", "количество {1}")
        case .percentRate: return ("percent rate ({1})", "процент {1}")
        case .moneyRate: return ("money rate ({1} {2})", "денежный поток ({1} {2})")
        case .durationRate: return ("duration {1}", "длительность {1}")
        case .numberOf: return ("number", "числа")
        case .percentOf: return ("percent", "процента")
        case .moneyOf: return ("money ({1})", "денег ({1})")
        case .durationOf: return ("duration", "длительности")
        case .countRateOf: return ("count rate ({1})", "количества {1}")
        case .percentRateOf: return ("percent rate ({1})", "процента {1}")
        case .moneyRateOf: return ("money rate ({1} {2})", "денежного потока ({1} {2})")
        case .durationRateOf: return ("duration {1}", "длительности {1}")
        case .perWeek: return ("per week", "в неделю")
        case .perMonth: return ("per month", "в месяц")
        case .perQuarter: return ("per quarter", "в квартал")
        case .perYear: return ("per year", "в год")
        case .bool: return ("bool", "логическое значение")
        case .string: return ("string", "строка")
        case .list: return ("list", "список")
        case .record: return ("record", "запись")
        case .range: return ("range", "диапазон")
        case .function: return ("function", "функция")
        case .distribution: return ("distribution of {1}", "распределение {1}")
        case .series: return ("series", "ряд по месяцам")
        case .nothing: return ("nothing", "пустое значение")
        }
    }
}

extension Period {
    /// `per month` / `в месяц`, inside a type name or a message.
    public var perText: Message {
        switch self {
        case .week: return Message(TypeText.perWeek)
        case .month: return Message(TypeText.perMonth)
        case .quarter: return Message(TypeText.perQuarter)
        case .year: return Message(TypeText.perYear)
        }
    }
}

extension Dim {
    /// The unit's name in the interface language (`description` stays the
    /// English name for code that needs it: exports, `type(x)`).
    public var text: Message { name(genitive: false) }

    /// The name after «распределение» (genitive in Russian).
    var genitiveText: Message { name(genitive: true) }

    private func name(genitive g: Bool) -> Message {
        let code = currency?.code ?? "?"
        guard let per else {
            switch kind {
            case .number: return Message(g ? TypeText.numberOf : TypeText.number)
            case .percent: return Message(g ? TypeText.percentOf : TypeText.percent)
            case .money: return Message(g ? TypeText.moneyOf : TypeText.money, code)
            case .duration: return Message(g ? TypeText.durationOf : TypeText.duration)
            }
        }
        switch kind {
        case .number: return Message(g ? TypeText.countRateOf : TypeText.countRate, per.perText)
        case .percent: return Message(g ? TypeText.percentRateOf : TypeText.percentRate, per.perText)
        case .money: return Message(g ? TypeText.moneyRateOf : TypeText.moneyRate, code, per.perText)
        case .duration: return Message(g ? TypeText.durationRateOf : TypeText.durationRate, per.perText)
        }
    }
}

extension Value {
    /// What a user calls this kind of value, in the interface language
    /// (`typeName` is the English name `type(x)` returns).
    public var typeText: Message {
        switch self {
        case .num(_, let d): return d.text
        case .bool: return Message(TypeText.bool)
        case .str: return Message(TypeText.string)
        case .list: return Message(TypeText.list)
        case .record: return Message(TypeText.record)
        case .range: return Message(TypeText.range)
        case .function, .builtin: return Message(TypeText.function)
        case .dist(let d): return Message(TypeText.distribution, d.dim.genitiveText)
        case .series: return Message(TypeText.series)
        // A declaration's kind is a keyword: the same in every language.
        case .object(let o): return .verbatim(o.kind.rawValue)
        case .nothing: return Message(TypeText.nothing)
        case .box(let b): return b.value.typeText
        }
    }
}
