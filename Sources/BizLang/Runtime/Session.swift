/// The public face of the interpreter: compile and run files, REPL entries
/// and `-e` expressions; check files without running them.
extension Interpreter {
    /// Parses and compiles a source; every parse and name error at once.
    func compile(_ file: SourceFile) throws(DiagnosticList) -> [TopStatement] {
        var parser = Parser(file: file)
        let stmts = parser.parseProgram()
        let compiler = Compiler(rt: self)
        let program = compiler.compileTopLevel(stmts)
        let all = parser.diagnostics + compiler.diagnostics
        if !all.isEmpty {
            let sorted = all.sorted { ($0.span.file?.name ?? "", $0.span.start) < ($1.span.file?.name ?? "", $1.span.start) }
            throw DiagnosticList(Interpreter.capped(sorted))
        }
        return program
    }

    /// Parse and name errors reported for one source, at most: a broken
    /// file (or binary junk) gives a readable report, not megabytes of it.
    static let maxDiagnostics = 100
    /// And of one kind on one line (a 1 MB line of junk had 200 unknown
    /// names); errors of other kinds on the line still show.
    static let maxDiagnosticsPerLine = 5

    /// At most `maxDiagnosticsPerLine` of a kind per line and
    /// `maxDiagnostics` in all, in order; then one "too many errors: N more
    /// not shown" at the first one left out.
    static func capped(_ sorted: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            let file: ObjectIdentifier?
            let line: Int
            let kind: String
        }
        var kept: [Diagnostic] = []
        var firstLeftOut: SourceSpan?
        var leftOut = 0
        var perKind: [Key: Int] = [:]
        for d in sorted {
            let key = Key(file: d.span.file.map(ObjectIdentifier.init), line: d.span.file?.line(of: Int(d.span.start)) ?? 0, kind: d.text.id)
            perKind[key, default: 0] += 1
            if perKind[key, default: 0] > maxDiagnosticsPerLine || kept.count >= maxDiagnostics {
                leftOut += 1
                if firstLeftOut == nil { firstLeftOut = d.span }
                continue
            }
            kept.append(d)
        }
        if let span = firstLeftOut { kept.append(Diagnostic(Message(RuntimeText.tooManyErrors, String(leftOut)), at: span)) }
        return kept
    }

    /// `biz check`: parse and resolve names only; runs nothing.
    public func check(_ file: SourceFile) -> [Diagnostic] {
        let snapshot = beginTransaction()
        defer { rollback(snapshot) }
        do { _ = try compile(file); return [] } catch { return error.items }
    }

    /// Runs a script: compile all, then each statement in order; the first
    /// runtime error stops it. Failed `expect`s are counted, not fatal.
    public func run(_ file: SourceFile, printResults: Bool = true) throws(DiagnosticList) {
        nativeStackFloor = NativeStack.floor()
        for s in try compile(file) { try executeReporting(s, printResult: printResults) }
    }

    /// Runs a top-level statement; its error becomes the diagnostic to report.
    @discardableResult
    func executeReporting(_ s: TopStatement, printResult: Bool) throws(DiagnosticList) -> Value? {
        do { return try execute(s, printResult: printResult) } catch {
            switch error {
            case .failure(let d): throw DiagnosticList([d])
            case .returning: throw DiagnosticList([Diagnostic(Message(RuntimeText.returnOutside), at: s.span)])
            }
        }
    }

    /// One REPL entry (or `-e` expression). Either all of it takes effect or
    /// none: a failed entry leaves the session as it was. Returns the value
    /// of the last expression, if any.
    public func evaluateEntry(_ file: SourceFile) throws(DiagnosticList) -> Value? {
        nativeStackFloor = NativeStack.floor()
        machine.pointee.steps = 0   // --max-steps holds for each entry
        let snapshot = beginTransaction()
        do throws(DiagnosticList) {
            let program = try compile(file)
            var last: Value?
            var changed: [SourceSpan] = []   // for sessionLog
            for s in program {
                let mark = (cells.journalLength, rates.revision)
                last = try executeReporting(s, printResult: false)
                if case .define = s.kind { changed.append(s.span) }
                else if mark != (cells.journalLength, rates.revision) { changed.append(s.span) }
            }
            commit(snapshot)
            logChanges(changed, of: file)
            if let last { setLastResult(last) }
            // A sweep or tornado printed its table already: echoing the same
            // rows again as a list of records would only repeat it. (A goal's
            // single value is still echoed, as LANGUAGE.md §5 shows.)
            if let s = program.last, case .evaluate(_, true) = s.kind, case .list? = last { return nil }
            return last
        } catch {
            rollback(snapshot)
            throw error
        }
    }

    /// Runs a file as one REPL entry and then undoes it, whether it ran to
    /// the end or not, with the step count started afresh. The fuzzer's
    /// `session` mode runs every input through one interpreter this way:
    /// the prelude is loaded once, and the rollback itself is under test.
    public func evaluateAndDiscard(_ file: SourceFile) throws(DiagnosticList) {
        nativeStackFloor = NativeStack.floor()
        machine.pointee.steps = 0
        let snapshot = beginTransaction()
        defer { rollback(snapshot) }
        for s in try compile(file) { try executeReporting(s, printResult: false) }
    }

    /// `_` holds the last result.
    func setLastResult(_ v: Value) {
        guard let cell = cell(named: "_", hidden: true) else { return }
        cells.define(cell, formula: nil, value: v)
    }

    /// The cell of a top-level name, made (and named) if it is new; nil when
    /// the cell table is full.
    func cell(named name: String, hidden: Bool = false) -> Int? {
        if let c = globals[name] { return c }
        guard let c = cells.add(name: name, hidden: hidden) else { return nil }
        globals[name] = c
        return c
    }

    /// Runs one top-level statement. Returns the value of an expression
    /// statement (nil for definitions and effects).
    @discardableResult
    func execute(_ s: TopStatement, printResult: Bool) throws(BizError) -> Value? {
        notedSpans = []
        switch s.kind {
        case .define(let cell, let previous, let named, let rates):
            if let previous {
                let old = try readCell(cell, s.span)
                cells.define(previous, formula: nil, value: old)
            }
            // A rate computed from this cell is not an implicit input of it:
            // `usd = 80 RUB` after `rate USD = usd` redefines what the rate reads.
            let implicit = rates.filter { r in r != cell && !named.contains(r) && cells.wouldCycle(cell, through: [r]) == nil }
            let deps = Array(Set(named).union(implicit)).sorted()
            if let path = cells.wouldCycle(cell, through: deps) {
                let names = path.map { cells.names[$0].replacing("'", with: "") }
                throw BizError.at(s.span, Message(RuntimeText.cycle, names.joined(separator: " → ")), hint: Message(RuntimeText.cycleHint))
            }
            let v = try withFrame(size: s.frameSize, span: s.span) { (f) throws(BizError) in try s.code(f) }
            let formula = CellTable.Formula(code: s.code, frameSize: s.frameSize, deps: deps, span: s.span, ownFields: s.ownFields)
            cells.define(cell, formula: formula, value: v)
            try settle()
            return nil
        case .evaluate(let print, let reported):
            let v = try withFrame(size: s.frameSize, span: s.span) { (f) throws(BizError) in try s.code(f) }
            try settle()
            if print && printResult, !reported, !v.isNothing {
                output(richView(v) + "\n")
            }
            return print ? v : nil
        case .effect:
            _ = try withFrame(size: s.frameSize, span: s.span) { (f) throws(BizError) in try s.code(f) }
            try settle()
            return nil
        }
    }

    /// Evaluates `body` with cells (or fields of the declarations cells
    /// hold) replaced, then undoes every change.
    func withReplacedCells(_ replaced: [WhatIfCell], _ values: [Value], _ body: () throws(BizError) -> Value) throws(BizError) -> Value {
        let savedRates = rates
        cells.begin()
        defer {
            cells.rollback()
            rates = savedRates
        }
        for (c, v) in zip(replaced, values) where c.field == nil { cells.define(c.index, formula: nil, value: v) }
        // Fields after whole cells: a declaration whose other fields read a
        // replaced cell is recomputed with it, then gets the field.
        for (c, v) in zip(replaced, values) where c.field != nil { try replaceField(c, v) }
        // Exchange rates are read by conversions, not through cells: bring
        // any rate that depends on a replaced cell up to date first.
        for r in rateCells where cells.states[r] != 0 { try recompute(r, .none) }
        return try body()
    }

    func loadPreludeModule() {
        guard let source = moduleLoader.load("prelude", from: nil) else { return }
        loadedModules.insert("prelude")
        do { try run(source, printResults: false) } catch {
            errorOutput("internal error in the prelude:\n" + error.items.map { $0.render() }.joined())
        }
    }
}

extension Interpreter {
    /// A value as the REPL and `-e` print it.
    public func display(_ v: Value) -> String { richView(v) }
}

extension Value {
    public var isNothing: Bool {
        if case .nothing = self { return true }
        return false
    }
}
