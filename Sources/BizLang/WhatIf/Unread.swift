/// `note: EXPR does not depend on NAME` (LANGUAGE.md §5): a what-if whose
/// target cannot read what it changes silently returns the unchanged value,
/// which a room would believe. Decided from the dependency graph before
/// evaluating, so it costs no evaluation and shows even if evaluating fails.
extension Interpreter {
    /// The cells an expression reading `direct` may read, through formulas'
    /// dependencies (exchange rates too: conversions read them implicitly).
    func reachableCells(from direct: [Int]) -> Set<Int> {
        var seen = Set<Int>()
        var stack = direct + rateCells
        while let c = stack.popLast() {
            guard c < cells.count, seen.insert(c).inserted else { continue }
            if let f = cells.formulas[c] { stack.append(contentsOf: f.deps) }
        }
        return seen
    }

    /// Notes each input the target cannot read, once per top-level
    /// statement (a `given` inside a loop or a sweep notes once).
    /// `verb` "depends" for a sweep's several outputs: "none of a, b depends on x".
    func noteUnread(_ inputs: [WhatIfCell], by label: String, reading direct: [Int], report: Bool, verb: String = "does") {
        guard report, !inputs.isEmpty else { return }
        let read = reachableCells(from: direct)
        for input in inputs where !read.contains(input.index) {
            guard notedSpans.insert(input.span).inserted else { continue }
            let text = verb == "does" ? "\(label) does not depend on \(input.name)" : "\(label) depends on \(input.name)"
            var d = Diagnostic(text, at: input.span)
            d.severity = .note
            errorOutput(d.render(color: settings.color))
        }
    }
}
