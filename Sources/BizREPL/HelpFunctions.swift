// `:help finance` and `:help NAME` for every function of the standard
// library (stdlib/prelude.biz, stdlib/finance.biz and the finance builtins):
// what it computes, its units, and examples that HelpExamplesTests runs.
// English only for now; the texts stay in HelpTopic so that the message
// catalog can take them over.

private func ex(_ code: String, _ result: String? = nil) -> HelpTopic.Example {
    HelpTopic.Example(code: code, result: result)
}

private let useFinance = [ex("use finance")]

/// A function of the finance library: its examples need `use finance`.
private func finance(_ name: String, _ summary: String, _ text: String, _ examples: [HelpTopic.Example]) -> HelpTopic {
    HelpTopic(name: name, summary: summary, text: text, examples: examples, setup: useFinance)
}

private func prelude(_ name: String, _ summary: String, _ text: String, _ examples: [HelpTopic.Example]) -> HelpTopic {
    HelpTopic(name: name, summary: summary, text: text, examples: examples)
}

extension HelpTopics {
    /// The conventions every finance function shares, said once.
    static let conventions = """
        Excel's argument order and sign convention (money paid out is negative),
        so a spreadsheet formula carries over unchanged; the one difference is
        npv, whose first flow is at t = 0 (numpy-financial), where Excel's NPV
        discounts the first value too: Excel's NPV(r, v1…vn) is npv(r, [0, v1, …, vn]).
        A rate is a plain percent per period (0.5%, or 0.005) or a Biz rate
        (6%/year, 0.5%/month); a count of periods is a number or a duration. A
        duration counts months, so the rate converts to a month by Biz's rule:
        6%/year is effective, (1.06)^(1/12) − 1 a month. A lender's nominal 6% is
        6%/12 a month: pmt(6%/12, 360, …), pmt(0.5%/month, 30 years, …) or
        pmt(apr(6%), 30 years, …). A plain percent with a duration is an error
        (which period?). Money keeps its currency; type is 0 (payments at the end
        of each period, the default) or 1 (at the start).
        """

    static let financeTopic = HelpTopic(name: "finance", summary: "use finance: loans, investments, customer value", text: """
        use finance makes these functions visible (:help NAME for each):
          pmt(rate, nper, pv, fv, type)          payment per period of a loan
          ipmt / ppmt(rate, per, nper, pv, …)    interest / principal in payment per
          fv(rate, nper, pmt, pv, type)          future value
          pv(rate, nper, pmt, fv, type)          present value
          nper(rate, pmt, pv, fv, type)          number of periods (months for a monthly rate)
          rate(nper, pmt, pv, fv, type, guess)   interest rate per period
          npv(rate, values)                      net present value, first flow at t = 0
          irr(values) · mirr(values, finance_rate, reinvest_rate)   internal rates of return
          payback(values, fractional)            first period the running total reaches 0
          effect(nominal_rate, npery) · nominal(effect_rate, npery)   annual rate conversions
          apr(nominal)                           a nominal annual rate as a rate per month
          clv(margin, retention, discount)       customer lifetime value (Gupta–Lehmann)
          ltv(margin, churn, discount)           lifetime value from now, optionally discounted
        Always visible (the prelude): runway, cagr, breakeven_units, margin,
        markup_price, grow.
        Values may be a list (one flow per period of the rate) or a run's series
        (one flow per month: irr(run.profit) is a rate per month).
        An uncertain rate or amount (uniform(1%, 2%)) gives a distribution.
        """ + "\n" + conventions, examples: [
            ex("use finance"),
            ex("pmt(0.5%, 360, 200k RUB)", "-1,199.10 RUB"),
            ex("pmt(6%/year, 30 years, 200k RUB)", "-1,178.74 RUB"),
            ex("irr([-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "8.9%"),
            ex("clv(100 RUB, 80%, 10%)", "266.67 RUB"),
            ex("500k RUB / (60k RUB/month)", "8.333333333 months"),
        ])

    /// One entry per standard-library function, for `:help NAME`.
    static let functions: [HelpTopic] = [
        finance("pmt", "pmt(rate, nper, pv, fv = 0, type = 0): the payment per period", """
            The payment per period that repays pv (and leaves fv) over nper periods
            at rate: Excel's PMT, numpy-financial's pmt. Money in, money out.
            """ + "\n" + conventions, [
                ex("pmt(0.5%, 360, 200k RUB)", "-1,199.10 RUB"),
                ex("pmt(0.5%/month, 30 years, 200k RUB)", "-1,199.10 RUB"),
                ex("pmt(6%/year, 30 years, 200k RUB)", "-1,178.74 RUB"),
            ]),
        finance("ipmt", "ipmt(rate, per, nper, pv, fv = 0, type = 0): the interest in payment per", """
            The interest part of payment number per (1 is the first) of a loan:
            Excel's IPMT. With type 1 the first payment has no interest. Money.
            """, [
                ex("ipmt(0.5%, 1, 360, 200k RUB)", "-1,000 RUB"),
            ]),
        finance("ppmt", "ppmt(rate, per, nper, pv, fv = 0, type = 0): the principal in payment per", """
            The principal part of payment number per: pmt − ipmt (Excel's PPMT). Money.
            """, [
                ex("ppmt(0.5%, 1, 360, 200k RUB)", "-199.10 RUB"),
            ]),
        finance("fv", "fv(rate, nper, pmt, pv = 0, type = 0): the future value", """
            What pv and nper payments of pmt grow to at rate: Excel's FV. Money;
            payments paid in are negative, so the balance comes out positive.
            """, [
                ex("fv(0.5%/month, 10 years, -200 RUB)", "32,775.87 RUB"),
            ]),
        finance("pv", "pv(rate, nper, pmt, fv = 0, type = 0): the present value", """
            What nper payments of pmt (and fv at the end) are worth today: Excel's PV.
            """, [
                ex("pv(0.5%/month, 30 years, -1199.10 RUB)", "199,999.82 RUB"),
            ]),
        finance("nper", "nper(rate, pmt, pv, fv = 0, type = 0): how many periods", """
            The number of payments of pmt that repay pv: Excel's NPER. With a rate
            per month (or per year) the answer is a duration; with a plain percent,
            a number of periods.
            """, [
                ex("nper(1%/month, -2k RUB, 50k RUB)", "28.91180974 months"),
                ex("nper(1%, -2000, 50000)", "28.91180974"),
            ]),
        finance("rate", "rate(nper, pmt, pv, fv = 0, type = 0, guess = 10%): the rate per period", """
            The interest rate per period that makes the payments repay pv: Excel's
            RATE, found by Newton's method from guess and, failing that, by a search
            from -99.99% to 1,000,000%. With nper a duration the rate is per month.
            An error when pmt, pv and fv share a sign (no rate exists).
            """, [
                ex("rate(30 years, -1199.10 RUB, 200k RUB)", "0.5%/month"),
                ex("rate(360, -1199.10, 200000)", "0.5%"),
            ]),
        finance("npv", "npv(rate, values): net present value, first flow at t = 0", """
            The sum of values[t] / (1 + rate)^t, t from 0 (numpy-financial). This is
            the one difference from Excel, whose NPV discounts the first value too:
            Excel's NPV(r, v1…vn) is npv(r, [0, v1, …, vn]). A list has one flow per
            period of the rate; a run's series one per month (a rate per year
            converts to a month). Money in the flows' currency.
            """, [
                ex("npv(10%, [-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "-21.04 RUB"),
                ex("npv(0%, [100 RUB, 100 RUB])", "200 RUB"),
            ]),
        finance("irr", "irr(values): internal rate of return", """
            The rate at which the NPV of values is 0: Excel's IRR. Every root from
            -99.99% to 1,000,000% is found; like numpy-financial, the one closest to
            0 is returned. A percent per period of the list, or per month for a
            run's series (irr(run.profit)). Errors: no sign change in the flows, no
            root, fewer than 2 flows or more than 10,000.
            """, [
                ex("irr([-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "8.9%"),
            ]),
        finance("mirr", "mirr(values, finance_rate, reinvest_rate): modified IRR", """
            Excel's MIRR: negative flows financed at finance_rate, positive ones
            reinvested at reinvest_rate. A percent per period (per month for a series).
            """, [
                ex("mirr([-1000, 300, 400, 500], 10%, 12%)", "9.82%"),
            ]),
        finance("payback", "payback(values, fractional = false): the payback period", """
            The first period at which the running total of values reaches 0 (period
            0 is the first flow). fractional: true interpolates within that period.
            A number for a list, a duration in months for a run's series; an error
            when the total never reaches 0.
            """, [
                ex("payback([-10000, 3000, 3000, 3000, 3000])", "4"),
                ex("payback([-10000, 3000, 3000, 3000, 3000], fractional: true)", "3.333333333"),
            ]),
        finance("effect", "effect(nominal_rate, npery): the effective annual rate", """
            Excel's EFFECT: (1 + nominal/npery)^npery − 1. A percent.
            """, [
                ex("effect(6%, 12)", "6.17%"),
            ]),
        finance("nominal", "nominal(effect_rate, npery): the nominal annual rate", """
            Excel's NOMINAL: npery·((1 + effect)^(1/npery) − 1). A percent.
            """, [
                ex("nominal(effect(6%, 12), 12)", "6%"),
            ]),
        finance("apr", "apr(nominal): a nominal annual rate as a rate per month", """
            A lender's nominal annual rate, compounded monthly, as the rate per month
            it means: nominal / 12 per month (written in stdlib/finance.biz).
            """, [
                ex("apr(6%)", "0.5%/month"),
                ex("pmt(apr(6%), 30 years, 200k RUB)", "-1,199.10 RUB"),
            ]),
        finance("clv", "clv(margin, retention, discount): customer lifetime value", """
            Gupta–Lehmann: margin·r / (1 + i − r), with margins from the end of the
            first period. margin is money per customer per period (100 RUB or
            100 RUB/month); retention and discount are per period, or rates that
            convert to the margin's period (retention 90%/year is 0.9^(1/12) a month);
            with a plain margin the period is that of the first rate that has one.
            """, [
                ex("clv(100 RUB, 80%, 10%)", "266.67 RUB"),
            ]),
        finance("ltv", "ltv(margin, churn, discount = 0): lifetime value from now", """
            margin·(1 + i) / (i + churn): the margins of a customer from now, this
            period's included; undiscounted it is margin / churn. Rates per period
            convert to the margin's period (churn keeps the surviving share).
            """, [
                ex("ltv(500 RUB, 2%/month)", "25,000 RUB"),
                ex("ltv(500 RUB, 2%/month, 1%/month)", "16,833.33 RUB"),
            ]),
        prelude("runway", "runway(cash, burn): how long the cash lasts", """
            cash / burn as a duration. burn is money per period (60k RUB/month); a
            plain amount is per month, and an outflow (-60k RUB/month) is the same burn.
            """, [
                ex("runway(500k RUB, 60k RUB/month)", "8.333333333 months"),
            ]),
        prelude("cagr", "cagr(start, finish, years): compound annual growth rate", """
            (finish/start)^(1/years) − 1. years may be a duration (18 months), and
            the answer is then a rate per year; a plain number of periods gives a
            percent per period.
            """, [
                ex("cagr(100 RUB, 200 RUB, 5 years)", "14.87%/year"),
                ex("cagr(100, 121, 2)", "10%"),
            ]),
        prelude("breakeven_units", "breakeven_units(fixed, price, unit_cost): units that cover the fixed costs", """
            fixed / (price − unit_cost); per period when the fixed costs are a rate.
            An error when the price does not exceed the unit cost.
            """, [
                ex("breakeven_units(50k RUB, 150 RUB, 50 RUB)", "500"),
                ex("breakeven_units(50k RUB/month, 150 RUB, 50 RUB)", "500/month"),
            ]),
        prelude("margin", "margin(price, cost): the profit margin", """
            (price − cost) / price: the share of a price left after the cost.
            """, [
                ex("margin(100 RUB, 60 RUB)", "0.4"),
            ]),
        prelude("markup_price", "markup_price(cost, rate): the price with a markup", """
            cost · (1 + rate).
            """, [
                ex("markup_price(100 RUB, 25%)", "125 RUB"),
            ]),
        prelude("grow", "grow(value, rate, periods): compound growth", """
            value · (1 + rate)^periods.
            """, [
                ex("grow(1000, 10%, 2)", "1,210"),
            ]),
    ]

    static func function(_ name: String) -> HelpTopic? { functions.first { $0.name == name } }
}
