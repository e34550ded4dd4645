/// Messages of the finance library and of the stdlib's argument checks
/// (issue 9): every mistake names the function, the argument and what it
/// expected. `{1}` is usually the function, `{2}` the argument.
public enum FinanceText: String, CaseIterable, MessageKind {
    case rateKind = "finance.rate-kind"
    case rateAboveMinus100 = "finance.rate-above-minus-100"
    case periodsKind = "finance.periods-kind"
    case plainRateWithDuration = "finance.plain-rate-with-duration"
    case plainRateWithDurationHint = "finance.plain-rate-with-duration-hint"
    case amountKind = "finance.amount-kind"
    case amountRateWithoutPeriod = "finance.amount-rate-without-period"
    case amountRateWithoutPeriodHint = "finance.amount-rate-without-period-hint"
    case currencyMismatch = "finance.currency-mismatch"
    case inFunction = "finance.in-function"
    case missingArgument = "finance.missing-argument"
    case paymentTiming = "finance.payment-timing"
    case noPaymentFits = "finance.no-payment-fits"
    case valueTooLarge = "finance.value-too-large"
    case mustNotBeZero = "finance.must-not-be-zero"
    case mustBeAboveZero = "finance.must-be-above-zero"
    case nperZeroPayment = "finance.nper-zero-payment"
    case nperNeverReaches = "finance.nper-never-reaches"
    case nperNeverReachesHint = "finance.nper-never-reaches-hint"
    case rateSameSign = "finance.rate-same-sign"
    case rateSameSignHint = "finance.rate-same-sign-hint"
    case rateNoRoot = "finance.rate-no-root"
    case perDuration = "finance.per-duration"
    case perDurationHint = "finance.per-duration-hint"
    case perRange = "finance.per-range"
    case tooManyFlows = "finance.too-many-flows"
    case flowKind = "finance.flow-kind"
    case flowsMix = "finance.flows-mix"
    case flowsKind = "finance.flows-kind"
    case tooFewFlows = "finance.too-few-flows"
    case flowNotFinite = "finance.flow-not-finite"
    case irrNoSignChange = "finance.irr-no-sign-change"
    case irrNoSignChangeHint = "finance.irr-no-sign-change-hint"
    case irrNoRoot = "finance.irr-no-root"
    case mirrNeedsBothSigns = "finance.mirr-needs-both-signs"
    case fractionalKind = "finance.fractional-kind"
    case paybackNever = "finance.payback-never"
    case marginKind = "finance.margin-kind"
    case shareRange = "finance.share-range"
    case clvNoEnd = "finance.clv-no-end"
    case ltvNoChurn = "finance.ltv-no-churn"
    case ltvNoChurnHint = "finance.ltv-no-churn-hint"
    case annualRate = "finance.annual-rate"
    case nperyKind = "finance.npery-kind"
    case burnZero = "finance.burn-zero"
    case cashNegative = "finance.cash-negative"
    case cagrSigns = "finance.cagr-signs"
    case breakevenPrice = "finance.breakeven-price"
    case unknownName = "finance.unknown-name"
    case useLibrary = "finance.use-library"
    case argumentIs = "finance.argument-is"
    case signatureHelp = "finance.signature-help"

    public var texts: (en: String, ru: String) {
        switch self {
        case .rateKind:
            return ("{1}: '{2}' must be a percent per period (0.5%) or a rate (6%/year), not {3}",
                    "{1}: '{2}' — это процент за период (0.5%) или ставка (6%/year), а не {3}")
        case .rateAboveMinus100: return ("{1}: '{2}' must be above -100%", "{1}: '{2}' должна быть больше -100%")
        case .periodsKind:
            return ("{1}: '{2}' must be a number of periods (360) or a duration (30 years), not {3}",
                    "{1}: '{2}' — это число периодов (360) или срок (30 years), а не {3}")
        case .plainRateWithDuration:
            return ("{1}: '{2}' is a plain percent per period, but '{3}' is a duration",
                    "{1}: '{2}' — процент за период без периода, а '{3}' — срок")
        case .plainRateWithDurationHint:
            return ("give the rate per month (0.5%/month) or per year (6%/year), or the periods as a number (360)",
                    "укажите ставку в месяц (0.5%/month) или в год (6%/year), либо число периодов (360)")
        case .amountKind:
            return ("{1}: '{2}' must be an amount of money (200k RUB) or a number, not {3}",
                    "{1}: '{2}' — это сумма денег (200k RUB) или число, а не {3}")
        case .amountRateWithoutPeriod:
            return ("{1}: '{2}' is {3}, but the rate has no period", "{1}: '{2}' — {3}, а у ставки нет периода")
        case .amountRateWithoutPeriodHint:
            return ("give the amount per period (100 RUB), or the rate per period (0.5%/month)",
                    "укажите сумму за период (100 RUB) или ставку за период (0.5%/month)")
        case .currencyMismatch: return ("{1}: '{2}' is in {3}, the others in {4}", "{1}: '{2}' в {3}, а остальные суммы в {4}")
        case .inFunction: return ("{1}: {2}", "в {1}: {2}")
        case .missingArgument: return ("{1} needs the argument '{2}'", "{1}: нужен аргумент '{2}'")
        case .paymentTiming:
            return ("{1}: 'type' must be 0 (payments at the end of each period) or 1 (at the start), not {2}",
                    "{1}: 'type' — 0 (платежи в конце периода) или 1 (в начале), а не {2}")
        case .noPaymentFits: return ("{1}: no payment fits these inputs", "{1}: ни один платёж не подходит к этим данным")
        case .valueTooLarge: return ("{1}: the value is too large", "{1}: значение слишком велико")
        case .mustNotBeZero: return ("{1}: '{2}' must not be 0", "{1}: '{2}' не может быть 0")
        case .mustBeAboveZero: return ("{1}: '{2}' must be above 0", "{1}: '{2}' должно быть больше 0")
        case .nperZeroPayment:
            return ("nper: with no interest the payment 'pmt' must not be 0", "nper: без процентов платёж 'pmt' не может быть 0")
        case .nperNeverReaches: return ("nper: the payments never reach the target", "nper: платежи никогда не достигнут цели")
        case .nperNeverReachesHint:
            return ("a loan needs payments of the other sign than pv (pv 200k RUB, pmt -1,200 RUB), larger than the interest",
                    "у кредита платежи другого знака, чем pv (pv 200k RUB, pmt -1,200 RUB), и больше процентов")
        case .rateSameSign:
            return ("rate: no rate exists: pmt, pv and fv all have the same sign",
                    "rate: ставки нет: у pmt, pv и fv один знак")
        case .rateSameSignHint:
            return ("money paid out is negative: rate(360, -1,199.10 RUB, 200k RUB)",
                    "выплаченные деньги отрицательны: rate(360, -1,199.10 RUB, 200k RUB)")
        case .rateNoRoot:
            return ("rate: no rate between -99.99% and 1,000,000% per period gives these payments",
                    "rate: ни одна ставка от -99.99% до 1,000,000% за период не даёт таких платежей")
        case .perDuration:
            return ("{1}: 'per' is a duration but the periods are not months", "{1}: 'per' — срок, но периоды не месяцы")
        case .perDurationHint: return ("give the payment's number: 1 is the first", "укажите номер платежа: 1 — первый")
        case .perRange: return ("{1}: 'per' must be from 1 to nper ({2}), not {3}", "{1}: 'per' — от 1 до nper ({2}), а не {3}")
        case .tooManyFlows:
            return ("{1}: '{2}' has {3} flows; the limit is {4}", "{1}: в '{2}' {3} потоков; предел — {4}")
        case .flowKind:
            return ("{1}: '{2}' must be a list of amounts or numbers; it holds {3}",
                    "{1}: '{2}' — это список сумм или чисел; в нём {3}")
        case .flowsMix: return ("{1}: '{2}' mixes {3} and {4}", "{1}: в '{2}' смешаны {3} и {4}")
        case .flowsKind:
            return ("{1}: '{2}' must be a list of cash flows or a run's series, not {3}",
                    "{1}: '{2}' — это список денежных потоков или ряд прогона, а не {3}")
        case .tooFewFlows:
            return ("{1}: '{2}' needs at least {3} cash {3|flow|flows}, not {4}",
                    "{1}: в '{2}' нужно не меньше {3} {3|денежного потока|денежных потоков|денежных потоков}, а не {4}")
        case .flowNotFinite:
            return ("{1}: '{2}' holds a value that is not a finite number", "{1}: в '{2}' есть значение, которое не является конечным числом")
        case .irrNoSignChange:
            return ("irr: the cash flows never change sign, so no rate makes their NPV 0",
                    "irr: денежные потоки не меняют знак, поэтому ни одна ставка не обнуляет их NPV")
        case .irrNoSignChangeHint:
            return ("an investment starts with money paid out (negative) and then earns (positive): irr([-1000, 300, 400, 500])",
                    "вложение начинается с выплаты (минус), потом приносит доход (плюс): irr([-1000, 300, 400, 500])")
        case .irrNoRoot:
            return ("irr: no rate between -99.99% and 1,000,000% per period makes the NPV 0",
                    "irr: ни одна ставка от -99.99% до 1,000,000% за период не обнуляет NPV")
        case .mirrNeedsBothSigns:
            return ("mirr: the cash flows need both a negative and a positive value",
                    "mirr: среди денежных потоков нужны и отрицательные, и положительные")
        case .fractionalKind:
            return ("payback: 'fractional' must be true or false, not {1}", "payback: 'fractional' — true или false, а не {1}")
        case .paybackNever:
            return ("payback: the running total never reaches 0 (it ends at {1})",
                    "payback: накопленная сумма так и не доходит до 0 (в конце {1})")
        case .marginKind:
            return ("{1}: 'margin' must be money per customer (100 RUB or 100 RUB/month), not {2}",
                    "{1}: 'margin' — деньги на клиента (100 RUB или 100 RUB/month), а не {2}")
        case .shareRange: return ("{1}: '{2}' must be from 0% to 100%", "{1}: '{2}' — от 0% до 100%")
        case .clvNoEnd:
            return ("clv: retention must be below 100% + discount, or the value has no end",
                    "clv: удержание должно быть меньше 100% + ставка дисконта, иначе ценность бесконечна")
        case .ltvNoChurn:
            return ("ltv: churn is 0, so a customer never leaves and the value has no end",
                    "ltv: отток 0, клиент никогда не уходит, и ценность бесконечна")
        case .ltvNoChurnHint:
            return ("give a churn above 0 (2%/month) or a discount rate", "укажите отток больше 0 (2%/month) или ставку дисконта")
        case .annualRate:
            return ("{1}: '{2}' is an annual rate; give 6% or 6%/year, not per {3}",
                    "{1}: '{2}' — годовая ставка; укажите 6% или 6%/year, а не за {3}")
        case .nperyKind:
            return ("{1}: 'npery' must be a whole number of periods a year, at least 1",
                    "{1}: 'npery' — целое число периодов в году, не меньше 1")
        case .burnZero: return ("runway: 'burn' is 0, so the cash never runs out", "runway: 'burn' равен 0, деньги не кончатся никогда")
        case .cashNegative: return ("runway: 'cash' is negative: there is no runway", "runway: 'cash' отрицателен: запаса нет")
        case .cagrSigns:
            return ("cagr: 'start' and 'finish' must be nonzero and of one sign",
                    "cagr: 'start' и 'finish' должны быть ненулевыми и одного знака")
        case .breakevenPrice:
            return ("breakeven_units: 'price' must be above 'unit_cost', or every unit loses money",
                    "breakeven_units: 'price' должна быть выше 'unit_cost', иначе каждая единица убыточна")
        case .unknownName: return ("unknown name '{1}'", "неизвестное имя '{1}'")
        case .useLibrary: return ("{1} is in the {2} library: write 'use {2}' first", "{1} — из библиотеки {2}: сначала напишите 'use {2}'")
        case .argumentIs: return ("'{1}' is {2}", "'{1}' — {2}")
        case .signatureHelp: return ("{1} — :help {2}", "{1} — справка: :help {2}")
        }
    }
}
