import BizCore

/// The engine's input errors (BizCore's `CoreError.Problem`), put into words
/// here: BizCore holds no language. `{1}` is the field as the user wrote it
/// (`segment smb: churn`), code in both languages.
public enum CoreText: String, CaseIterable, MessageKind {
    case notFinite = "core.not-finite"
    case negative = "core.negative"
    case notPositive = "core.not-positive"
    case notProbability = "core.not-probability"
    case notAboveMinusHundred = "core.not-above-minus-100"
    case priceCutTooDeep = "core.price-cut-too-deep"
    case resolutionOutOfRange = "core.resolution-out-of-range"
    case overfull = "core.overfull"
    case bandInverted = "core.band-inverted"
    case noSuchSegment = "core.no-such-segment"
    case notPositiveDuration = "core.not-positive-duration"
    case noSegments = "core.no-segments"
    case segmentListedTwice = "core.segment-listed-twice"
    case rangeOrder = "core.range-order"
    case uniformOrder = "core.uniform-order"
    case triangularOrder = "core.triangular-order"
    case noSamples = "core.no-samples"
    case samplesUnsorted = "core.samples-unsorted"
    case scheduleStepNegative = "core.schedule-step-negative"
    case scheduleOrder = "core.schedule-order"
    case overflowed = "core.overflowed"
    case internalError = "core.internal-error"
    case other = "core.other"

    public var texts: (en: String, ru: String) {
        switch self {
        case .notFinite: return ("{1}: must be a finite number, got {2}", "{1}: нужно конечное число, получено {2}")
        case .negative: return ("{1}: must not be negative, got {2}", "{1}: не может быть отрицательным, получено {2}")
        case .notPositive: return ("{1}: must be greater than 0, got {2}", "{1}: должно быть больше 0, получено {2}")
        case .notProbability:
            return ("{1}: must be a probability in [0, 1] (per month), got {2}",
                    "{1}: нужна вероятность от 0 до 1 (в месяц), получено {2}")
        case .notAboveMinusHundred:
            return ("{1}: must be greater than -100% per month, got {2}", "{1}: должно быть больше -100% в месяц, получено {2}")
        case .priceCutTooDeep: return ("{1}: must be above -100%, got {2}%", "{1}: изменение цены должно быть больше -100%, получено {2}%")
        case .resolutionOutOfRange:
            return ("{1}: must be between 1 and 100000 bins, got {2}", "{1}: нужно от 1 до 100 000 интервалов, получено {2}")
        case .overfull:
            return ("{1}: {2} + {3} exceeds the segment's size {4}", "{1}: {2} + {3} больше размера сегмента ({4})")
        case .bandInverted: return ("{1}: low end {2} is above high end {3}", "{1}: нижняя граница {2} выше верхней {3}")
        case .noSuchSegment: return ("{1}: no segment named {2} in this company", "{1}: у этой компании нет сегмента {2}")
        case .notPositiveDuration:
            return ("{1}: must be a positive duration, got {2}", "{1}: нужна положительная длительность, получено {2}")
        case .noSegments: return ("{1}: needs at least one segment", "{1}: нужен хотя бы один сегмент")
        case .segmentListedTwice: return ("{1}: segment {2} is listed twice", "{1}: сегмент {2} указан дважды")
        case .rangeOrder: return ("{1}: `a to b` needs a < b, got {2} to {3}", "{1}: в `a to b` нужно a < b, получено {2} to {3}")
        case .uniformOrder: return ("{1}: uniform needs lo ≤ hi, got {2}..{3}", "{1}: для uniform нужно lo ≤ hi, получено {2}..{3}")
        case .triangularOrder:
            return ("{1}: triangular needs lo ≤ mode ≤ hi, got {2}, {3}, {4}",
                    "{1}: для triangular нужно lo ≤ mode ≤ hi, получено {2}; {3}; {4}")
        case .noSamples: return ("{1}: an empirical distribution needs samples", "{1}: эмпирическому распределению нужны значения")
        case .samplesUnsorted:
            return ("{1}: empirical samples must be sorted ascending", "{1}: значения эмпирического распределения должны идти по возрастанию")
        case .scheduleStepNegative:
            return ("{1}: a schedule step must come after month 0 or later, got month {2}",
                    "{1}: шаг расписания должен идти после месяца 0 или позже, а не после месяца {2}")
        case .scheduleOrder:
            return ("{1}: schedule steps must be in increasing month order (month {2} after month {3})",
                    "{1}: шаги расписания должны идти по возрастанию месяцев (месяц {2} после месяца {3})")
        case .overflowed:
            return ("{1}: the simulation overflowed in month {3}: {2} is too large to compute",
                    "{1}: расчёт переполнился в месяце {3}: {2} — слишком большое число")
        case .internalError: return ("{1}: internal error: {2}", "{1}: внутренняя ошибка: {2}")
        case .other: return ("{1}: {2}", "{1} — {2}")
        }
    }
}

extension CoreError {
    /// The error in the interface language.
    var text: Message {
        let f = field
        switch problem {
        case .notFinite(let x): return Message(CoreText.notFinite, f, x)
        case .negative(let x): return Message(CoreText.negative, f, x)
        case .notPositive(let x): return Message(CoreText.notPositive, f, x)
        case .notProbability(let x): return Message(CoreText.notProbability, f, x)
        case .notAboveMinusHundred(let x): return Message(CoreText.notAboveMinusHundred, f, x)
        case .priceCutTooDeep(let x): return Message(CoreText.priceCutTooDeep, f, x * 100)
        case .resolutionOutOfRange(let n): return Message(CoreText.resolutionOutOfRange, f, n)
        case let .overfull(c, k, s): return Message(CoreText.overfull, f, c, k, s)
        case let .bandInverted(lo, hi): return Message(CoreText.bandInverted, f, lo, hi)
        case .noSuchSegment(let s): return Message(CoreText.noSuchSegment, f, s)
        case .notPositiveDuration(let x): return Message(CoreText.notPositiveDuration, f, x)
        case .noSegments: return Message(CoreText.noSegments, f)
        case .segmentListedTwice(let s): return Message(CoreText.segmentListedTwice, f, s)
        case let .rangeOrder(lo, hi): return Message(CoreText.rangeOrder, f, lo, hi)
        case let .uniformOrder(lo, hi): return Message(CoreText.uniformOrder, f, lo, hi)
        case let .triangularOrder(lo, m, hi): return Message(CoreText.triangularOrder, f, lo, m, hi)
        case .noSamples: return Message(CoreText.noSamples, f)
        case .samplesUnsorted: return Message(CoreText.samplesUnsorted, f)
        case .scheduleStepNegative(let m): return Message(CoreText.scheduleStepNegative, f, m)
        case let .scheduleOrder(m, p): return Message(CoreText.scheduleOrder, f, m, p)
        case let .overflowed(what, m): return Message(CoreText.overflowed, f, what, String(m))
        case .internalError(let s): return Message(CoreText.internalError, f, s)
        case .other(let s): return Message(CoreText.other, f, s)
        }
    }
}
