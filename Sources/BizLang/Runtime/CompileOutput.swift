/// `show`, `plot`, `export`, `report` statements.
extension Compiler {
    func compileOutput(_ s: Stmt) -> Code {
        let rt = self.rt
        switch s.kind {
        case .show(let e):
            let c = compileExpr(e)
            return { f throws(BizError) in
                rt.output(rt.richView(try c(f)) + "\n")
                return .nothing
            }
        default:
            let span = s.span
            return { _ throws(BizError) in throw BizError.at(span, "not available yet") }
        }
    }

    func compileWhatIf(_ e: Expr) -> Code {
        let span = e.span
        return { _ throws(BizError) in throw BizError.at(span, "not available yet") }
    }
}
