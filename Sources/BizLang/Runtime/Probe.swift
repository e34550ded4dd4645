/// Asking a session a yes/no question without changing it: the checks of
/// `biz learn` lessons ("is `price == 1200 RUB` true yet?"). Nothing the
/// probe does stays: cells, rates, modules and settings are rolled back,
/// and it prints nothing.
extension Interpreter {
    /// True when `expression` evaluates to `true` in this session; false
    /// when it is false, is not a Bool, names something not yet defined, or
    /// fails in any way — for a lesson, all of these just mean "not yet".
    public func holds(_ expression: String) -> Bool {
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
        guard let program = try? compile(SourceFile(name: "<check>", text: expression)) else { return false }
        var last: Value?
        for statement in program {
            guard let v = try? executeReporting(statement, printResult: false) else { return false }
            last = v
        }
        if case .bool(true)? = last?.unboxed { return true }
        return false
    }
}
