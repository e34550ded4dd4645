/// Lets the caller of a batch watch it and stop it (Ctrl-C, a progress line):
/// BizCore knows nothing about signals or terminals, so both are closures.
/// `shouldStop` is polled by every worker before each sample (a sample of the
/// benchmark takes ~0.2 ms, so a stop lands well within 0.2 s); `progress` is
/// told after each finished sample, from whichever worker finished it, so it
/// must be cheap and thread-safe (throttle inside it).
public struct BatchMonitor: Sendable {
    public var shouldStop: @Sendable () -> Bool
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(shouldStop: @escaping @Sendable () -> Bool,
                progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.shouldStop = shouldStop
        self.progress = progress
    }
}

/// A batch stopped by its monitor's `shouldStop` before every sample ran.
public struct BatchStopped: Error, Sendable, Equatable {
    /// Samples finished when it stopped.
    public let done: Int
    public let total: Int
}
