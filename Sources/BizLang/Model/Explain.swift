import BizCore
import BizFormat

/// `explain(run, month: m)`: the month's eight steps in sentences with numbers.
extension Interpreter {
    func explain(_ p: RunPayload, month: Int, span: SourceSpan) throws(BizError) -> String {
        let run = p.first
        let f: MonthFlows
        do { f = try flows(run, month: month) } catch { throw coreError(error, span) }
        let d = Display(locale: settings.locale)
        func n(_ x: Double) -> String { formatNumber((x * 10).rounded() / 10, locale: settings.locale) }
        func m(_ x: Double) -> String { d.scalar((x * 100).rounded() / 100, .money(p.currency)) }
        let t = f.total
        func say(_ k: ExplainText, _ args: any MessageArgumentConvertible...) -> String {
            Message(k, arguments: args.map(\.messageArgument)).render(settings.locale)
        }
        var lines: [String] = []
        let strategy = f.strategy.map { Message(ExplainText.strategy, $0) } ?? Message(ExplainText.noStrategy)
        lines.append(say(.header, String(month), p.company.name, strategy, p.isUncertain ? Message(ExplainText.firstSample) : .verbatim("")))
        lines.append(say(.market, t.newcomers > 0 ? Message(ExplainText.newcomers, n(t.newcomers)) : Message(ExplainText.noGrowth), n(t.size)))
        func value(_ v: Double) -> String { formatNumber((v * 1000).rounded() / 1000, locale: settings.locale) }
        var offers = say(.offers, m(f.price), value(f.value))
        if let rp = f.rivalPrice, let rv = f.rivalValue { offers += say(.rivalOffer, m(rp), value(rv)) }
        lines.append(offers + ".")
        let dealExits = t.dealExitToRivals + t.dealExitToUnclaimed
        if t.shockToRivals + t.shockToUnclaimed + t.pushedNowFit + dealExits > 0 {
            var shocks = say(.shocks, n(t.shockToRivals + t.shockToUnclaimed), n(t.shockToRivals), n(t.shockToUnclaimed))
            if dealExits > 0 {
                shocks += say(.dealExits, n(dealExits), m(f.price * (1 - f.pushedDiscount)), n(t.dealExitToRivals), n(t.dealExitToUnclaimed))
            }
            lines.append(shocks + say(.nowFit, n(t.pushedNowFit)))
        } else {
            lines.append(say(.noShocks))
        }
        lines.append(say(.drift, n(t.drift)))
        lines.append(say(.churn, n(t.churnFit), n(t.churnPushed), n(t.churnRivals)))
        lines.append(say(.reach, n(t.newReach), n(t.newReferrals), n(t.reachFromRivals + t.referralsFromRivals), n(t.rivalsTake)))
        if t.leads > 0 {
            lines.append(say(.sales, n(t.leads), n(t.leadsWasted), n(t.salesFit), n(t.salesPushed), n(t.salesFromRivals), m(f.salesCost)))
        } else {
            lines.append(say(.noSales))
        }
        lines.append(say(.money, m(f.revenue), m(t.revenueFit), m(t.revenuePushed), m(f.costs), m(f.fixedCosts), m(f.unitCosts),
                         m(f.salesCost), m(f.invest), m(f.profit), m(f.cashBefore), m(f.cash)))
        lines.append(say(.endOfMonth, n(t.after.customers), n(t.after.fit), n(t.after.pushed), n(t.after.rivals), n(t.after.unclaimed)))
        if f.segments.count > 1 {
            for s in f.segments {
                lines.append(say(.segment, s.name, n(s.after.customers), n(s.new), n(s.churned), n(s.lostToRivals), m(s.revenue)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
