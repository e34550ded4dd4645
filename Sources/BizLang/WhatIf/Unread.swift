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
    /// `several`: a sweep's several outputs, "none of a, b depends on x".
    /// `direct` nil: the target reads a local (maybe a function passed in,
    /// which may read any cell), so no note.
    func noteUnread(_ inputs: [WhatIfCell], by label: String, reading direct: [Int]?, report: Bool, several: Bool = false) {
        guard let direct else { return }
        // Each binding is checked once per statement: a `given` in a loop
        // of a million iterations walks the graph once.
        let unchecked = inputs.filter { !notedSpans.contains($0.span) }
        guard report, !unchecked.isEmpty else { return }
        let read = reachableCells(from: direct)
        for input in unchecked {
            notedSpans.insert(input.span)
            guard !read.contains(input.index) else { continue }
            var d = Diagnostic(Message(several ? WhatIfText.noneDependsOn : WhatIfText.doesNotDependOn, label, input.name), at: input.span)
            d.severity = .note
            errorOutput(d.render(color: settings.color, locale: settings.locale))
        }
    }
}
