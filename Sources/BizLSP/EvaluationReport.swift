// What the evaluation child (`biz lsp --evaluate PATH`) tells the server:
// one JSON object per line, Codable on both sides. Positions are UTF-8 byte
// offsets into the text the server sent (the server converts them, since it
// keeps that text); `file` is set only for a span in another file (a module).

struct EvaluationLine: Codable {
    /// One top-level statement's outcome, in order, as soon as it ran.
    var statement: StatementReport?
    /// Parse and name errors: nothing ran.
    var compileErrors: [DiagnosticReport]?
    /// The cells the file defined, with their values after the whole run.
    var cells: [CellReport]?
    /// The last line: the child finished on its own.
    var done: Bool?
}

struct DiagnosticReport: Codable, Sendable {
    var id: String
    var message: String
    var severity: String
    var start: Int
    var end: Int
    var file: String?
    var notes: [NoteReport] = []
    var hints: [String] = []
}

struct NoteReport: Codable, Sendable {
    var message: String
    var start: Int
    var end: Int
    var file: String?
}

struct StatementReport: Codable, Sendable {
    var start: Int
    var end: Int
    var file: String?
    var name: String?
    /// The value on one line, when it is worth an inlay hint.
    var inline: String?
    var holds: Bool?
    var error: DiagnosticReport?
    var writes: [String] = []
}

struct CellReport: Codable, Sendable {
    var name: String
    var inline: String?
    /// The value as the REPL shows it (tables for runs and series).
    var detail: String
    var type: String
    var fields: [String]
    var parameters: [String]?
}
