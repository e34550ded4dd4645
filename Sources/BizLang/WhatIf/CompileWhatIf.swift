/// sweep, goal, maximize, minimize, tornado (LANGUAGE.md §5).
extension Compiler {
    func compileWhatIf(_ e: Expr) -> Code {
        let span = e.span
        return { _ throws(BizError) in throw BizError.at(span, "not available yet") }
    }
}
