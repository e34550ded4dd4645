/// The progress line on stderr (issue 12 item 5): what runs, how far it
/// got, time elapsed and left. `{1}` is the source text of what runs
/// (`simulate(us)`, `sweep price over …`), the counts are numbers.
public enum ProgressText: String, CaseIterable, MessageKind {
    case samples = "progress.samples"
    case points = "progress.points"
    case evaluations = "progress.evaluations"
    case evaluationsSoFar = "progress.evaluations-so-far"
    case elapsedAndLeft = "progress.elapsed-and-left"
    case seconds = "progress.seconds"
    case minutes = "progress.minutes"

    public var texts: (en: String, ru: String) {
        switch self {
        case .samples: return ("{1}: {2} of {3} samples", "{1}: выборки {2} из {3}")
        case .points: return ("{1}: {2} of {3} points", "{1}: точки {2} из {3}")
        case .evaluations: return ("{1}: {2} of {3} evaluations", "{1}: вычисления {2} из {3}")
        case .evaluationsSoFar: return ("{1}: {2} evaluations", "{1}: вычислений {2}")
        case .elapsedAndLeft: return ("{1}, about {2} left", "{1}, осталось около {2}")
        case .seconds: return ("{1} s", "{1} с")
        case .minutes: return ("{1} min {2} s", "{1} мин {2} с")
        }
    }
}
