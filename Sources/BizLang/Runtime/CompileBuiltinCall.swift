/// Calls of builtins with one argument by position that have a shortcut
/// (`Builtin.value1`, such as `len`): no argument array and no
/// `BuiltinCall`, which were most of the cost of `len(r.name)` in a loop.
extension Compiler {
    /// The code of the call, or nil when the callee is not such a builtin.
    func compileBuiltin1(_ callee: Expr, _ positional: [Code], _ named: [(String, Code)], _ p0: @escaping Code,
                         site: String, argSpans: [SourceSpan], _ span: SourceSpan) -> Code? {
        guard named.isEmpty, positional.count == 1, case .name(let name) = callee.kind,
              case .builtin(let b)? = resolve(name, callee.span), let shortcut = b.value1 else { return nil }
        unowned(unsafe) let rt = self.rt
        let m = rt.machine
        return { f throws(BizError) in
            let a0 = try p0(f)
            if let r = shortcut(a0) {
                try m.tick(span)
                return r
            }
            // Other arguments, and every error, come from the builtin's body.
            return try rt.callBuiltin(b, [a0], named: [], site: site, argSpans: argSpans, span)
        }
    }
}

/// `s.count`, the characters of `s`, from its UTF-8 bytes when each is one
/// character: ASCII with no carriage return ("\r\n" is one character).
/// Counting grapheme clusters took ~500 instructions for a short name.
func characterCount(_ s: String) -> Int {
    let simple = s.utf8.withContiguousStorageIfAvailable { bytes in
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
    return simple == true ? s.utf8.count : s.count
}
