// `:help finance` and `:help NAME` for every function of the standard
// library (stdlib/prelude.biz, stdlib/finance.biz and the finance builtins):
// what it computes, its units, and examples that HelpExamplesTests runs —
// in English and Russian side by side (the finance engineer's texts, with
// Russian added).

private let useFinance = [ex("use finance")]

/// A function of the finance library: its examples need `use finance`.
private func finance(_ name: String, _ summary: Bilingual, _ text: Bilingual, _ examples: [HelpTopic.Example]) -> HelpTopic {
    HelpTopic(name: name, group: .function, summary: summary, text: text, examples: examples, setup: useFinance)
}

private func prelude(_ name: String, _ summary: Bilingual, _ text: Bilingual, _ examples: [HelpTopic.Example]) -> HelpTopic {
    HelpTopic(name: name, group: .function, summary: summary, text: text, examples: examples)
}

private func joined(_ a: Bilingual, _ b: Bilingual) -> Bilingual { (a.en + "\n" + b.en, a.ru + "\n" + b.ru) }

extension HelpTopics {
    /// The conventions every finance function shares, said once.
    static let conventions: Bilingual = ("""
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
        """, """
        Порядок аргументов и знаки — как в Excel (выплаченные деньги
        отрицательны), так что формула из таблицы переносится без изменений;
        единственное отличие — npv, у которой первый поток в момент t = 0 (как в
        numpy-financial), тогда как ЧПС (NPV) в Excel дисконтирует и первое
        значение: NPV(r, v1…vn) в Excel — это npv(r, [0, v1, …, vn]).
        Ставка — простой процент за период (0.5% или 0.005) или ставка Biz
        (6%/year, 0.5%/month); число периодов — число или срок. Срок считается в
        месяцах, поэтому ставка пересчитывается в месячную по правилу Biz:
        6%/year — эффективная, (1,06)^(1/12) − 1 в месяц. Номинальные 6% банка —
        это 6%/12 в месяц: pmt(6%/12, 360, …), pmt(0.5%/month, 30 years, …) или
        pmt(apr(6%), 30 years, …). Простой процент вместе со сроком — ошибка (за
        какой период?). Деньги сохраняют валюту; type — 0 (платежи в конце
        периода, по умолчанию) или 1 (в начале).
        """)

    static let financeTopic = HelpTopic(name: "finance", group: .model,
        summary: ("use finance: loans, investments, customer value", "use finance: кредиты, вложения, ценность покупателя"),
        text: joined(("""
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
        """, """
        use finance делает видимыми эти функции (:help ИМЯ — о каждой):
          pmt(rate, nper, pv, fv, type)          платёж за период по кредиту
          ipmt / ppmt(rate, per, nper, pv, …)    проценты / долг в платеже номер per
          fv(rate, nper, pmt, pv, type)          будущая стоимость
          pv(rate, nper, pmt, fv, type)          приведённая стоимость
          nper(rate, pmt, pv, fv, type)          число периодов (месяцев при месячной ставке)
          rate(nper, pmt, pv, fv, type, guess)   процентная ставка за период
          npv(rate, values)                      чистая приведённая стоимость, первый поток при t = 0
          irr(values) · mirr(values, finance_rate, reinvest_rate)   внутренняя норма доходности
          payback(values, fractional)            первый период, когда накопленный итог достигает 0
          effect(nominal_rate, npery) · nominal(effect_rate, npery)   пересчёт годовых ставок
          apr(nominal)                           номинальная годовая ставка как ставка в месяц
          clv(margin, retention, discount)       ценность покупателя (Гупта–Леманн)
          ltv(margin, churn, discount)           ценность покупателя с этого момента, с дисконтом или без
        Всегда видны (прелюдия): runway, cagr, breakeven_units, margin,
        markup_price, grow.
        Потоки — список (по потоку на период ставки) или ряд прогона (по потоку
        на месяц: irr(run.profit) — ставка в месяц).
        Неопределённая ставка или сумма (uniform(1%, 2%)) даёт распределение.
        """), conventions), examples: [
            ex("use finance"),
            ex("pmt(0.5%, 360, 200k RUB)", "-1,199.10 RUB", ru: "-1 199,10 ₽"),
            ex("pmt(6%/year, 30 years, 200k RUB)", "-1,178.74 RUB", ru: "-1 178,74 ₽"),
            ex("irr([-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "8.9%", ru: "8,9%"),
            ex("clv(100 RUB, 80%, 10%)", "266.67 RUB", ru: "266,67 ₽"),
            ex("500k RUB / (60k RUB/month)", "8.333333333 months", ru: "8,333333333 месяца"),
        ])

    /// One entry per standard-library function, for `:help NAME`.
    static let functions: [HelpTopic] = [
        finance("pmt", ("pmt(rate, nper, pv, fv = 0, type = 0): the payment per period",
                        "pmt(rate, nper, pv, fv = 0, type = 0): платёж за период"), joined(("""
            The payment per period that repays pv (and leaves fv) over nper periods
            at rate: Excel's PMT, numpy-financial's pmt. Money in, money out.
            """, """
            Платёж за период, который за nper периодов под ставку rate гасит pv (и
            оставляет fv): ПЛТ (PMT) в Excel, pmt в numpy-financial. Деньги на входе —
            деньги на выходе.
            """), conventions), [
                ex("pmt(0.5%, 360, 200k RUB)", "-1,199.10 RUB", ru: "-1 199,10 ₽"),
                ex("pmt(0.5%/month, 30 years, 200k RUB)", "-1,199.10 RUB", ru: "-1 199,10 ₽"),
                ex("pmt(6%/year, 30 years, 200k RUB)", "-1,178.74 RUB", ru: "-1 178,74 ₽"),
            ]),
        finance("ipmt", ("ipmt(rate, per, nper, pv, fv = 0, type = 0): the interest in payment per",
                         "ipmt(rate, per, nper, pv, fv = 0, type = 0): проценты в платеже номер per"), ("""
            The interest part of payment number per (1 is the first) of a loan:
            Excel's IPMT. With type 1 the first payment has no interest. Money.
            """, """
            Процентная часть платежа номер per (1 — первый) по кредиту: ПРПЛТ (IPMT)
            в Excel. При type 1 в первом платеже процентов нет. Деньги.
            """), [
                ex("ipmt(0.5%, 1, 360, 200k RUB)", "-1,000 RUB", ru: "-1 000 ₽"),
            ]),
        finance("ppmt", ("ppmt(rate, per, nper, pv, fv = 0, type = 0): the principal in payment per",
                         "ppmt(rate, per, nper, pv, fv = 0, type = 0): погашение долга в платеже номер per"), ("""
            The principal part of payment number per: pmt − ipmt (Excel's PPMT). Money.
            """, """
            Часть платежа номер per, гасящая основной долг: pmt − ipmt (ОСПЛТ, PPMT
            в Excel). Деньги.
            """), [
                ex("ppmt(0.5%, 1, 360, 200k RUB)", "-199.10 RUB", ru: "-199,10 ₽"),
            ]),
        finance("fv", ("fv(rate, nper, pmt, pv = 0, type = 0): the future value",
                       "fv(rate, nper, pmt, pv = 0, type = 0): будущая стоимость"), ("""
            What pv and nper payments of pmt grow to at rate: Excel's FV. Money;
            payments paid in are negative, so the balance comes out positive.
            """, """
            Во что превратятся pv и nper платежей pmt под ставку rate: БС (FV) в
            Excel. Деньги; вносимые платежи отрицательны, поэтому остаток выходит
            положительным.
            """), [
                ex("fv(0.5%/month, 10 years, -200 RUB)", "32,775.87 RUB", ru: "32 775,87 ₽"),
            ]),
        finance("pv", ("pv(rate, nper, pmt, fv = 0, type = 0): the present value",
                       "pv(rate, nper, pmt, fv = 0, type = 0): приведённая стоимость"), ("""
            What nper payments of pmt (and fv at the end) are worth today: Excel's PV.
            """, """
            Сколько сегодня стоят nper платежей pmt (и fv в конце): ПС (PV) в Excel.
            """), [
                ex("pv(0.5%/month, 30 years, -1199.10 RUB)", "199,999.82 RUB", ru: "199 999,82 ₽"),
            ]),
        finance("nper", ("nper(rate, pmt, pv, fv = 0, type = 0): how many periods",
                         "nper(rate, pmt, pv, fv = 0, type = 0): сколько периодов"), ("""
            The number of payments of pmt that repay pv: Excel's NPER. With a rate
            per month (or per year) the answer is a duration; with a plain percent,
            a number of periods.
            """, """
            Сколько платежей pmt гасят pv: КПЕР (NPER) в Excel. При ставке в месяц
            (или в год) ответ — срок; при простом проценте — число периодов.
            """), [
                ex("nper(1%/month, -2k RUB, 50k RUB)", "28.91180974 months", ru: "28,91180974 месяца"),
                ex("nper(1%, -2000, 50000)", "28.91180974", ru: "28,91180974"),
            ]),
        finance("rate", ("rate(nper, pmt, pv, fv = 0, type = 0, guess = 10%): the rate per period",
                         "rate(nper, pmt, pv, fv = 0, type = 0, guess = 10%): ставка за период"), ("""
            The interest rate per period that makes the payments repay pv: Excel's
            RATE, found by Newton's method from guess and, failing that, by a search
            from -99.99% to 1,000,000%. With nper a duration the rate is per month.
            An error when pmt, pv and fv share a sign (no rate exists).
            """, """
            Процентная ставка за период, при которой платежи гасят pv: СТАВКА (RATE)
            в Excel; ищется методом Ньютона от guess, а если не вышло — перебором от
            -99,99% до 1 000 000%. Если nper — срок, ставка в месяц. Ошибка, когда у
            pmt, pv и fv один знак (такой ставки нет).
            """), [
                ex("rate(30 years, -1199.10 RUB, 200k RUB)", "0.5%/month", ru: "0,5%/мес."),
                ex("rate(360, -1199.10, 200000)", "0.5%", ru: "0,5%"),
            ]),
        finance("npv", ("npv(rate, values): net present value, first flow at t = 0",
                        "npv(rate, values): чистая приведённая стоимость, первый поток при t = 0"), ("""
            The sum of values[t] / (1 + rate)^t, t from 0 (numpy-financial). This is
            the one difference from Excel, whose NPV discounts the first value too:
            Excel's NPV(r, v1…vn) is npv(r, [0, v1, …, vn]). A list has one flow per
            period of the rate; a run's series one per month (a rate per year
            converts to a month). Money in the flows' currency.
            """, """
            Сумма values[t] / (1 + rate)^t, t от 0 (как в numpy-financial). Это
            единственное отличие от Excel, где ЧПС (NPV) дисконтирует и первое
            значение: NPV(r, v1…vn) в Excel — это npv(r, [0, v1, …, vn]). В списке —
            по потоку на период ставки, в ряду прогона — по потоку на месяц (годовая
            ставка пересчитывается в месячную). Деньги в валюте потоков.
            """), [
                ex("npv(10%, [-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "-21.04 RUB", ru: "-21,04 ₽"),
                ex("npv(0%, [100 RUB, 100 RUB])", "200 RUB", ru: "200 ₽"),
            ]),
        finance("irr", ("irr(values): internal rate of return", "irr(values): внутренняя норма доходности"), ("""
            The rate at which the NPV of values is 0: Excel's IRR. Every root from
            -99.99% to 1,000,000% is found; like numpy-financial, the one closest to
            0 is returned. A percent per period of the list, or per month for a
            run's series (irr(run.profit)). Errors: no sign change in the flows, no
            root, fewer than 2 flows or more than 10,000.
            """, """
            Ставка, при которой NPV потоков равна 0: ВСД (IRR) в Excel. Ищутся все
            корни от -99,99% до 1 000 000%; как в numpy-financial, возвращается
            ближайший к 0. Процент за период списка или за месяц для ряда прогона
            (irr(run.profit)). Ошибки: потоки не меняют знак, корня нет, потоков
            меньше 2 или больше 10 000.
            """), [
                ex("irr([-1000 RUB, 300 RUB, 400 RUB, 500 RUB])", "8.9%", ru: "8,9%"),
            ]),
        finance("mirr", ("mirr(values, finance_rate, reinvest_rate): modified IRR",
                         "mirr(values, finance_rate, reinvest_rate): модифицированная IRR"), ("""
            Excel's MIRR: negative flows financed at finance_rate, positive ones
            reinvested at reinvest_rate. A percent per period (per month for a series).
            """, """
            МВСД (MIRR) в Excel: отрицательные потоки финансируются под finance_rate,
            положительные реинвестируются под reinvest_rate. Процент за период (за
            месяц для ряда).
            """), [
                ex("mirr([-1000, 300, 400, 500], 10%, 12%)", "9.82%", ru: "9,82%"),
            ]),
        finance("payback", ("payback(values, fractional = false): the payback period",
                            "payback(values, fractional = false): срок окупаемости"), ("""
            The first period at which the running total of values reaches 0 (period
            0 is the first flow). fractional: true interpolates within that period.
            A number for a list, a duration in months for a run's series; an error
            when the total never reaches 0.
            """, """
            Первый период, когда накопленный итог потоков достигает 0 (период 0 —
            первый поток). fractional: true уточняет момент внутри периода. Число для
            списка, срок в месяцах для ряда прогона; ошибка, если итог так и не
            достигает 0.
            """), [
                ex("payback([-10000, 3000, 3000, 3000, 3000])", "4"),
                ex("payback([-10000, 3000, 3000, 3000, 3000], fractional: true)", "3.333333333", ru: "3,333333333"),
            ]),
        finance("effect", ("effect(nominal_rate, npery): the effective annual rate",
                           "effect(nominal_rate, npery): эффективная годовая ставка"), ("""
            Excel's EFFECT: (1 + nominal/npery)^npery − 1. A percent.
            """, """
            ЭФФЕКТ (EFFECT) в Excel: (1 + nominal/npery)^npery − 1. Процент.
            """), [
                ex("effect(6%, 12)", "6.17%", ru: "6,17%"),
            ]),
        finance("nominal", ("nominal(effect_rate, npery): the nominal annual rate",
                            "nominal(effect_rate, npery): номинальная годовая ставка"), ("""
            Excel's NOMINAL: npery·((1 + effect)^(1/npery) − 1). A percent.
            """, """
            НОМИНАЛ (NOMINAL) в Excel: npery·((1 + effect)^(1/npery) − 1). Процент.
            """), [
                ex("nominal(effect(6%, 12), 12)", "6%"),
            ]),
        finance("apr", ("apr(nominal): a nominal annual rate as a rate per month",
                        "apr(nominal): номинальная годовая ставка как ставка в месяц"), ("""
            A lender's nominal annual rate, compounded monthly, as the rate per month
            it means: nominal / 12 per month (written in stdlib/finance.biz).
            """, """
            Номинальная годовая ставка банка с ежемесячным начислением как ставка в
            месяц, которую она означает: nominal / 12 в месяц (написана в
            stdlib/finance.biz).
            """), [
                ex("apr(6%)", "0.5%/month", ru: "0,5%/мес."),
                ex("pmt(apr(6%), 30 years, 200k RUB)", "-1,199.10 RUB", ru: "-1 199,10 ₽"),
            ]),
        finance("clv", ("clv(margin, retention, discount): customer lifetime value",
                        "clv(margin, retention, discount): ценность покупателя за всё время"), ("""
            Gupta–Lehmann: margin·r / (1 + i − r), with margins from the end of the
            first period. margin is money per customer per period (100 RUB or
            100 RUB/month); retention and discount are per period, or rates that
            convert to the margin's period (retention 90%/year is 0.9^(1/12) a month);
            with a plain margin the period is that of the first rate that has one.
            """, """
            Формула Гупты–Леманна: margin·r / (1 + i − r), маржа — с конца первого
            периода. margin — деньги с покупателя за период (100 RUB или
            100 RUB/month); retention и discount — за период или ставки, которые
            пересчитываются в период маржи (удержание 90%/year — это 0,9^(1/12) в
            месяц); при простой марже период берётся у первой ставки, где он есть.
            """), [
                ex("clv(100 RUB, 80%, 10%)", "266.67 RUB", ru: "266,67 ₽"),
            ]),
        finance("ltv", ("ltv(margin, churn, discount = 0): lifetime value from now",
                        "ltv(margin, churn, discount = 0): ценность покупателя с этого момента"), ("""
            margin·(1 + i) / (i + churn): the margins of a customer from now, this
            period's included; undiscounted it is margin / churn. Rates per period
            convert to the margin's period (churn keeps the surviving share).
            """, """
            margin·(1 + i) / (i + churn): маржа покупателя с этого момента, включая
            текущий период; без дисконта — margin / churn. Ставки за период
            пересчитываются в период маржи (для оттока сохраняется доля оставшихся).
            """), [
                ex("ltv(500 RUB, 2%/month)", "25,000 RUB", ru: "25 000 ₽"),
                ex("ltv(500 RUB, 2%/month, 1%/month)", "16,833.33 RUB", ru: "16 833,33 ₽"),
            ]),
        prelude("runway", ("runway(cash, burn): how long the cash lasts", "runway(cash, burn): на сколько хватит денег"), ("""
            cash / burn as a duration. burn is money per period (60k RUB/month); a
            plain amount is per month, and an outflow (-60k RUB/month) is the same burn.
            """, """
            cash / burn как срок. burn — деньги за период (60k RUB/month); простая
            сумма — в месяц, а отток (-60k RUB/month) — тот же расход.
            """), [
                ex("runway(500k RUB, 60k RUB/month)", "8.333333333 months", ru: "8,333333333 месяца"),
            ]),
        prelude("cagr", ("cagr(start, finish, years): compound annual growth rate",
                         "cagr(start, finish, years): среднегодовой темп роста"), ("""
            (finish/start)^(1/years) − 1. years may be a duration (18 months), and
            the answer is then a rate per year; a plain number of periods gives a
            percent per period.
            """, """
            (finish/start)^(1/years) − 1. years может быть сроком (18 months), тогда
            ответ — ставка в год; простое число периодов даёт процент за период.
            """), [
                ex("cagr(100 RUB, 200 RUB, 5 years)", "14.87%/year", ru: "14,87%/год"),
                ex("cagr(100, 121, 2)", "10%"),
            ]),
        prelude("breakeven_units", ("breakeven_units(fixed, price, unit_cost): units that cover the fixed costs",
                                    "breakeven_units(fixed, price, unit_cost): сколько единиц покрывают постоянные расходы"), ("""
            fixed / (price − unit_cost); per period when the fixed costs are a rate.
            An error when the price does not exceed the unit cost.
            """, """
            fixed / (price − unit_cost); за период, если постоянные расходы — ставка.
            Ошибка, когда цена не выше затрат на единицу.
            """), [
                ex("breakeven_units(50k RUB, 150 RUB, 50 RUB)", "500"),
                ex("breakeven_units(50k RUB/month, 150 RUB, 50 RUB)", "500/month", ru: "500/мес."),
            ]),
        prelude("margin", ("margin(price, cost): the profit margin", "margin(price, cost): маржа"), ("""
            (price − cost) / price: the share of a price left after the cost.
            """, """
            (price − cost) / price: доля цены, которая остаётся после затрат.
            """), [
                ex("margin(100 RUB, 60 RUB)", "0.4", ru: "0,4"),
            ]),
        prelude("markup_price", ("markup_price(cost, rate): the price with a markup", "markup_price(cost, rate): цена с наценкой"), ("""
            cost · (1 + rate).
            """, """
            cost · (1 + rate): затраты с наценкой rate.
            """), [
                ex("markup_price(100 RUB, 25%)", "125 RUB", ru: "125 ₽"),
            ]),
        prelude("grow", ("grow(value, rate, periods): compound growth", "grow(value, rate, periods): сложный рост"), ("""
            value · (1 + rate)^periods.
            """, """
            value · (1 + rate)^periods: значение после periods периодов роста на rate.
            """), [
                ex("grow(1000, 10%, 2)", "1,210", ru: "1 210"),
            ]),
    ]

    static func function(_ name: String) -> HelpTopic? { functions.first { $0.name == name } }
}
