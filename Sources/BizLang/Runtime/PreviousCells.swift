/// The hidden cells that hold a cell's frozen previous value: `n = n + 1`
/// reads the value `n` had, kept in a hidden cell `n'` (LANGUAGE.md §5).
/// Each name has two, used in turn (issue 16 item 6): when `n` is redefined
/// from itself again, the new definition freezes into the one the current
/// formula does not read, and the other is no longer read by anything. So
/// `n = n + 1` entered forever needs two cells, not one more each time,
/// and the table of 65,536 cells never fills.
///
/// A hidden cell read inside a lambda on the right side (`n = [fn() n]`)
/// can outlive the formula in the closure's value: it is pinned, left out
/// of the pair, and never reused.
struct PreviousCells {
    var cells: [Int] = []
    /// The one the name's newest compiled definition reads, if any.
    var inUse: Int?
}

extension Interpreter {
    /// The hidden cell a self-referencing definition of `name` freezes the
    /// old value into; nil when the cell table is full.
    func previousCell(for name: String) -> Int? {
        var pair = previousCells[name] ?? PreviousCells()
        let cell: Int
        if let free = pair.cells.first(where: { $0 != pair.inUse }) {
            cell = free
        } else {
            guard let added = cells.add(name: name + "'", hidden: true) else { return nil }
            pair.cells.append(added)
            cell = added
        }
        pair.inUse = cell
        previousCells[name] = pair
        return cell
    }

    /// A definition of `name` that reads no previous value.
    func readsNoPreviousCell(_ name: String) {
        previousCells[name]?.inUse = nil
    }

    /// The previous cell is read by a closure: never reuse it.
    func pinPreviousCell(_ cell: Int, of name: String) {
        previousCells[name]?.cells.removeAll { $0 == cell }
    }
}
