/// The UTF-8 bytes of a string being built (an interpolated string), made
/// into a `String` once at the end. Appending to a `String` piece by piece
/// cost about 330 instructions a piece (its flags, its growth, a string
/// for every number); here a piece is a copy of its bytes, and whole
/// numbers and cents are written as bytes (WholeAmount) with no string at
/// all. A class, so that a literal can keep its buffer from one use to
/// the next (`reset`) and append to it without copy-on-write checks.
public final class TextBytes {
    /// Behind a pointer: a class's stored `var`s are checked for exclusive
    /// access on every use, which cost more than the copies themselves.
    private struct State {
        var start: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
    }
    private let state: UnsafeMutablePointer<State>

    public init(capacity: Int = 64) {
        let c = Swift.max(capacity, 16)
        state = .allocate(capacity: 1)
        state.initialize(to: State(start: .allocate(capacity: c), capacity: c))
    }

    deinit {
        state.pointee.start.deallocate()
        state.deallocate()
    }

    public var count: Int { state.pointee.count }

    /// Empties the text, keeping its memory for the next one.
    public func reset() { state.pointee.count = 0 }

    /// The memory held, in bytes.
    public var reserved: Int { state.pointee.capacity }

    @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        let n = bytes.count, count = state.pointee.count
        if count + n > state.pointee.capacity { grow(to: count + n) }
        (state.pointee.start + count).update(from: from, count: n)
        state.pointee.count = count + n
    }

    public func append(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { append($0) }
        if done == nil {
            var copy = s
            copy.withUTF8 { append($0) }
        }
    }

    @inline(never)
    private func grow(to needed: Int) {
        var c = state.pointee.capacity
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: state.pointee.start, count: state.pointee.count)
        state.pointee.start.deallocate()
        state.pointee.start = bigger
        state.pointee.capacity = c
    }

    /// Appends `formatNumber(x, locale:)` when `x` takes its shortcut for
    /// whole numbers; false (nothing appended) for any other number.
    public func appendWholeNumber(_ x: Double, locale: OutputLocale) -> Bool {
        guard let whole = wholeNumber(x) else { return false }
        return append(whole, locale: locale, suffix: "")
    }

    /// Appends `formatMoney(x, currency:, locale:)` when `x` is a whole
    /// number of cents it prints without the decimal expansion; false
    /// (nothing appended) for any other amount.
    public func appendWholeCents(_ x: Double, currency: String, locale: OutputLocale) -> Bool {
        guard let whole = wholeCentsAmount(x) else { return false }
        return append(whole, locale: locale, suffix: currencyLabel(currency, locale: locale))
    }

    private func append(_ whole: WholeAmount, locale: OutputLocale, suffix: String) -> Bool {
        whole.withBytes(locale: locale, grouping: true, suffix: suffix) { append($0) } != nil
    }

    public var string: String { String(decoding: UnsafeBufferPointer(start: state.pointee.start, count: state.pointee.count), as: UTF8.self) }
}
