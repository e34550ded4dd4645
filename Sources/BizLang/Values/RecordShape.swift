/// The field names of a record, in order. Immutable, and shared: a record
/// literal's shape is made once when it is compiled (one per set of names
/// in a session, Interpreter.shape(of:)), so that a field read can compare
/// shapes by identity and remember the field's index (FieldCache).
public final class Shape: Sendable {
    public let names: [String]
    /// Name to index for wide records; small ones are searched in order,
    /// which is faster below a dozen names.
    private let indexes: [String: Int]?

    init(_ names: [String]) {
        self.names = names
        indexes = names.count > 12 ? Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) : nil
    }

    static let empty = Shape([])

    func index(of name: String) -> Int? {
        if let indexes { return indexes[name] }
        return names.firstIndex(of: name)
    }

    func adding(_ name: String) -> Shape { Shape(names + [name]) }

    func removing(at i: Int) -> Shape {
        var n = names
        n.remove(at: i)
        return Shape(n)
    }
}

/// The index of one field at one read site (`r.qty`), for the last shape
/// seen there: a read of a record of that shape is one comparison.
final class FieldCache {
    let name: String
    private var shape: Shape?
    private var index = 0

    init(_ name: String) { self.name = name }

    /// The field of `v` if it is a record that has it. Borrowed: a read
    /// copies the field only, not the record (which `if case .record(let
    /// r) = f[slot]` does — two retains and two releases a read).
    @inline(__always)
    func read(_ v: borrowing Value) -> Value? {
        switch v {
        case .record(let r):
            if r.shape === shape { return r.value(at: index) }
            return find(r)
        default:
            return nil
        }
    }

    @inline(never)
    private func find(_ r: Record) -> Value? {
        guard let i = r.shape.index(of: name) else { return nil }
        shape = r.shape
        index = i
        return r.value(at: i)
    }
}

/// Where each field of one `with` site (`base with {name: …, qty: …}`)
/// goes in the copy, for the last shape of base seen there: the copy
/// shares the shape (or the one with the new fields added, in order) and
/// its values are written by index.
final class WithPlan {
    let names: [String]
    private var from: Shape?
    private(set) var to = Shape.empty
    /// The index in the copy of each name of `names`.
    private(set) var slots: [Int] = []

    init(_ names: [String]) { self.names = names }

    /// Prepares the plan for records of `shape`.
    @inline(__always)
    func prepare(for shape: Shape, _ rt: Interpreter) {
        guard shape !== from else { return }
        var out = shape.names
        slots = names.map { n in
            if let i = shape.index(of: n) { return i }
            out.append(n)
            return out.count - 1
        }
        to = out.count == shape.names.count ? shape : rt.shape(of: out)
        from = shape
    }

    /// The copy of `old` (a record of the prepared shape) with the first
    /// field set to `v0` and the second, if the plan has two, to `v1`: made
    /// once, each value written once. The new fields fill the slots past
    /// `old`'s, in order (prepare).
    @inline(__always)
    func copy(_ old: Record, _ v0: Value, _ v1: Value?) -> Record {
        let s0 = slots[0], s1 = slots.count > 1 ? slots[1] : -1
        return Record(shape: to, count: to.names.count) { p in
            for i in 0..<to.names.count {
                if i == s0 { (p + i).initialize(to: v0) } else if i == s1, let v1 { (p + i).initialize(to: v1) } else { (p + i).initialize(to: old.value(at: i)) }
            }
        }
    }
}

extension Interpreter {
    /// The session's one shape for these names. The table stops growing at
    /// a limit (a program that makes records with ever new names): past it,
    /// records still work, their reads just find fields by name.
    func shape(of names: [String]) -> Shape {
        if let s = shapes[names] { return s }
        let s = Shape(names)
        if shapes.count < 10_000 { shapes[names] = s }
        return s
    }
}
