/// Compile-time view of one function's (or top-level statement's) locals.
/// Names resolve to frame slots once, at compile time; a name found in an
/// enclosing function becomes a capture: a slot of this frame that receives
/// the enclosing variable's box when the lambda is called.
final class FunctionScope {
    let parent: FunctionScope?
    var blocks: [[String: Int]] = [[:]]
    var frameSize = 0
    /// (slot in the parent's frame, slot in this frame)
    var captures: [(outer: Int, inner: Int)] = []
    var capturedByName: [String: Int] = [:]

    init(parent: FunctionScope?) { self.parent = parent }

    func newSlot() -> Int {
        frameSize += 1
        return frameSize - 1
    }

    func declare(_ name: String) -> Int {
        let s = newSlot()
        blocks[blocks.count - 1][name] = s
        return s
    }

    /// The slot of a local or captured variable, capturing it if it lives
    /// in an enclosing function.
    func lookup(_ name: String) -> Int? {
        for block in blocks.reversed() { if let s = block[name] { return s } }
        if let s = capturedByName[name] { return s }
        guard let parent, let outer = parent.lookup(name) else { return nil }
        let inner = newSlot()
        captures.append((outer, inner))
        capturedByName[name] = inner
        return inner
    }

    var visibleNames: [String] {
        blocks.flatMap(\.keys) + capturedByName.keys + (parent?.visibleNames ?? [])
    }
}

/// A compiled function: parameters first in the frame, then locals, then
/// the slots that receive captured boxes.
final class CompiledFunction: @unchecked Sendable {
    struct Param {
        let name: String
        let defaultValue: Code?
    }
    let name: String
    let params: [Param]
    // Constants, so that calls load them without retaining.
    let frameSize: Int
    let body: Code
    let captureSlots: [Int]
    /// The number of parameters when a positional call with exactly that
    /// many arguments needs nothing else (no captures); -1 otherwise.
    let simpleArity: Int
    let span: SourceSpan
    /// The body over unboxed numbers, if it has one (NumericFunction.swift).
    let numeric: NumericFunction?

    init(name: String, params: [Param], frameSize: Int, body: @escaping Code, captureSlots: [Int], span: SourceSpan,
         numeric: NumericFunction? = nil) {
        self.name = name
        self.params = params
        self.frameSize = frameSize
        self.body = body
        self.captureSlots = captureSlots
        // Standard-library functions take the general path, which reports
        // their errors at the caller's arguments (Calls.swift, atCaller).
        let fromStdlib = span.file?.name.hasPrefix("stdlib/") == true
        self.simpleArity = captureSlots.isEmpty && !fromStdlib ? params.count : -1
        self.span = span
        self.numeric = numeric
    }
}

/// Edit distance, for did-you-mean hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}

/// The closest name within a small edit distance, for "did you mean …?".
func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    var best: (name: String, distance: Int)?
    let length = name.count
    let limit = max(1, min(3, (length - 1) / 3 + 1))
    for c in candidates where c != name {
        // The distance is at least the difference in length: no quadratic
        // comparison for a 5,000-letter name.
        guard abs(c.count - length) <= limit else { continue }
        let d = editDistance(name, c)
        guard d <= limit else { continue }
        if let b = best, d > b.distance || (d == b.distance && c >= b.name) { continue }
        best = (c, d)
    }
    return best?.name
}
