/// Asking a session a question without changing it: the checks of
/// `biz learn` lessons ("is `price == 1200 RUB` true yet?"). Nothing the
/// probe does stays: cells, rates, modules and settings are rolled back,
/// and it prints nothing.
extension Interpreter {
    /// The value of `expression` (its last statement) in this session, or
    /// the diagnostics that stopped it; the session is left as it was.
    public func probe(_ expression: String) throws(DiagnosticList) -> Value? {
        nativeStackFloor = NativeStack.floor()
        let snapshot = beginTransaction()
        let savedOutput = output, savedErrors = errorOutput
        let passed = expectPassed, failed = expectFailed
        output = { _ in }
        errorOutput = { _ in }
        defer {
            rollback(snapshot)
            output = savedOutput
            errorOutput = savedErrors
            expectPassed = passed
            expectFailed = failed
        }
        var last: Value?
        for statement in try compile(SourceFile(name: "<check>", text: expression)) {
            last = try executeReporting(statement, printResult: false)
        }
        return last?.unboxed
    }

    /// True when `expression` evaluates to `true`; false when it is false,
    /// is not a Bool, names something not yet defined, or fails in any way —
    /// for a lesson, all of these just mean "not yet".
    public func holds(_ expression: String) -> Bool {
        if case .bool(true)? = try? probe(expression) { return true }
        return false
    }
}
