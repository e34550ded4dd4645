// What the server and its evaluation child (`biz serve --evaluate FOLDER`)
// say to each other. The server writes one EvaluationRequest as JSON on the
// child's stdin; the child answers with one JSON EvaluationEvent per line as
// each statement finishes, so that the lines already run survive a child the
// server has to kill (time or memory). The server folds the events into one
// EvaluationResult, which is also what the page gets.

struct EvaluationRequest: Codable, Sendable {
    var source: String
    /// `en` or `ru`: messages and how values print.
    var locale: String
    /// A shipped lesson's key (`en/1-calculator`) and a step index from 0:
    /// the lesson's set-up runs first and the step's checks after the model.
    var lesson: String?
    var step: Int?
    /// The teacher's expressions (`price`, `run.cash.last`), read after the run.
    var probes: [String] = []
}

/// A place in the participant's model, from 1, as an editor counts.
struct ErrorReport: Codable, Sendable, Equatable {
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var message: String
    /// The diagnostic as the terminal shows it: location, the source line, a caret, notes, hints.
    var rendered: String
}

struct LineReport: Codable, Sendable, Equatable {
    var line: Int
    var endLine: Int
    var name: String?
    /// The value on one line (the notepad view), when it is worth showing.
    var value: String?
    var holds: Bool?
    var error: ErrorReport?
}

struct ChartReport: Codable, Sendable, Equatable {
    var line: Int
    var svg: String
}

/// A file the model would have written (`report run to "run.html"`), offered as a download.
struct DownloadReport: Codable, Sendable, Equatable {
    var name: String
    var base64: String
}

struct ProbeReport: Codable, Sendable, Equatable {
    var expression: String
    /// As the participant's locale prints it; nil when it has no value (yet).
    var text: String?
    /// The number inside, for the teacher's chart (money in its own currency).
    var number: Double?
}

struct EvaluationEvent: Codable, Sendable {
    var line: LineReport?
    var compileErrors: [ErrorReport]?
    var chart: ChartReport?
    var download: DownloadReport?
    var probes: [ProbeReport]?
    var stepDone: Bool?
    var done: Bool?
}

struct EvaluationResult: Codable, Sendable, Equatable {
    var lines: [LineReport] = []
    var compileErrors: [ErrorReport] = []
    var charts: [ChartReport] = []
    var downloads: [DownloadReport] = []
    var probes: [ProbeReport] = []
    var stepDone: Bool?
    /// Why the server stopped the run (time, memory, a crash), in the participant's language.
    var stopped: String?
    var milliseconds: Int = 0

    mutating func add(_ e: EvaluationEvent) {
        if let l = e.line { lines.append(l) }
        if let c = e.compileErrors { compileErrors += c }
        if let c = e.chart { charts.append(c) }
        if let d = e.download { downloads.append(d) }
        if let p = e.probes { probes = p }
        if let s = e.stepDone { stepDone = s }
    }

    var errorCount: Int { compileErrors.count + lines.filter { $0.error != nil }.count }
}
