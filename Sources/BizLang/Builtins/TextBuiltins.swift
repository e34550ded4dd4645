/// Strings and printing.
extension Builtins {
    static let text: [Builtin] = [
        Builtin("print", ["values"], variadic: true) { (c) throws(BizError) -> Value in
            let d = Display(locale: c.rt.settings.locale)
            c.rt.output(c.args.map { d.format($0) }.joined(separator: " ") + "\n")
            return .nothing
        },
        Builtin("str", ["x"]) { (c) throws(BizError) -> Value in
            .str(Display(locale: c.rt.settings.programLocale).format(try c.required(0, "x")))
        },
        Builtin("type", ["x"]) { (c) throws(BizError) -> Value in .str(try c.required(0, "x").typeName) },
        Builtin("upper", ["s"]) { (c) throws(BizError) -> Value in
            guard case .str(let s) = try c.required(0, "s") else { throw c.fail(Message(BuiltinText.upperNeeds), at: 0) }
            return .str(s.uppercased())
        },
        Builtin("lower", ["s"]) { (c) throws(BizError) -> Value in
            guard case .str(let s) = try c.required(0, "s") else { throw c.fail(Message(BuiltinText.lowerNeeds), at: 0) }
            return .str(s.lowercased())
        },
    ]
}
