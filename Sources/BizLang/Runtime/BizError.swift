/// How evaluation leaves a piece of code early: an error to report, or a
/// `return` carrying its value up to the function that is returning.
public enum BizError: Error, Sendable {
    case failure(Diagnostic)
    case returning(Value)

    static func at(_ span: SourceSpan, _ message: Message, hint: Message? = nil) -> BizError {
        .failure(Diagnostic(message, at: span).hint(hint))
    }

    /// A text not yet in the catalog (the same in every language).
    static func at(_ span: SourceSpan, _ message: String, hint: String? = nil) -> BizError {
        .failure(Diagnostic(message, at: span).hint(hint))
    }

    public var diagnostic: Diagnostic? {
        if case .failure(let d) = self { return d }
        return nil
    }
}

/// Compiled code: evaluates against the current frame of local slots.
typealias Code = (UnsafeMutablePointer<Value>) throws(BizError) -> Value
