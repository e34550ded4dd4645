import BizCore

/// Declarations (`segment smb { … }` …), their fields, rates and the
/// engine's inputs (MODEL.md): errors and hints. `{1}` is usually the
/// declaration as code (`segment smb`, `market`); field names, keywords
/// and suggested code stay as they are in every language.
public enum ModelText: String, CaseIterable, MessageKind {
    case unknownDeclaration = "model.unknown-declaration"
    case needsField = "model.needs-field"
    case overfull = "model.overfull"
    case noField = "model.no-field"
    case didYouMean = "model.did-you-mean"
    case didYouMeanCode = "model.did-you-mean-code"
    case theFieldsAre = "model.the-fields-are"
    case wrongUnit = "model.wrong-unit"
    case cannotBeNegative = "model.cannot-be-negative"
    case sizeNotZero = "model.size-not-zero"
    case leadsPerPeriod = "model.leads-per-period"
    case percentRange = "model.percent-range"
    case percentRateRange = "model.percent-rate-range"
    case aboveMinusHundred = "model.above-minus-100"
    case wholeMonths = "model.whole-months"
    case longerThanZero = "model.longer-than-zero"
    case bandOrder = "model.band-order"
    case wtpOrder = "model.wtp-order"
    case needsSegment = "model.needs-segment"
    case listSegments = "model.list-segments"
    case scheduleMonths = "model.schedule-months"
    case strategyStep = "model.strategy-step"
    case relativeStep = "model.relative-step"
    case stepWithoutSign = "model.step-without-sign"
    case writeSignedStep = "model.write-signed-step"
    case priceStepMoney = "model.price-step-money"
    case strategyScheduleStart = "model.strategy-schedule-start"
    case priceScheduleStart = "model.price-schedule-start"
    case strategyScheduleFirst = "model.strategy-schedule-first"
    case doesNotSet = "model.does-not-set"
    case defaultBand = "model.default.band"
    case defaultCurrency = "model.default.currency"
    case defaultStrategy = "model.default.strategy"
    case defaultCompetitor = "model.default.competitor"
    case noDefault = "model.default.none"
    case notACurrency = "model.rate.not-a-currency"
    case sameCurrency = "model.rate.same-currency"
    case rateSamplesNotPositive = "model.rate.samples-not-positive"
    case monteCarloOf = "model.monte-carlo-of"
    case monteCarloFewerSamples = "model.monte-carlo-fewer-samples"
    case rateStaysAbove = "model.rate.stays-above"
    case rateIsMoney = "model.rate.is-money"
    case writeRate = "model.rate.write"
    case rateNotPositive = "model.rate.not-positive"
    case leadsUnknownSegment = "model.leads-unknown-segment"
    case theSegmentsAre = "model.the-segments-are"
    // SpecBuilder: the engine's inputs
    case inputNotNumber = "model.input.not-number"
    case inputNotMoney = "model.input.not-money"
    case noRate = "model.input.no-rate"
    case declareRate = "model.input.declare-rate"
    case inputNotMoneyRate = "model.input.not-money-rate"
    case inputNotPercentRate = "model.input.not-percent-rate"
    case resolutionWhole = "model.input.resolution-whole"
    case companyNeedsSegments = "model.input.company-needs-segments"
    case inputRequired = "model.input.required"
    case priceBelowZero = "model.input.price-below-zero"
    case strategyMustBe = "model.input.strategy-must-be"
    case needsWTP = "model.input.needs-wtp"
    // Expected units (FieldType.expected)
    case expectCount = "model.expect.count"
    case expectCountRate = "model.expect.count-rate"
    case expectProbability = "model.expect.probability"
    case expectPercentRate = "model.expect.percent-rate"
    case expectMoney = "model.expect.money"
    case expectMoneyRate = "model.expect.money-rate"
    case expectInvest = "model.expect.invest"
    case expectNumber = "model.expect.number"
    case expectCoefficient = "model.expect.coefficient"
    case expectMonths = "model.expect.months"
    case expectDuration = "model.expect.duration"
    case expectCurrency = "model.expect.currency"
    case expectBand = "model.expect.band"
    case expectWTP = "model.expect.wtp"
    case expectTaste = "model.expect.taste"
    case expectSegments = "model.expect.segments"
    case expectStrategy = "model.expect.strategy"
    case expectCompetitor = "model.expect.competitor"
    case expectPrice = "model.expect.price"
    case expectRange = "model.expect.range"

    public var texts: (en: String, ru: String) {
        switch self {
        case .unknownDeclaration: return ("unknown declaration '{1}'", "неизвестное объявление '{1}'")
        case .needsField: return ("{1} needs the field '{2}' ({3})", "в {1} нужно поле '{2}' ({3})")
        case .overfull:
            return ("{1}: customers + competitors ({2}) exceed size ({3})",
                    "{1}: customers + competitors ({2}) больше, чем size ({3})")
        case .noField: return ("{1} has no field '{2}'", "у {1} нет поля '{2}'")
        case .didYouMean: return ("did you mean '{1}'?", "возможно, '{1}'?")
        case .didYouMeanCode: return ("did you mean {1}?", "возможно, {1}?")
        case .theFieldsAre: return ("the fields of {1} are: {2}", "поля {1}: {2}")
        case .wrongUnit: return ("{1}: '{2}' must be {3}, not {4}", "{1}: '{2}' — это {3}, а не {4}")
        case .cannotBeNegative: return ("{1}: '{2}' cannot be negative", "{1}: '{2}' не может быть отрицательным")
        case .sizeNotZero: return ("{1}: 'size' must be more than 0", "{1}: 'size' должен быть больше 0")
        case .leadsPerPeriod:
            return ("{1}: leads for {2} must be a count per period (e.g. 2k/month)",
                    "{1}: leads для {2} — это количество за период (например, 2k/month)")
        case .percentRange: return ("{1}: '{2}' must be from 0% to 100%", "{1}: '{2}' должно быть от 0% до 100%")
        case .percentRateRange:
            return ("{1}: '{2}' must be from 0% to 100% per period", "{1}: '{2}' должно быть от 0% до 100% за период")
        case .aboveMinusHundred: return ("{1}: '{2}' must be above -100%", "{1}: '{2}' должно быть больше -100%")
        case .wholeMonths:
            return ("{1}: 'months' must be a whole number from 0 to 1200", "{1}: 'months' — целое число от 0 до 1200")
        case .longerThanZero: return ("{1}: '{2}' must be longer than 0", "{1}: '{2}' должно быть длиннее 0")
        case .bandOrder:
            return ("{1}: the range must run from a low price to a higher one", "{1}: диапазон должен идти от меньшей цены к большей")
        case .wtpOrder:
            return ("{1}: 'wtp' range must run from a low amount to a higher one", "{1}: диапазон 'wtp' должен идти от меньшей суммы к большей")
        case .needsSegment: return ("{1}: 'segments' needs at least one segment", "{1}: в 'segments' нужен хотя бы один сегмент")
        case .listSegments: return ("{1}: 'segments' must list segments, found {2}", "{1}: в 'segments' должны быть сегменты, а найдено: {2}")
        case .scheduleMonths:
            return ("{1}: schedule months must increase (month {2} after month {3})",
                    "{1}: месяцы расписания должны возрастать (месяц {2} после месяца {3})")
        case .strategyStep:
            return ("{1}: every step of a strategy schedule must be a strategy, found {2}",
                    "{1}: каждый шаг расписания стратегий должен быть стратегией, а найдено: {2}")
        case .relativeStep:
            return ("{1}: a relative price step is a percent (+10%) or money (-5 RUB)",
                    "{1}: относительный шаг цены — это процент (+10%) или деньги (-5 RUB)")
        case .stepWithoutSign:
            return ("{1}: the price step {2} has no sign; a change is written with one",
                    "{1}: у шага цены {2} нет знака, а изменение пишется со знаком")
        case .writeSignedStep:
            return ("write then +{1} (or then -{1}), or a new price like then 130 RUB",
                    "напишите then +{1} (или then -{1}) либо новую цену, например then 130 RUB")
        case .priceStepMoney: return ("{1}: a price step must be money, found {2}", "{1}: шаг цены должен быть деньгами, а найдено: {2}")
        case .strategyScheduleStart:
            return ("{1}: a strategy schedule starts with a strategy, found {2}",
                    "{1}: расписание стратегий начинается со стратегии, а найдено: {2}")
        case .strategyScheduleFirst:
            return ("a strategy schedule starts with a strategy", "расписание стратегий начинается со стратегии")
        case .priceScheduleStart:
            return ("{1}: a price schedule starts with money, found {2}", "{1}: расписание цен начинается с денег, а найдено: {2}")
        case .doesNotSet: return ("{1} does not set '{2}'; {3}", "в {1} не задано '{2}'; {3}")
        case .defaultBand:
            return ("by default it is P .. P + 20% from the company's starting price",
                    "по умолчанию это P .. P + 20% от начальной цены компании")
        case .defaultCurrency:
            return ("by default it is the currency of the company's price", "по умолчанию это валюта цены компании")
        case .defaultStrategy:
            return ("by default there is none (no sales, no reach)", "по умолчанию её нет (ни продаж, ни охвата)")
        case .defaultCompetitor: return ("by default there is none", "по умолчанию его нет")
        case .noDefault: return ("it has no default", "значения по умолчанию нет")
        case .notACurrency: return ("'{1}' is not a currency code", "'{1}' — не код валюты")
        case .sameCurrency:
            return ("a rate converts between two different currencies", "курс переводит одну валюту в другую, они должны различаться")
        case .monteCarloOf:
            return ("a Monte Carlo of {1} samples over {2} months", "Монте-Карло из {1} выборок за {2} мес.")
        case .monteCarloFewerSamples:
            return ("{1} samples fit: use --samples {1} (in the REPL, :samples {1}), or raise the budget with --max-memory SIZE",
                    "поместится {1} выборок: --samples {1} (в REPL — :samples {1}) или больший бюджет: --max-memory РАЗМЕР")
        case .rateSamplesNotPositive:
            return ("an exchange rate must be positive, but this distribution has samples at or below 0",
                    "курс валюты должен быть положительным, а у этого распределения есть значения ≤ 0")
        case .rateStaysAbove:
            return ("use a distribution that stays above 0, such as 60 RUB to 70 RUB",
                    "возьмите распределение выше 0, например 60 RUB to 70 RUB")
        case .rateIsMoney:
            return ("a rate is an amount of another currency, not {1}", "курс — это сумма в другой валюте, а не {1}")
        case .writeRate: return ("write rate {1} = 63.30 RUB", "напишите rate {1} = 63.30 RUB")
        case .rateNotPositive: return ("an exchange rate must be positive", "курс валюты должен быть положительным")
        case .leadsUnknownSegment:
            return ("strategy {1}: leads for '{2}', but no segment is named {2}",
                    "strategy {1}: leads для '{2}', но сегмента {2} нет")
        case .theSegmentsAre: return ("the segments are: {1}", "сегменты: {1}")
        case .inputNotNumber: return ("{1} must be a number or quantity, not {2}", "{1} — это число или величина, а не {2}")
        case .inputNotMoney: return ("{1} must be money, not {2}", "{1} — это деньги, а не {2}")
        case .noRate:
            return ("{1} is in {2} but the market is in {3}, and no rate connects them",
                    "{1} в {2}, а рынок в {3}, и нет курса между ними")
        case .declareRate: return ("declare one, e.g. rate {1} = 1.5 {2}", "объявите курс, например rate {1} = 1.5 {2}")
        case .inputNotMoneyRate: return ("{1} must be money per period", "{1} — это деньги за период")
        case .inputNotPercentRate: return ("{1} must be a percent rate", "{1} — это процент за период")
        case .resolutionWhole:
            return ("market resolution must be a whole number from 1 to 10000", "market resolution — целое число от 1 до 10000")
        case .companyNeedsSegments: return ("company {1} needs segments", "в company {1} нужны сегменты")
        case .inputRequired: return ("{1} is required", "нужно задать {1}")
        case .priceBelowZero: return ("{1} falls below 0 after month {2}", "{1} опускается ниже 0 после месяца {2}")
        case .strategyMustBe: return ("strategy must be a strategy", "strategy должна быть стратегией")
        case .needsWTP: return ("segment {1} needs a wtp", "в segment {1} нужна wtp")
        case .expectCount: return ("a count (a plain number, e.g. 20k)", "количество (просто число, например 20k)")
        case .expectCountRate:
            return ("a count per period (e.g. 3k/month) or a record by segment",
                    "количество за период (например, 3k/month) или запись по сегментам")
        case .expectProbability: return ("a percent from 0% to 100%", "процент от 0% до 100%")
        case .expectPercentRate: return ("a percent rate (e.g. 2%/month)", "процент за период (например, 2%/month)")
        case .expectMoney: return ("money (e.g. 40 RUB)", "деньги (например, 40 RUB)")
        case .expectMoneyRate: return ("money per period (e.g. 50k RUB/month)", "деньги за период (например, 50k RUB/month)")
        case .expectInvest:
            return ("money per period (e.g. 100k RUB/month) or a share of revenue (e.g. 3% of revenue)",
                    "деньги за период (например, 100k RUB/month) или доля выручки (например, 3% of revenue)")
        case .expectNumber: return ("a plain number", "просто число")
        case .expectCoefficient:
            return ("a plain number per month (e.g. 0.3, or 1.2/year)", "число в месяц (например, 0.3 или 1.2/year)")
        case .expectMonths: return ("a number of months (e.g. 36 or 3 years)", "число месяцев (например, 36 или 3 years)")
        case .expectDuration: return ("a duration (e.g. 4 months)", "длительность (например, 4 months)")
        case .expectCurrency: return ("a currency code (e.g. RUB)", "код валюты (например, RUB)")
        case .expectBand: return ("a band or a price range (e.g. 80..120 RUB)", "band или диапазон цен (например, 80..120 RUB)")
        case .expectWTP:
            return ("a distribution or a range of money (e.g. 80 RUB to 180 RUB)",
                    "распределение или диапазон денег (например, 80 RUB to 180 RUB)")
        case .expectTaste:
            return ("money or a percent of our price (e.g. 15 RUB or 10%)", "деньги или процент от нашей цены (например, 15 RUB или 10%)")
        case .expectSegments: return ("a list of segments (e.g. [smb, corp])", "список сегментов (например, [smb, corp])")
        case .expectStrategy: return ("a strategy, or a schedule of strategies", "стратегия или расписание стратегий")
        case .expectCompetitor: return ("a competitor", "конкурент (competitor)")
        case .expectPrice:
            return ("money, or a schedule (110 RUB until month 6 then +10%)",
                    "деньги или расписание (110 RUB until month 6 then +10%)")
        case .expectRange: return ("a range (e.g. 80..120 RUB)", "диапазон (например, 80..120 RUB)")
        }
    }

    /// did-you-mean for a field, else the list of fields.
    static func fieldHint(_ field: String, kind: String, known: [String]) -> Message {
        closest(to: field, among: known).map { Message(ModelText.didYouMean, $0) }
            ?? Message(ModelText.theFieldsAre, kind, known.joined(separator: ", "))
    }
}

extension Interpreter {
    /// A message in the interface language, for the lines and tables a
    /// model or what-if prints.
    func localized(_ m: Message) -> String { m.render(settings.locale) }

    /// An engine error as a diagnostic at the call.
    func coreError(_ error: Error, _ span: SourceSpan) -> BizError {
        if let e = error as? CoreError { return BizError.at(span, e.text) }
        if let e = error as? MemoryBudget.Exceeded { return memoryError(e, span) }
        return BizError.at(span, Message.verbatim("\(error)"))
    }
}
