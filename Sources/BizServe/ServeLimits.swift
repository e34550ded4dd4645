// Every bound the classroom server keeps, in one place. The defaults suit a
// room of ~50 on a 2-core laptop: two runs at a time, each a separate
// process, so the server itself never computes a model.

import BizLang

public struct ServeLimits: Sendable {
    /// Seconds a run may take; then SIGINT (the line shows "interrupted"),
    /// and one second later SIGKILL.
    public var timeLimit: Double = 10
    /// Calls and loop iterations per run (Settings.maxSteps in the child).
    public var maxSteps: Int = Settings.backgroundMaxSteps
    /// Memory one run may use, in MiB: the child's memory budget (--max-memory);
    /// the server kills a child whose resident memory passes it by `memorySlackMiB`.
    public var maxMemoryMiB: Int = 512
    /// Monte Carlo samples, the seed and the sampling of every run (the server's --samples, --seed, --sampling).
    public var samples: Int = 1000
    public var seed: UInt64 = 42
    /// `lhs` or `random` (the server's --sampling).
    public var sampling = "lhs"
    /// Runs at once (each a child process): the pool.
    public var workers: Int = 2
    /// Runs waiting beyond which a new one is refused (each session has at most one waiting).
    public var maxQueued: Int = 500
    /// Participants a server takes.
    public var maxSessions: Int = 500
    public init() {}

    /// The largest request body accepted (a model, a name, a push).
    static let bodyBytes = 256 << 10
    /// The longest model, in characters.
    static let sourceCharacters = 100_000
    /// The bytes of downloads one run may offer (`report … to`, `export … to`).
    static let downloadBytes = 8 << 20
    /// The most the server keeps reading from one child's output.
    static let childOutputBytes = 32 << 20
    /// What the Swift runtime and the interpreter take besides the budgeted values.
    static let memorySlackMiB = 64
    /// How often the server looks at a running child's memory, in milliseconds.
    static let memoryPollMilliseconds = 20
    /// The longest participant name, and how many teacher expressions.
    static let nameCharacters = 40
    static let probeCount = 8
    static let probeCharacters = 200
    /// A participant who has not polled for this long is shown as away.
    static let onlineSeconds = 10.0
    /// The file name diagnostics use for a participant's model.
    static let modelFileName = "model.biz"
}
