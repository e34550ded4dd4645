// A guided lesson: a title, optional set-up code, and steps, each with a
// text, a task, checks (Biz boolean expressions), a hint and a model
// solution. The file format is in docs/LESSONS.md; LessonParser reads it.

public struct Lesson: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var title = ""
        public var text = ""
        public var task = ""
        /// Every one must hold for the step to be done.
        public var checks: [String] = []
        public var hint = ""
        /// Biz code that does the task; `:skip` runs it, `--check` tests it.
        public var solution = ""
        /// Shown once the step is done (optional).
        public var done = ""
        /// Where the step starts in its file, for messages.
        public var line = 0
    }

    public var title = ""
    /// One line for `biz learn`'s list.
    public var about = ""
    public var intro = ""
    /// Code run silently before the first step (and again on resume).
    public var setup = ""
    public var steps: [Step] = []
}

/// A lesson file's problem, reported as `FILE:LINE: error: MESSAGE`.
public struct LessonError: Error, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let message: String

    public var rendered: String { "\(file):\(line): error: \(message)\n" }
}
