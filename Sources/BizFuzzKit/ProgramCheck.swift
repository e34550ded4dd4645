import BizLang

/// Runs a generated program and checks the invariants a valid program must
/// keep beyond "no trap" (docs/FUZZING.md):
///
/// - no `expect` fails — the generator writes only invariants as `expect`s
///   (conservation of customers, no negative counts, stayers + leavers =
///   customers, a loop and `reduce` agree, `given` of a cell's own value);
/// - no ∞ or NaN in anything printed, nor in any cell's displayed value;
/// - `given`, `sweep`, `goal`, `maximize`/`minimize` and `tornado` leave every
///   cell as it was: each cell displays the same before and after each one;
/// - the interpreter is freed afterwards (no reference cycle through it).
///
/// An error diagnostic is not a violation (a goal that cannot be met, a
/// number that overflows into a located error): it is counted, so that a
/// test can also require that most generated programs run.
public struct ProgramCheck {
    public struct Outcome: Sendable {
        /// Broken invariants, each with what was seen.
        public var violations: [String] = []
        /// Whether the model part ran to its end without an error.
        public var modelRan = false
        /// What-ifs that ended with a result (not an error).
        public var whatIfsRan = 0
        /// The first error's rendering, if the model part stopped on one.
        public var modelError: String?
    }

    /// Runs `program` in a fresh interpreter with `settings`; afterwards the
    /// interpreter must be freed (compiled code holds it unowned, so a
    /// strong capture is a reference cycle that leaks it with its value stack).
    public static func run(_ program: GeneratedProgram, settings: Settings) -> Outcome {
        weak var freed: Interpreter?
        var outcome = Outcome()
        do {
            let rt = Interpreter(settings: settings)
            freed = rt
            run(program, in: rt, &outcome)
        }
        if freed != nil { outcome.violations.append("the interpreter was not freed after the program (a reference cycle)") }
        return outcome
    }

    static func run(_ program: GeneratedProgram, in rt: Interpreter, _ outcome: inout Outcome) {
        var printed = ""
        var errors = ""
        rt.output = { printed += $0 }
        rt.errorOutput = { errors += $0 }
        do {
            try rt.run(SourceFile(name: "<generated>", text: program.model))
            outcome.modelRan = true
        } catch {
            outcome.modelError = error.items.map { $0.render(color: false) }.joined()
        }
        if rt.expectFailed > 0 { outcome.violations.append("an invariant failed in the model:\n" + errors) }
        noInfinity(in: printed, what: "the model's output", &outcome)
        guard outcome.modelRan else { return }

        var before = cells(rt)
        noInfinity(in: before.map { "\($0.name) = \($0.shown)" }.joined(separator: "\n"), what: "a cell", &outcome)
        for entry in program.whatIfs {
            printed = ""
            errors = ""
            let failedBefore = rt.expectFailed
            do {
                if let v = try rt.evaluateEntry(SourceFile(name: "<what-if>", text: entry)) { printed += rt.display(v) }
                outcome.whatIfsRan += 1
            } catch {}
            if rt.expectFailed > failedBefore { outcome.violations.append("an invariant failed in `\(entry)`:\n" + errors) }
            noInfinity(in: printed, what: "`\(entry)`", &outcome)
            let after = cells(rt)
            for (a, b) in zip(before, after) where a.name != b.name || a.shown != b.shown {
                outcome.violations.append("`\(entry)` changed the cell \(a.name): \(a.shown) → \(b.shown)")
            }
            if after.count != before.count { outcome.violations.append("`\(entry)` changed the number of cells: \(before.count) → \(after.count)") }
            before = after
        }
    }

    /// Every visible cell as the REPL would show it.
    static func cells(_ rt: Interpreter) -> [(name: String, shown: String)] {
        rt.visibleCells().map { ($0.name, rt.display($0.value)) }
    }

    /// ∞ and NaN are what BizFormat prints for non-finite numbers; the
    /// generator writes neither in a string or a name.
    static func noInfinity(in text: String, what: String, _ outcome: inout Outcome) {
        guard text.contains("∞") || text.contains("NaN") else { return }
        let line = text.split(separator: "\n").first { $0.contains("∞") || $0.contains("NaN") } ?? ""
        outcome.violations.append("∞ or NaN in \(what): \(line)")
    }
}
