import BizCore

/// The memory budget (BizCore's `MemoryBudget`, `--max-memory`): what was
/// too big, how much more it needed, and the budget — located at the
/// expression that asked (issue 16, item 3); and the size limits that keep
/// values sharing structure from hanging an export (item 4).
public enum MemoryText: String, CaseIterable, MessageKind {
    case exceeded = "limit.memory"
    case hint = "limit.memory.hint"
    case samples = "limit.memory.samples"
    case series = "limit.memory.series"
    case engineState = "limit.memory.engine-state"
    case list = "limit.memory.list"
    case string = "limit.memory.string"
    case kilobytes = "limit.memory.kb"
    case megabytes = "limit.memory.mb"
    case gigabytes = "limit.memory.gb"
    case badSize = "limit.memory.bad-size"
    case exportTooLarge = "limit.export-too-large"

    public var texts: (en: String, ru: String) {
        switch self {
        case .exceeded:
            return ("not enough memory for {1}: {2} more would go over the memory budget of {3}",
                    "не хватит памяти на {1}: нужно ещё {2}, а бюджет памяти — {3}")
        case .hint:
            return ("use fewer samples, months or items, or raise the budget with --max-memory SIZE (such as --max-memory 4G)",
                    "уменьшите число выборок, месяцев или элементов либо поднимите бюджет: --max-memory РАЗМЕР (например, --max-memory 4G)")
        case .samples: return ("the Monte Carlo runs", "прогоны Монте-Карло")
        case .series: return ("the simulation's series", "ряды симуляции")
        case .engineState: return ("the simulation's state", "состояние симуляции")
        case .list: return ("this list", "этот список")
        case .string: return ("this string", "эту строку")
        case .kilobytes: return ("{1} KB", "{1} КБ")
        case .megabytes: return ("{1} MB", "{1} МБ")
        case .gigabytes: return ("{1} GB", "{1} ГБ")
        case .exportTooLarge:
            return ("this value is too large to export as JSON (over {1})", "это значение слишком велико для экспорта в JSON (больше {1})")
        case .badSize:
            return ("--max-memory needs a size such as 512M or 2G (K, M, G or T; at least 16M)",
                    "для --max-memory нужен размер вроде 512M или 2G (K, M, G или T; не меньше 16M)")
        }
    }

    /// `what` in words.
    static func name(_ what: MemoryBudget.What) -> MemoryText {
        switch what {
        case .samples: return .samples
        case .series: return .series
        case .engineState: return .engineState
        case .list: return .list
        case .string: return .string
        }
    }

    /// A byte count as `1.5 GB`, `820 MB` or `64 KB` (binary units, the ones `--max-memory` reads).
    static func size(_ bytes: Int) -> Message {
        let b = Double(bytes)
        func rounded(_ x: Double) -> Double { x >= 10 ? x.rounded() : (x * 10).rounded() / 10 }
        if b >= 1024 * 1024 * 1024 { return Message(MemoryText.gigabytes, rounded(b / (1024 * 1024 * 1024))) }
        if b >= 1024 * 1024 { return Message(MemoryText.megabytes, rounded(b / (1024 * 1024))) }
        return Message(MemoryText.kilobytes, rounded(max(b, 0) / 1024))
    }

    /// `--max-memory`'s SIZE: a whole number with an optional K, M, G or T
    /// (powers of 1024; a plain number is bytes). Nil when it is not a size
    /// or is below 16 MB (less would not start an interpreter).
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text)
        var scale = 1
        if let last = digits.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][last.uppercased()] {
            scale = 1 << (10 * power)
            digits = digits.dropLast()
            if digits.last == "i" || digits.last == "I" { return nil }
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: scale)
        guard !overflow, bytes >= 16 << 20 else { return nil }
        return bytes
    }
}

extension Interpreter {
    /// Checks `bytes` more against the memory budget before an allocation;
    /// over it, a located error naming what was too big and the budget.
    @inline(__always)
    func reserve(bytes: Int, _ what: MemoryBudget.What, _ span: SourceSpan) throws(BizError) {
        do { try MemoryBudget.reserve(bytes: bytes, what: what) } catch { throw memoryError(error, span) }
    }

    /// `reserve(bytes: count × stride)`, safe against overflow.
    @inline(__always)
    func reserve(count: Int, stride: Int, _ what: MemoryBudget.What, _ span: SourceSpan) throws(BizError) {
        do { try MemoryBudget.reserve(count: count, stride: stride, what: what) } catch { throw memoryError(error, span) }
    }

    func memoryError(_ e: MemoryBudget.Exceeded, _ span: SourceSpan) -> BizError {
        BizError.at(span, Message(MemoryText.exceeded, Message(MemoryText.name(e.what)), MemoryText.size(e.bytes), MemoryText.size(e.limit)),
                    hint: Message(MemoryText.hint))
    }
}

extension Interpreter {
    /// The longest string a program may build (UTF-8 bytes).
    static let maxStringBytes = 100_000_000

    /// Before a list grows to `count` items from `old` (appending doubles
    /// the buffer, so the new one holds at least twice the old).
    func reserveList(growingTo count: Int, from old: Int, _ span: SourceSpan) throws(BizError) {
        try reserve(count: max(count, 2 * old), stride: MemoryLayout<Value>.stride, .list, span)
    }

    /// Before a string of `bytes` UTF-8 bytes is built: the length limit,
    /// then the budget.
    func reserveString(_ bytes: Int, _ span: SourceSpan) throws(BizError) {
        guard bytes <= Interpreter.maxStringBytes else { throw BizError.at(span, Message(RuntimeText.stringTooLong)) }
        try reserve(bytes: bytes, .string, span)
    }

    /// Before a string of `old` bytes grows in place to `bytes`: the length
    /// limit every time, the budget (which reads /proc) only when the size
    /// passes a power of two — where the growing buffer is reallocated,
    /// twice as large — so that appending line by line stays linear.
    @inline(__always)
    func reserveStringGrowth(to bytes: Int, from old: Int, _ span: SourceSpan) throws(BizError) {
        guard bytes <= Interpreter.maxStringBytes else { throw BizError.at(span, Message(RuntimeText.stringTooLong)) }
        if old.leadingZeroBitCount != bytes.leadingZeroBitCount { try reserve(bytes: max(bytes, 2 * old), .string, span) }
    }
}

extension Interpreter {
    /// Whether `x + y` is a list or string concatenation that fits the
    /// limits and the budget (which it checks, throwing when it does not).
    func canAppendInPlace(_ x: Value, _ y: Value, _ span: SourceSpan) throws(BizError) -> Bool {
        switch (x, y) {
        case (.list(let xs), .list(let ys)):
            guard xs.count + ys.count <= Interpreter.maxListCount else { throw BizError.at(span, Message(RuntimeText.listTooLarge)) }
            if xs.count + ys.count > xs.capacity { try reserveList(growingTo: xs.count + ys.count, from: xs.count, span) }
            return true
        case (.str(let a), .str(let b)):
            try reserveString(a.utf8.count + b.utf8.count, span)
            return true
        default:
            return false
        }
    }
}
