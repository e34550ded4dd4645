/// Sheet names that Excel accepts, made from the exported expressions:
/// at most 31 characters, none of `: \ / ? * [ ]`, not beginning or ending
/// with `'`, not blank, not the reserved `History`, and unique without
/// regard to case (Excel refuses a workbook that breaks any of these).
struct XLSXSheetNames {
    static let maxLength = 31
    private var taken: Set<String> = []

    mutating func name(for wanted: String) -> String {
        let base = Self.sanitised(wanted)
        var candidate = base
        var n = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = Self.truncated(base, to: Self.maxLength - suffix.utf16.count) + suffix
            n += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    static func sanitised(_ s: String) -> String {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        var out = String(s.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
        out = String(out.unicodeScalars.filter { $0.value >= 0x20 }.map(Character.init))
        out = truncated(out.trimmingEdges { $0 == " " || $0 == "'" }, to: maxLength)
        out = out.trimmingEdges { $0 == " " || $0 == "'" }
        if out.isEmpty { return "Sheet" }
        if out.lowercased() == "history" { return out + "_" }
        return out
    }

    /// Excel counts a name's length in UTF-16 units; a cut never splits a character.
    static func truncated(_ s: String, to limit: Int) -> String {
        var out = "", units = 0
        for ch in s {
            let n = ch.utf16.count
            if units + n > limit { break }
            out.append(ch)
            units += n
        }
        return out
    }
}

private extension String {
    func trimmingEdges(_ drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
