/// A month whose numbers left the range of a Double (issue 16 item 5):
/// `growth: 100%/month` over 1200 months makes the market 2^1200 firms, a
/// price of 1e300 makes revenue ∞. Past that point the engine's shares turn
/// into NaN and a segment is silently zeroed, breaking conservation; so the
/// run stops at the first such month with `CoreError.Problem.overflowed`.
extension Counts {
    var isFinite: Bool { unclaimed.isFinite && fit.isFinite && pushed.isFinite && rivals.isFinite }
}

/// Throws when a segment's size or counts, or the month's money, is not finite.
func checkFinite(_ month: MonthFlows, segments: [SegmentFlows], company: CompanySpec) throws {
    // By index: a `for f in segments` copies every SegmentFlows.
    for i in segments.indices where !(segments[i].size.isFinite && segments[i].after.isFinite) {
        let f = segments[i]
        throw CoreError(field: "segment \(f.name)", problem: .overflowed(what: f.size.isFinite ? "customers" : "size", month: month.month))
    }
    // Checked before naming them: this runs every month of every sample.
    if month.revenue.isFinite && month.costs.isFinite && month.cash.isFinite { return }
    let money: [(String, Double)] = [("revenue", month.revenue), ("costs", month.costs), ("cash", month.cash)]
    if let (what, _) = money.first(where: { !$0.1.isFinite }) {
        throw CoreError(field: "company \(company.name)", problem: .overflowed(what: what, month: month.month))
    }
}
