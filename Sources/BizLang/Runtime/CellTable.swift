/// Cells: the session's top-level names. A cell holds a cached value and,
/// unless it is a plain value, the formula that computes it and the cells
/// that formula reads. Changing a cell marks its dependents dirty; a dirty
/// cell recomputes when it is next read (or when the statement ends, so that
/// errors show at once).
///
/// Values live in a fixed buffer so that compiled code reads a cell with one
/// load and a state check, without exclusivity or copy-on-write checks.
/// Every change can be journalled, which is how `given` and a failed REPL
/// line undo their effects — also a change to a variable a closure
/// captured (a Box, `setBox`), so `k(); k(); 1/0` leaves k's counter as it was.
final class CellTable {
    static let capacity = 1 << 16

    struct Formula {
        let code: Code
        let frameSize: Int
        let deps: [Int]
        let span: SourceSpan
        /// For a declaration: its fields whose values read no cell, which
        /// `tornado` varies as inputs of their own.
        var ownFields: [String]? = nil
    }

    enum State: UInt8 { case clean = 0, dirty, computing }

    let values: UnsafeMutablePointer<Value>
    let states: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    var names: [String] = []
    /// Hidden cells (frozen previous values) do not show in `:cells`.
    var hidden: [Bool] = []
    var formulas: [Formula?] = []
    var dependents: [[Int]] = []
    var defined: [Bool] = []
    /// Cells made dirty and not yet recomputed, for `settle`.
    var dirtyList: [Int] = []

    enum Undo {
        case cell(Int, Value, UInt8, Formula?, Bool)
        case dependents(Int, [Int])
        case count(Int)
        case box(Box, Value)
    }
    private var journals: [[Undo]] = []
    /// One number per open transaction (innermost last), for Box.journalled.
    private var transactionIDs: [Int] = []
    private var lastTransactionID = 0
    /// Per transaction, the cells whose old value is already journalled:
    /// rollback restores the oldest entry, so later ones would only keep
    /// old values alive (a REPL loop `xs = xs + [i]` kept every list it built).
    private var journalled: [Set<Int>] = []
    /// Per transaction, the changes recorded (journalled or not).
    private var changeCounts: [Int] = []

    init() {
        values = .allocate(capacity: CellTable.capacity)
        states = .allocate(capacity: CellTable.capacity)
        states.initialize(repeating: 0, count: CellTable.capacity)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        states.deallocate()
    }

    // MARK: Transactions

    func begin() {
        journals.append([])
        lastTransactionID += 1
        transactionIDs.append(lastTransactionID)
        journalled.append([])
        changeCounts.append(0)
    }

    /// Grows exactly when a statement changes a cell inside a transaction
    /// (for the session log).
    var journalLength: Int { changeCounts.last ?? 0 }

    /// Keeps the changes made since `begin`.
    func commit() {
        guard let top = journals.popLast() else { return }
        transactionIDs.removeLast()
        let cells = journalled.popLast() ?? [], changed = changeCounts.popLast() ?? 0
        if !journals.isEmpty {
            journals[journals.count - 1].append(contentsOf: top)
            journalled[journalled.count - 1].formUnion(cells)
            changeCounts[changeCounts.count - 1] += changed
        }
    }

    /// Undoes every change made since `begin`.
    func rollback() {
        _ = journalled.popLast()
        _ = changeCounts.popLast()
        guard let top = journals.popLast() else { return }
        transactionIDs.removeLast()
        for undo in top.reversed() {
            switch undo {
            case .box(let box, let old):
                box.value = old
            case .cell(let i, let v, let s, let f, let d):
                values[i] = v; states[i] = s; formulas[i] = f; defined[i] = d
            case .dependents(let i, let list):
                dependents[i] = list
            case .count(let n):
                while count > n {
                    count -= 1
                    (values + count).deinitialize(count: 1)
                    states[count] = 0
                    names.removeLast(); hidden.removeLast(); formulas.removeLast()
                    dependents.removeLast(); defined.removeLast()
                }
            }
        }
        dirtyList.removeAll { $0 >= count || states[$0] == State.clean.rawValue }
    }

    private func record(_ i: Int) {
        guard !journals.isEmpty else { return }
        changeCounts[changeCounts.count - 1] += 1
        guard journalled[journalled.count - 1].insert(i).inserted else { return }
        journals[journals.count - 1].append(.cell(i, values[i], states[i], formulas[i], defined[i]))
    }

    private func recordDependents(_ i: Int) {
        guard !journals.isEmpty else { return }
        changeCounts[changeCounts.count - 1] += 1
        journals[journals.count - 1].append(.dependents(i, dependents[i]))
    }

    /// Writes a captured variable. Its old value is journalled the first
    /// time in a transaction only: the journal stays small in a loop, and
    /// holds no second reference to a list being appended to in place.
    @inline(__always)
    func setBox(_ box: Box, _ value: Value) {
        if let id = transactionIDs.last, box.journalled != id {
            journals[journals.count - 1].append(.box(box, box.value))
            changeCounts[changeCounts.count - 1] += 1
            box.journalled = id
        }
        box.value = value
    }

    // MARK: Cells

    func add(name: String, hidden isHidden: Bool = false) -> Int? {
        guard count < CellTable.capacity else { return nil }
        if !journals.isEmpty {
            changeCounts[changeCounts.count - 1] += 1
            journals[journals.count - 1].append(.count(count))
        }
        (values + count).initialize(to: .nothing)
        states[count] = 0
        names.append(name); hidden.append(isHidden); formulas.append(nil); dependents.append([]); defined.append(false)
        count += 1
        return count - 1
    }

    /// Gives a cell a formula and the value it computed.
    func define(_ i: Int, formula: Formula?, value: Value) {
        record(i)
        if let old = formulas[i] { unlink(i, from: old.deps) }
        formulas[i] = formula
        if let formula { link(i, to: formula.deps) }
        values[i] = value
        states[i] = State.clean.rawValue
        defined[i] = true
        invalidateDependents(of: i)
    }

    /// Code assigned a cell: it becomes a plain value.
    func assign(_ i: Int, _ value: Value) {
        if formulas[i] == nil, states[i] == 0 {
            record(i)
            values[i] = value
            invalidateDependents(of: i)
            return
        }
        define(i, formula: nil, value: value)
    }

    /// Whether the cell holds a plain value (no formula, nothing to recompute).
    func isPlainValue(_ i: Int) -> Bool { formulas[i] == nil && states[i] == 0 }

    /// A plain cell's value, moved out (journalled first) so that the caller
    /// holds the only reference and can change it in place; the cell holds
    /// `.nothing` until `putBack`. For `xs = xs + ys` at the top level.
    func take(_ i: Int) -> Value {
        record(i)
        let v = (values + i).move()
        (values + i).initialize(to: .nothing)
        return v
    }

    /// Puts back a value taken with `take`: like `assign`, its dependents go dirty.
    func putBack(_ i: Int, _ value: Value) {
        values[i] = value
        invalidateDependents(of: i)
    }

    func wouldCycle(_ i: Int, through deps: [Int]) -> [Int]? {
        // Is i reachable from deps by following formulas' dependencies?
        // Only through a formula that reads i, so a cell nothing reads (a
        // new one) closes no cycle: without this shortcut each line of a
        // chain `c2 = c1 + 1`, `c3 = c2 + 1`, … walked the whole chain
        // before it (10,000 cells took 17 s).
        guard !dependents[i].isEmpty else { return nil }
        var path: [Int] = []
        var seen = Set<Int>()
        func visit(_ c: Int) -> Bool {
            if c == i { path.append(c); return true }
            guard seen.insert(c).inserted, let f = formulas[c] else { return false }
            for d in f.deps where visit(d) { path.append(c); return true }
            return false
        }
        for d in deps where visit(d) { return [i] + path.reversed() }
        return nil
    }

    private func link(_ i: Int, to deps: [Int]) {
        for d in deps where !dependents[d].contains(i) {
            recordDependents(d)
            dependents[d].append(i)
        }
    }

    private func unlink(_ i: Int, from deps: [Int]) {
        for d in deps {
            if let k = dependents[d].firstIndex(of: i) {
                recordDependents(d)
                dependents[d].remove(at: k)
            }
        }
    }

    private func invalidateDependents(of i: Int) {
        var stack = dependents[i]
        while let c = stack.popLast() {
            guard states[c] == State.clean.rawValue else { continue }
            record(c)
            states[c] = State.dirty.rawValue
            dirtyList.append(c)
            stack.append(contentsOf: dependents[c])
        }
    }

    /// Stores a recomputed value (journalled, so `given` can undo it).
    func store(_ i: Int, _ value: Value) {
        // Journal a recomputed cell as dirty, not as "computing": when a
        // `given` or what-if inside another cell's recompute rolls back, the
        // cell must be recomputed on its next read, not look like a cycle.
        if states[i] == State.computing.rawValue { states[i] = State.dirty.rawValue }
        record(i)
        values[i] = value
        states[i] = State.clean.rawValue
    }

    func setState(_ i: Int, _ s: State) { states[i] = s.rawValue }

    func index(of name: String) -> Int? {
        names.lastIndex(of: name)
    }
}

