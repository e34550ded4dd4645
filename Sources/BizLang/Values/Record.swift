/// Fields in the order they were written. The names live in a shape that
/// every record of one literal (and every copy `with` makes of it) shares
/// (RecordShape.swift); the values live inline in one object with it
/// (RecordStorage), so making a record is one allocation, copying it one
/// retain, and dropping the last copy one release and one free — with no
/// array between, whose generic destroy cost more than the record's work.
///
/// A record is a value: the storage is never written once another copy
/// can see it (`setValue` copies a shared one first).
public struct Record: @unchecked Sendable {
    private var storage: RecordStorage

    // Through the header's pointer: `storage.header`, a class's stored
    // property, is checked for exclusive access at run time on every read.
    public var shape: Shape { storage.withUnsafeMutablePointerToHeader { $0.pointee.shape } }
    public var names: [String] { shape.names }
    /// How many fields (as many as `names`).
    public var count: Int { storage.withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// The values in the order of `names`: a new array, for code that walks
    /// a record (printing, exports, equality); reads by index take `value(at:)`.
    public var values: [Value] {
        storage.withUnsafeMutablePointerToElements { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }

    public init(_ pairs: [(String, Value)] = []) {
        self.init(shape: pairs.isEmpty ? Shape.empty : Shape(pairs.map(\.0)), values: pairs.map(\.1))
    }

    /// `values` in the order of `shape.names`.
    init(shape: Shape, values: [Value]) {
        self.init(shape: shape, count: values.count) { p in
            values.withUnsafeBufferPointer { b in
                if let base = b.baseAddress { p.initialize(from: base, count: b.count) }
            }
        }
    }

    /// A record of `shape` whose `count` values `initialize` writes, each
    /// once, straight into the storage (a record literal, a `with` copy).
    /// `initialize` must initialize exactly `count` values.
    @inline(__always)
    init(shape: Shape, count: Int, initializing initialize: (UnsafeMutablePointer<Value>) -> Void) {
        let made = RecordStorage.create(minimumCapacity: count) { _ in RecordHeader(shape: shape, count: count) }
        storage = unsafeDowncast(made, to: RecordStorage.self)
        storage.withUnsafeMutablePointerToElements { initialize($0) }
    }

    /// A record of one to four values (record literals: one
    /// body per size, not a loop over an array).
    @inline(__always)
    init(shape: Shape, _ v0: Value) {
        self.init(shape: shape, count: 1) { p in p.initialize(to: v0) }
    }

    @inline(__always)
    init(shape: Shape, _ v0: Value, _ v1: Value) {
        self.init(shape: shape, count: 2) { p in p.initialize(to: v0); (p + 1).initialize(to: v1) }
    }

    @inline(__always)
    init(shape: Shape, _ v0: Value, _ v1: Value, _ v2: Value) {
        self.init(shape: shape, count: 3) { p in p.initialize(to: v0); (p + 1).initialize(to: v1); (p + 2).initialize(to: v2) }
    }

    @inline(__always)
    init(shape: Shape, _ v0: Value, _ v1: Value, _ v2: Value, _ v3: Value) {
        self.init(shape: shape, count: 4) { p in
            p.initialize(to: v0); (p + 1).initialize(to: v1); (p + 2).initialize(to: v2); (p + 3).initialize(to: v3)
        }
    }

    /// The value of field `i` (an index into `names`).
    @inline(__always)
    public func value(at i: Int) -> Value {
        precondition(i >= 0 && i < count, "field index out of range")
        return storage.withUnsafeMutablePointerToElements { $0[i] }
    }

    /// Sets field `i`, copying the storage first if another record shares it.
    mutating func setValue(_ v: Value, at i: Int) {
        precondition(i >= 0 && i < count, "field index out of range")
        if !isKnownUniquelyReferenced(&storage) { self = Record(shape: shape, values: values) }
        storage.withUnsafeMutablePointerToElements { $0[i] = v }
    }

    public subscript(name: String) -> Value? {
        get { shape.index(of: name).map { value(at: $0) } }
        set {
            if let i = shape.index(of: name) {
                if let newValue {
                    setValue(newValue, at: i)
                } else {
                    var vs = values
                    vs.remove(at: i)
                    self = Record(shape: shape.removing(at: i), values: vs)
                }
            } else if let newValue {
                self = Record(shape: shape.adding(name), values: values + [newValue])
            }
        }
    }
}

struct RecordHeader {
    let shape: Shape
    let count: Int
}

/// A record's shape and its values, inline after it.
final class RecordStorage: ManagedBuffer<RecordHeader, Value> {
    deinit {
        // One by one, numbers skipped by their tag (as a frame is popped,
        // Machine.pop): `deinitialize(count:)` goes through the runtime's
        // generic array destroy.
        withUnsafeMutablePointers { header, values in
            for i in 0..<header.pointee.count where !holdsNoReference(values + i) { (values + i).deinitialize(count: 1) }
        }
    }
}
