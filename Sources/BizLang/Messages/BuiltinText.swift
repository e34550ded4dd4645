/// Errors of the builtin functions (Builtins/): what an argument must be.
/// Function and parameter names are code and stay as they are.
public enum BuiltinText: String, CaseIterable, MessageKind {
    case lenNeeds = "builtin.len-needs"
    case rangeStepZero = "builtin.range-step-zero"
    case rangeTooMany = "builtin.range-too-many"
    case filterReturns = "builtin.filter-returns"
    case sortKinds = "builtin.sort-kinds"
    case sortMix = "builtin.sort-mix"
    case keysNeeds = "builtin.keys-needs"
    case needsPlainNumber = "builtin.needs-plain-number"
    case notFinite = "builtin.not-finite"
    case needsNumber = "builtin.needs-number"
    case needsAValue = "builtin.needs-a-value"
    case worksOnQuantities = "builtin.works-on-quantities"
    case cannotMix = "builtin.cannot-mix"
    case prefixed = "builtin.prefixed"
    case digitsRange = "builtin.round-digits"
    case modByZero = "builtin.mod-by-zero"
    case clampNeeds = "builtin.clamp-needs"
    case needsCompanyOrRun = "builtin.needs-company-or-run"
    case wholeMonths = "builtin.whole-months"
    case simulateNeeds = "builtin.simulate-needs"
    case onlyBinEngine = "builtin.only-bin-engine"
    case engineHint = "builtin.only-bin-engine.hint"
    case explainNeedsRun = "builtin.explain-needs-run"
    case explainNeedsMonth = "builtin.explain-needs-month"
    case explainMonthRange = "builtin.explain-month-range"
    case compareNeedsRuns = "builtin.compare-needs-runs"
    case compareTwo = "builtin.compare-two"
    case stressSignedPrice = "builtin.stress.signed-price"
    case stressNoSign = "builtin.stress.no-sign"
    case stressNoSignHint = "builtin.stress.no-sign.hint"
    case stressPriceKind = "builtin.stress.price-kind"
    case stressPriceAboveZero = "builtin.stress.price-above-zero"
    case stressToPrice = "builtin.stress.to-price"
    case stressAtPast = "builtin.stress.at-past"
    case upperNeeds = "builtin.upper-needs"
    case lowerNeeds = "builtin.lower-needs"
    case sdPositive = "builtin.sd-positive"
    case loBelowHi = "builtin.lo-below-hi"
    case modeBetween = "builtin.mode-between"
    case betaPositive = "builtin.beta-positive"
    case choiceNonEmpty = "builtin.choice-non-empty"
    case choiceOneUnit = "builtin.choice-one-unit"
    case needsDistribution = "builtin.needs-distribution"
    case percentile = "builtin.percentile"
    case probNeeds = "builtin.prob-needs"
    case lognormalPositive = "builtin.to-lognormal-positive"
    case lognormalHint = "builtin.to-lognormal-positive.hint"
    case toOrder = "builtin.to-order"

    public var texts: (en: String, ru: String) {
        switch self {
        case .lenNeeds: return ("len needs a list, string, record or series, not {1}", "len требует список, строку, запись или ряд, а здесь {1}")
        case .rangeStepZero: return ("range needs a step that is not 0", "range требует шаг, не равный 0")
        case .rangeTooMany: return ("range would have too many items; the limit is {1}", "в range было бы слишком много элементов; предел — {1}")
        case .filterReturns: return ("filter's function must return true or false, not {1}", "функция для filter должна возвращать true или false, а здесь {1}")
        case .sortKinds: return ("sort works on lists of numbers or strings", "sort сортирует списки чисел или строк")
        case .sortMix: return ("sort cannot mix numbers and strings", "sort не может сортировать вместе числа и строки")
        case .keysNeeds: return ("keys needs a record, not {1}", "keys требует запись, а здесь {1}")
        case .needsPlainNumber: return ("{1} needs a plain number, not {2}", "{1} требует простое число, а здесь {2}")
        case .notFinite: return ("{1} is not a finite number", "{1} — не конечное число")
        case .needsNumber: return ("{1} needs a number, not {2}", "{1} требует число, а здесь {2}")
        case .needsAValue: return ("{1} needs at least one value", "{1} требует хотя бы одно значение")
        case .worksOnQuantities: return ("{1} works on numbers and quantities, not {2}", "{1} работает с числами и величинами, а здесь {2}")
        case .cannotMix: return ("{1}: cannot mix {2} and {3}", "{1}: нельзя смешивать {2} и {3}")
        case .prefixed: return ("{1}: {2}", "{1} — {2}")
        case .digitsRange: return ("digits must be a whole number from -15 to 15", "digits должно быть целым числом от -15 до 15")
        case .modByZero: return ("mod by zero", "mod на ноль")
        case .clampNeeds: return ("clamp needs numbers", "clamp требует числа")
        case .needsCompanyOrRun: return ("{1} needs a company or a run, not {2}", "{1} требует company или run, а здесь {2}")
        case .wholeMonths: return ("{1}: '{2}' must be a whole number of months from 0 to 1200",
                                   "{1}: '{2}' должно быть целым числом месяцев от 0 до 1200")
        case .simulateNeeds: return ("simulate needs a company, not {1}", "simulate требует company, а здесь {1}")
        case .onlyBinEngine: return ("only the bin engine exists so far", "пока есть только движок bins")
        case .engineHint: return ("leave out engine:, or write engine: \"bins\"", "уберите engine: или напишите engine: \"bins\"")
        case .explainNeedsRun: return ("explain needs a run, not {1}", "explain требует run, а здесь {1}")
        case .explainNeedsMonth: return ("explain needs month: m", "explain требует month: m")
        case .explainMonthRange: return ("explain: month must be from 1 to {1}", "explain: month должен быть от 1 до {1}")
        case .compareNeedsRuns: return ("compare needs runs, not {1}", "compare требует run, а здесь {1}")
        case .compareTwo: return ("compare needs at least two runs", "compare требует хотя бы два run")
        case .stressSignedPrice: return ("stress: a signed price: is a change like +20% or +10 RUB, not {1}",
                                         "stress: price: со знаком — это изменение, например +20% или +10 RUB, а здесь {1}")
        case .stressNoSign: return ("stress: price: {1} has no sign; a change in price is written with one",
                                    "stress: у price: {1} нет знака; изменение цены пишется со знаком")
        case .stressNoSignHint: return ("write price: +{1} (or -{1}), or a new price like 130 RUB",
                                        "пишите price: +{1} (или -{1}) либо новую цену, например 130 RUB")
        case .stressPriceKind: return ("stress: price: is a change like +20% or a new price like 130 RUB, not {1}",
                                       "stress: price: — это изменение, например +20%, или новая цена, например 130 RUB, а здесь {1}")
        case .stressPriceAboveZero: return ("stress: a change of the price needs a price above 0", "stress: для изменения цены нужна цена больше 0")
        case .stressToPrice: return ("stress: to: is a price, like 130 RUB", "stress: to: — это цена, например 130 RUB")
        case .stressAtPast: return ("stress: at: {1} is past the run's last month ({2})", "stress: at: {1} позже последнего месяца прогона ({2})")
        case .upperNeeds: return ("upper needs a string", "upper требует строку")
        case .lowerNeeds: return ("lower needs a string", "lower требует строку")
        case .sdPositive: return ("sd must be > 0", "sd должно быть > 0")
        case .loBelowHi: return ("lo must be below hi", "lo должно быть меньше hi")
        case .modeBetween: return ("needs lo ≤ mode ≤ hi and lo < hi", "нужно lo ≤ mode ≤ hi и lo < hi")
        case .betaPositive: return ("a and b must be > 0", "a и b должны быть > 0")
        case .choiceNonEmpty: return ("choice needs a non-empty list", "choice требует непустой список")
        case .choiceOneUnit: return ("choice needs numbers or quantities of one unit", "choice требует числа или величины в одной единице")
        case .needsDistribution: return ("{1} needs a distribution", "{1} требует распределение")
        case .percentile: return ("p needs a percentile from 0% to 100%", "p требует процентиль от 0% до 100%")
        case .probNeeds: return ("prob needs a condition on a distribution, like prob(x > 0), not {1}",
                                 "prob требует условие на распределение, например prob(x > 0), а здесь {1}")
        case .lognormalPositive: return ("'a to b' is a lognormal and needs both ends above 0",
                                         "'a to b' — логнормальное распределение, и оба конца должны быть больше 0")
        case .lognormalHint: return ("for values that can be 0 or negative use normal(mean, sd) or uniform(lo, hi)",
                                     "для значений, которые могут быть нулём или отрицательными, используйте normal(mean, sd) или uniform(lo, hi)")
        case .toOrder: return ("'a to b' needs a below b", "в 'a to b' нужно, чтобы a было меньше b")
        }
    }
}
