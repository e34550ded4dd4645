/// The limits a user sets on a run from the command line: `--timeout` and
/// `--max-steps` (issue 16 item 4). The step limit's own error is
/// `RuntimeText.stepLimit`.
public enum LimitText: String, CaseIterable, MessageKind {
    case timeout = "limit.timeout"
    case timeoutHint = "limit.timeout.hint"
    case badTimeout = "limit.timeout.bad"
    case badMaxSteps = "limit.steps.bad"

    public var texts: (en: String, ru: String) {
        switch self {
        case .timeout: return ("stopped: the evaluation took longer than {1} s (--timeout)", "остановлено: вычисление шло дольше {1} с (--timeout)")
        case .timeoutHint:
            return ("is there an endless loop? Otherwise raise --timeout", "нет ли здесь бесконечного цикла? Если нет, увеличьте --timeout")
        case .badTimeout: return ("--timeout needs a number of seconds above 0, such as 30 or 0.5",
                                  "для --timeout нужно число секунд больше 0, например 30 или 0.5")
        case .badMaxSteps: return ("--max-steps needs a whole number above 0, such as 1000000",
                                   "для --max-steps нужно целое число больше 0, например 1000000")
        }
    }
}
