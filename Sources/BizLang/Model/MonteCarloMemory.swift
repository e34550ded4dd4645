import BizCore

/// How much memory a Monte Carlo run will take, checked before the batch
/// allocates it (issue 12 item 1), so that too many samples is a located
/// error that names a sample count that fits, not an out-of-memory kill.
enum MonteCarloMemory {
    /// Bytes one sample keeps: the total series by month (SampleColumns) and
    /// its inputs (CompanySpec with its segments). A segment read later
    /// adds its own columns (18 series instead of 21), not counted here.
    static func bytesPerSample(months: Int, segments: Int) -> Int {
        let totals = SampleColumns.bytesPerSample(months: months, series: SeriesSet.names.count)
        let spec = MemoryLayout<CompanySpec>.stride + 32 + segments * (MemoryLayout<SegmentSpec>.stride + 32)
        return totals + spec
    }
}

extension Interpreter {
    /// Checks a Monte Carlo of `samples` samples against the memory budget
    /// (BizCore's `MemoryBudget`, `--max-memory`) before the batch allocates
    /// it; over it, a located error naming the sample count, and a hint with
    /// a smaller count that fits what is left of the budget.
    func checkMonteCarloMemory(samples: Int, months: Int, segments: Int, span: SourceSpan) throws(BizError) {
        let perSample = MonteCarloMemory.bytesPerSample(months: months, segments: segments)
        do { try MemoryBudget.reserve(count: samples, stride: perSample, what: .samples) } catch {
            let room = error.limit - (MemoryBudget.residentBytes ?? 0)
            let fits = MonteCarloMemory.roundedDown(max(0, room) / max(perSample, 1))
            throw BizError.at(span, Message(MemoryText.exceeded, Message(ModelText.monteCarloOf, samples, months),
                                            MemoryText.size(error.bytes), MemoryText.size(error.limit)),
                              hint: fits >= 1 ? Message(ModelText.monteCarloFewerSamples, String(fits)) : Message(MemoryText.hint))
        }
    }
}

extension MonteCarloMemory {
    /// `n` rounded down to two significant digits (123,456 → 120,000), so
    /// the suggested count is one a person would type.
    static func roundedDown(_ n: Int) -> Int {
        guard n >= 100 else { return n }
        var scale = 1
        while n / scale >= 100 { scale *= 10 }
        return n / scale * scale
    }
}
