/// Distributions and their summaries.
extension Builtins {
    static let uncertainty: [Builtin] = []
}

extension Interpreter {
    /// `a to b`: a lognormal with 5th and 95th percentiles a and b.
    func makeInterval(_ a: Value, _ b: Value, site: String, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan) throws(BizError) -> Value {
        throw BizError.at(span, "distributions are not available yet")
    }
}
