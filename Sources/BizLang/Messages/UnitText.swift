/// Unit mistakes (LANGUAGE.md §4): which units do not go together, with
/// notes naming each side and hints that write the fix as Biz source.
/// Arguments are type names (Dim.text, Value.typeText); Russian «вычесть»
/// takes the left side in the genitive (Dim.genitiveText).
public enum UnitText: String, CaseIterable, MessageKind {
    case cannotAdd = "unit.cannot-add"
    case cannotSubtract = "unit.cannot-subtract"
    case cannotMultiply = "unit.cannot-multiply"
    case cannotDivide = "unit.cannot-divide"
    case cannotCompare = "unit.cannot-compare"
    case powNeedsNumbers = "unit.pow-needs-numbers"
    case ofNeedsPercent = "unit.of-needs-percent"
    case ofExample = "unit.of-needs-percent.example"
    case notArithmetic = "unit.not-arithmetic"
    case left = "unit.note.left"
    case right = "unit.note.right"
    case didYouMean = "unit.did-you-mean"
    case leftIsRate = "unit.left-is-rate"
    case rightIsRate = "unit.right-is-rate"
    case noExchangeRate = "unit.no-exchange-rate"
    case declareRate = "unit.no-exchange-rate.declare"
    case percentChangesAmount = "unit.percent-changes-amount"
    case addPoints = "unit.points.add"
    case subtractPoints = "unit.points.subtract"
    case changeRateBy = "unit.points.change-rate"
    case rangeEndsSameUnit = "unit.range-ends-same-unit"
    case toEndsSameUnit = "unit.to-ends-same-unit"
    case rangeNeedsQuantities = "unit.range-needs-quantities"
    case toNeedsQuantities = "unit.to-needs-quantities"
    case cannotMakeRate = "unit.cannot-make-rate"
    case rateExample = "unit.cannot-make-rate.example"
    case onlyMoneyToCurrency = "unit.only-money-to-currency"
    case onlyRatesToPeriod = "unit.only-rates-to-period"
    case rateIsWritten = "unit.only-rates-to-period.example"
    case onlyNumberToPercent = "unit.only-number-to-percent"
    case cannotConvert = "unit.cannot-convert"
    case inConverts = "unit.cannot-convert.what-in-does"
    case withHint = "unit.with-hint"
    case toleranceUnit = "unit.tolerance-unit"
    case toleranceKind = "unit.tolerance-kind"
    case approxNeedsQuantities = "unit.approx-needs-quantities"
    case thisIs = "unit.note.this-is"

    public var texts: (en: String, ru: String) {
        switch self {
        case .cannotAdd: return ("cannot add {1} and {2}", "нельзя сложить {1} и {2}")
        case .cannotSubtract: return ("cannot subtract {1} and {2}", "нельзя вычесть {2} из {1}")
        case .cannotMultiply: return ("cannot multiply {1} and {2}", "нельзя умножить {1} на {2}")
        case .cannotDivide: return ("cannot divide {1} and {2}", "нельзя разделить {1} на {2}")
        case .cannotCompare: return ("cannot compare {1} with {2}", "нельзя сравнивать {1} и {2}")
        case .powNeedsNumbers: return ("'^' needs plain numbers, not {1} ^ {2}", "для '^' нужны простые числа, а здесь {1} ^ {2}")
        case .ofNeedsPercent: return ("'of' takes a percent on the left, not {1}", "слева от 'of' должен быть процент, а здесь {1}")
        case .ofExample: return ("write 20% of x", "пишите 20% of x")
        case .notArithmetic: return ("'{1}' is not arithmetic", "'{1}' — не арифметическая операция")
        case .left: return ("left: {1}", "слева: {1}")
        case .right: return ("right: {1}", "справа: {1}")
        case .didYouMean: return ("did you mean {1}?", "возможно, {1}?")
        case .leftIsRate: return ("the left side is a rate; multiply it by a duration first, e.g. x * 3 months",
                                  "слева величина за период; сначала умножьте её на длительность, например x * 3 months")
        case .rightIsRate: return ("the right side is a rate; multiply it by a duration first, e.g. x * 3 months",
                                   "справа величина за период; сначала умножьте её на длительность, например x * 3 months")
        case .noExchangeRate: return ("no exchange rate between {1} and {2}", "не задан курс между {1} и {2}")
        case .declareRate: return ("declare one, e.g. rate {1} = 1.5 {2}", "задайте его, например: rate {1} = 1.5 {2}")
        case .percentChangesAmount: return ("a percent changes the amount before it: did you mean {1}?",
                                            "процент меняет сумму, стоящую перед ним: возможно, {1}?")
        case .addPoints: return ("to add percentage points, write {1}", "чтобы прибавить процентные пункты, пишите {1}")
        case .subtractPoints: return ("to subtract percentage points, write {1}", "чтобы вычесть процентные пункты, пишите {1}")
        case .changeRateBy: return ("to change the rate by {1}, write {2}", "чтобы изменить ставку на {1}, пишите {2}")
        case .rangeEndsSameUnit: return ("the ends of a range must have the same unit", "у концов диапазона должна быть одна единица измерения")
        case .toEndsSameUnit: return ("the ends of 'to' must have the same unit", "у концов 'to' должна быть одна единица измерения")
        case .rangeNeedsQuantities: return ("a range needs numbers or quantities at both ends, not {1} and {2}",
                                            "на концах диапазона нужны числа или величины, а здесь {1} и {2}")
        case .toNeedsQuantities: return ("'to' needs numbers or quantities at both ends, not {1} and {2}",
                                         "на концах 'to' нужны числа или величины, а здесь {1} и {2}")
        case .cannotMakeRate: return ("cannot make a rate {1} from {2}", "нельзя получить величину {1} из значения «{2}»")
        case .rateExample: return ("write 500/month, 4%/month or 200k RUB/month", "пишите 500/month, 4%/month или 200k RUB/month")
        case .onlyMoneyToCurrency: return ("only money converts to a currency; this is {1}", "в валюту переводятся только деньги, а здесь {1}")
        case .onlyRatesToPeriod: return ("only rates and durations convert to a period; this is {1}",
                                         "к другому периоду приводятся только величины за период и длительности, а здесь {1}")
        case .rateIsWritten: return ("a rate is written like 500/month or 12%/year", "величина за период пишется так: 500/month или 12%/year")
        case .onlyNumberToPercent: return ("only a plain number converts to %; this is {1}", "в % переводится только простое число, а здесь {1}")
        case .cannotConvert: return ("cannot convert {1} with 'in'", "'in' не переводит значение «{1}»")
        case .inConverts: return ("'in' converts money to a currency, rates or durations to a period, and numbers to %",
                                  "'in' переводит деньги в другую валюту, величины за период и длительности — в другой период, числа — в %")
        case .withHint: return ("{1} ({2})", "{1}: {2}")
        case .toleranceUnit: return ("the tolerance is {1}; it must be a percent or in the unit of the values ({2})",
                                     "допуск — {1}; он должен быть процентом или в единицах сравниваемых значений ({2})")
        case .toleranceKind: return ("the tolerance must be a number, a percent or a quantity, not {1}",
                                     "допуск должен быть числом, процентом или величиной, а здесь {1}")
        case .thisIs: return ("this is {1}", "здесь {1}")
        case .approxNeedsQuantities: return ("'≈' compares numbers or quantities, not {1} and {2}",
                                             "'≈' сравнивает числа или величины, а здесь {1} и {2}")
        }
    }
}
