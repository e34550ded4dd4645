import BizCore
import BizFormat

/// `explain(run, month: m)`: the month's eight steps in sentences with numbers.
extension Interpreter {
    func explain(_ p: RunPayload, month: Int, span: SourceSpan) throws(BizError) -> String {
        guard let run = p.runs.first else { return "" }
        let f: MonthFlows
        do { f = try flows(run, month: month) } catch { throw coreError(error, span) }
        let d = Display(locale: settings.locale)
        func n(_ x: Double) -> String { formatNumber((x * 10).rounded() / 10, locale: settings.locale) }
        func m(_ x: Double) -> String { d.scalar((x * 100).rounded() / 100, .money(p.currency)) }
        let t = f.total
        var lines: [String] = []
        lines.append("Month \(month) of \(p.company.name)" + (f.strategy.map { " (strategy \($0))" } ?? " (no strategy)") + (p.isUncertain ? ", first Monte Carlo sample" : "") + ":")
        lines.append("1. Market: \(t.newcomers > 0 ? "\(n(t.newcomers)) newcomers joined the market" : "the market did not grow"); it now has \(n(t.size)) people.")
        var offers = "2. Offers: our price \(m(f.price)) at value \(formatNumber((f.value * 1000).rounded() / 1000, locale: settings.locale))"
        if let rp = f.rivalPrice, let rv = f.rivalValue {
            offers += "; rivals \(m(rp)) at value \(formatNumber((rv * 1000).rounded() / 1000, locale: settings.locale))"
        }
        lines.append(offers + ".")
        let dealExits = t.dealExitToRivals + t.dealExitToUnclaimed
        if t.shockToRivals + t.shockToUnclaimed + t.pushedNowFit + dealExits > 0 {
            var shocks = "3. Shocks: \(n(t.shockToRivals + t.shockToUnclaimed)) customers could no longer afford us (\(n(t.shockToRivals)) went to rivals, \(n(t.shockToUnclaimed)) left the market); "
            if dealExits > 0 {
                shocks += "\(n(dealExits)) pushed customers could no longer pay the deal of \(m(f.price * (1 - f.pushedDiscount))) (\(n(t.dealExitToRivals)) went to rivals, \(n(t.dealExitToUnclaimed)) left the market); "
            }
            lines.append(shocks + "\(n(t.pushedNowFit)) pushed customers now fit us.")
        } else {
            lines.append("3. Shocks: nobody was priced out this month.")
        }
        lines.append("4. Drift: \(n(t.drift)) customers who now prefer rivals moved to them.")
        lines.append("5. Churn: \(n(t.churnFit)) fit and \(n(t.churnPushed)) pushed customers left us; rivals lost \(n(t.churnRivals)).")
        lines.append("6. Reach and referrals: \(n(t.newReach)) found us by reach and \(n(t.newReferrals)) by referrals (\(n(t.reachFromRivals + t.referralsFromRivals)) of them from rivals); rivals won \(n(t.rivalsTake)) unclaimed customers.")
        if t.leads > 0 {
            lines.append("7. Sales: \(n(t.leads)) leads; \(n(t.leadsWasted)) reached our own customers and were wasted; \(n(t.salesFit)) bought because we fit them and \(n(t.salesPushed)) were pushed into buying (\(n(t.salesFromRivals)) taken from rivals). Sales cost \(m(f.salesCost)).")
        } else {
            lines.append("7. Sales: no active sales.")
        }
        lines.append("8. Money: revenue \(m(f.revenue)) (fit \(m(t.revenueFit)), pushed \(m(t.revenuePushed))); costs \(m(f.costs)) (fixed \(m(f.fixedCosts)), per customer \(m(f.unitCosts)), sales \(m(f.salesCost)), invest \(m(f.invest))); profit \(m(f.profit)); cash \(m(f.cashBefore)) → \(m(f.cash)).")
        lines.append("End of month: \(n(t.after.customers)) customers (\(n(t.after.fit)) fit, \(n(t.after.pushed)) pushed), rivals \(n(t.after.rivals)), unclaimed \(n(t.after.unclaimed)).")
        if f.segments.count > 1 {
            for s in f.segments {
                lines.append("  \(s.name): \(n(s.after.customers)) customers (new \(n(s.new)), churned \(n(s.churned)), lost to rivals \(n(s.lostToRivals))), revenue \(m(s.revenue)).")
            }
        }
        return lines.joined(separator: "\n")
    }
}
