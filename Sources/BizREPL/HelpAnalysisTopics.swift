// `:help simulate`, `:help stress`, `:help sweep`, … : running the model
// and the what-ifs over it, in English and Russian.

enum HelpAnalysisTopics {
    static let all: [HelpTopic] = [simulate, stress, compare, explain, whatif, sweep, goal, maximize, minimize, tornado,
                                   distributions]

    private static let setup = HelpTopics.declarationSetup
    private static let uses: Bilingual = ("The examples use the company 'us' of :help declarations.",
                                          "В примерах — компания 'us' из :help declarations.")

    private static func withUses(_ text: Bilingual) -> Bilingual { (text.en + "\n" + uses.en, text.ru + "\n" + uses.ru) }

    static let simulate = HelpTopic(name: "simulate", group: .model,
        summary: ("simulate(company, months: N): the monthly model; stress, compare, explain",
                  "simulate(company, months: N): помесячная модель; stress, compare, explain"),
        text: withUses(("""
            simulate(company, months: N) runs the monthly model and returns a Run
            with series in total and per segment (run.segments.smb.customers; see
            :help series). Each month: the market grows, prices and values move,
            customers who can no longer afford us leave, some drift to better
            offers, churn, reach and referrals bring customers who fit us, active
            sales convert leads (pressure and a discount push those who do not fit
            us), and money is counted. months defaults to the market's months.
            stress, compare and explain look into a company or a run.
            """, """
            simulate(company, months: N) считает модель по месяцам и возвращает
            прогон (Run) с рядами в итоге и по сегментам (run.segments.smb.customers;
            см. :help series). Каждый месяц: рынок растёт, меняются цены и ценности,
            покупатели, которым мы больше не по карману, уходят, часть переходит к
            лучшим предложениям, действует отток, охват и рекомендации приводят
            подходящих покупателей, активные продажи превращают лиды в покупателей
            (нажим и скидка «дожимают» неподходящих), и считаются деньги. months по
            умолчанию берётся из market. stress, compare и explain разбирают
            компанию или прогон.
            """)), examples: [
                ex("run = simulate(us, months: 36)"),
                ex("run.customers.last"),
                ex("stress(us, price: +20%).stay"),
                ex("compare(run, simulate(us with {strategy: product_first}))"),
                ex("explain(run, month: 12)"),
            ], setup: setup)

    static let stress = HelpTopic(name: "stress", group: .model,
        summary: ("stress(company or run): who stays when the price rises — loyalty",
                  "stress(company или run): кто останется, если цена вырастет, — лояльность"),
        text: withUses(("""
            stress(company, price: +20%), stress(company, to: 150 RUB) or
            stress(company) — to the top of each segment's band, or our price if it
            is higher — tests the starting state; stress(run, at: 24) tests month
            24 of a run. Stayers are the fit customers who would still fit us at
            the new price; pushed customers never stay. It returns, per segment
            and in total: stay (stayers ÷ customers), stayers, leavers,
            revenue_before, revenue_after and revenue_change.
            """, """
            stress(company, price: +20%), stress(company, to: 150 RUB) или
            stress(company) — до верха ценового диапазона каждого сегмента (или до
            нашей цены, если она выше) — проверяет начальное состояние;
            stress(run, at: 24) проверяет 24-й месяц прогона. Остаются подходящие
            покупатели, которым мы подходили бы и при новой цене; «дожатые» не
            остаются никогда. Возвращает по сегментам и в итоге: stay (оставшиеся ÷
            покупатели), stayers, leavers, revenue_before, revenue_after и
            revenue_change.
            """)), examples: [
                ex("stress(us, price: +20%).stay"),
                ex("stress(us).segments.smb.stayers"),
                ex("run = simulate(us, months: 24)"),
                ex("stress(run, at: 24)"),
            ], setup: setup)

    static let compare = HelpTopic(name: "compare", group: .model,
        summary: ("compare(runA, runB, …): key figures side by side", "compare(runA, runB, …): главные цифры рядом"),
        text: withUses(("""
            compare(runA, runB) prints the key figures of two or more runs side by
            side — customers, pushed, loyal, revenue, profit, cash — and returns
            them as records, one per run.
            """, """
            compare(runA, runB) печатает главные цифры двух и более прогонов рядом —
            покупатели, «дожатые», лояльные, выручка, прибыль, деньги — и возвращает
            их записями, по одной на прогон.
            """)), examples: [
                ex("a = simulate(us, months: 24)"),
                ex("b = simulate(us with {strategy: product_first}, months: 24)"),
                ex("compare(a, b)"),
            ], setup: setup)

    static let explain = HelpTopic(name: "explain", group: .model,
        summary: ("explain(run, month: m): where customers came from and went", "explain(run, month: m): откуда пришли и куда ушли покупатели"),
        text: withUses(("""
            explain(run, month: m) tells month m's story with its numbers: growth,
            price and value, customers who could no longer afford us or the deal,
            drift to rivals, churn, reach and referrals, sales, and the money.
            """, """
            explain(run, month: m) рассказывает месяц m с цифрами: рост рынка, цену
            и ценность, покупателей, которым мы или сделка стали не по карману,
            переход к конкурентам, отток, охват и рекомендации, продажи и деньги.
            """)), examples: [
                ex("run = simulate(us, months: 12)"),
                ex("explain(run, month: 12)"),
            ], setup: setup)

    static let whatif = HelpTopic(name: "whatif", group: .whatIf,
        summary: ("sweep, goal, maximize, minimize, tornado", "sweep, goal, maximize, minimize, tornado"),
        text: ("""
            sweep price over 80..160 RUB step 10 RUB: profit, customers — a data
            table (two 'over' clauses make a two-way table). goal profit = 0 by price
            in 50..300 RUB finds the value that meets a target; maximize and minimize
            find the optimum. tornado profit ranks inputs by effect (±10%, or
            'by 20%'). None of them changes a cell. Each also takes a declaration's
            field as the input (smb.churn); see :help sweep, goal, tornado.
            """, """
            sweep price over 80..160 RUB step 10 RUB: profit, customers — таблица
            данных (два 'over' дают таблицу с двумя входами). goal profit = 0 by price
            in 50..300 RUB находит значение, при котором цель достигнута; maximize и
            minimize находят оптимум. tornado profit ранжирует входы по влиянию (±10%
            или 'by 20%'). Ни одна из них не меняет ячеек. Входом может быть и поле
            объявления (smb.churn); см. :help sweep, goal, tornado.
            """), examples: [
                ex("price = 100 RUB"),
                ex("customers = 2000 - 10 * (price / 1 RUB)"),
                ex("profit = customers * (price - 40 RUB) - 20k RUB"),
                ex("t = sweep price over 80..160 RUB step 10 RUB: profit, customers"),
                ex("t[1].price", "90 RUB", ru: "90 ₽"),
                ex("goal profit = 0 by price in 50..100 RUB"),
                ex("maximize profit by price in 50..200 RUB", "120 RUB", ru: "120 ₽"),
                ex("minimize customers by price in 50..200 RUB", "200 RUB", ru: "200 ₽"),
                ex("tornado profit by 20%"),
            ])

    static let sweep = HelpTopic(name: "sweep", group: .whatIf,
        summary: ("sweep CELL over VALUES step S: outputs — a data table", "sweep ЯЧЕЙКА over ЗНАЧЕНИЯ step S: выходы — таблица данных"),
        text: withUses(("""
            sweep price over 80..160 RUB step 10 RUB: profit prints a table and returns
            records (t[1].price, t[1].profit). The values may be a list: over [1, 2, 5].
            Two 'over' clauses make a two-way table. The input may be a declaration's
            field: sweep active_sales.conversion over 2%..8% step 2%: … nests it in
            the records (t[1].active_sales.conversion). The step is in the range's
            unit: step 10 for a range in RUB is an error (write step 10 RUB).
            """, """
            sweep price over 80..160 RUB step 10 RUB: profit печатает таблицу и
            возвращает записи (t[1].price, t[1].profit). Значения можно дать списком:
            over [1, 2, 5]. Два 'over' дают таблицу с двумя входами. Входом может быть
            поле объявления: sweep active_sales.conversion over 2%..8% step 2%: …
            кладёт его в записи вложенным (t[1].active_sales.conversion). Шаг — в
            единице диапазона: step 10 для диапазона в RUB — ошибка (пишите step 10 RUB).
            """)), examples: [
                ex("run = simulate(us, months: 12)"),
                ex("t = sweep active_sales.conversion over 2%..8% step 2%: run.cash.last"),
                ex("t[1].active_sales.conversion", "4%"),
            ], setup: setup)

    static let goal = HelpTopic(name: "goal", group: .whatIf,
        summary: ("goal TARGET = VALUE by CELL in RANGE: break-even and targets", "goal ЦЕЛЬ = ЗНАЧЕНИЕ by ЯЧЕЙКА in ДИАПАЗОН: безубыточность и цели"),
        text: ("""
            goal profit = 0 by price in 50..300 RUB finds where the target meets the
            value, prints how and returns the input's value. A bare 0 takes the
            target's unit; any other bare number for a target with a unit is an
            error (write 5000 RUB). The input may be a declaration's field:
            goal gap = 0 by rivals.price in 50..150 RUB. No cell changes.
            """, """
            goal profit = 0 by price in 50..300 RUB находит, где цель равна значению,
            печатает, как это вышло, и возвращает значение входа. Голый 0 берёт
            единицу цели; другое голое число для цели с единицей — ошибка (пишите
            5000 RUB). Входом может быть поле объявления:
            goal gap = 0 by rivals.price in 50..150 RUB. Ячейки не меняются.
            """), examples: [
                ex("competitor rivals { price: 100 RUB, value: 1.5 }"),
                ex("gap = rivals.price - 80 RUB"),
                ex("goal gap = 0 by rivals.price in 50..150 RUB", "80 RUB", ru: "80 ₽"),
                ex("rivals.price", "100 RUB", ru: "100 ₽"),
            ])

    static let maximize = HelpTopic(name: "maximize", group: .whatIf,
        summary: ("maximize TARGET by CELL in RANGE: the best value of an input", "maximize ЦЕЛЬ by ЯЧЕЙКА in ДИАПАЗОН: лучшее значение входа"),
        text: ("""
            maximize profit by price in 50..200 RUB finds the input that makes the
            target largest in the range, prints the optimum and returns the input's
            value; it says so when the optimum is at an end of the range (it may
            lie beyond). The input may be a declaration's field. No cell changes.
            """, """
            maximize profit by price in 50..200 RUB находит вход, при котором цель
            наибольшая в диапазоне, печатает оптимум и возвращает значение входа;
            если оптимум на краю диапазона, говорит об этом (он может лежать за
            краем). Входом может быть поле объявления. Ячейки не меняются.
            """), examples: [
                ex("price = 100 RUB"),
                ex("customers = 2000 - 10 * (price / 1 RUB)"),
                ex("profit = customers * (price - 40 RUB) - 20k RUB"),
                ex("maximize profit by price in 50..200 RUB", "120 RUB", ru: "120 ₽"),
            ])

    static let minimize = HelpTopic(name: "minimize", group: .whatIf,
        summary: ("minimize TARGET by CELL in RANGE: the input that makes a target smallest", "minimize ЦЕЛЬ by ЯЧЕЙКА in ДИАПАЗОН: вход, при котором цель наименьшая"),
        text: ("""
            minimize cost by batch in 1..1000 finds the input that makes the target
            smallest in the range, as maximize does for the largest.
            """, """
            minimize cost by batch in 1..1000 находит вход, при котором цель
            наименьшая в диапазоне, как maximize — наибольшая.
            """), examples: [
                ex("batch = 100"),
                ex("cost = 50000 / batch + 2 * batch"),
                ex("minimize cost by batch in 1..1000", "158.1138822", ru: "158,1138822"),
            ])

    static let tornado = HelpTopic(name: "tornado", group: .whatIf,
        summary: ("tornado TARGET [by 20%]: inputs ranked by effect", "tornado ЦЕЛЬ [by 20%]: входы по силе влияния"),
        text: withUses(("""
            tornado X moves every numeric input cell X depends on, and every numeric
            field (number, money, percent, rate, duration; not months, resolution,
            currency) of the declarations it depends on, by ±10% (or 'by 20%'), one
            at a time. It prints a table with bars and returns records {input, low,
            high, swing}, largest swing first; fields are labelled like smb.churn.
            """, """
            tornado X сдвигает каждую числовую входную ячейку, от которой зависит X,
            и каждое числовое поле (число, деньги, процент, ставка, срок; кроме
            months, resolution, currency) объявлений, от которых он зависит, на ±10%
            (или 'by 20%'), по одному. Печатает таблицу с полосами и возвращает
            записи {input, low, high, swing}, от самого сильного; поля подписаны
            как smb.churn.
            """)), examples: [
                ex("run = simulate(us, months: 12)"),
                ex("k = tornado run.cash.last"),
                ex("len(k) > 10", "true"),
                ex("tornado run.cash.last by 20%"),
            ], setup: setup)

    static let distributions = HelpTopic(name: "distributions", group: .model,
        summary: ("a to b, normal, lognormal, uniform, triangular, beta, choice", "a to b, normal, lognormal, uniform, triangular, beta, choice"),
        text: ("""
            An uncertain input is a distribution; arithmetic on it is sample-wise and
            a run with one gives a distribution per month (:help uncertainty).
              a to b              lognormal with 5th and 95th percentiles a and b (> 0)
              normal(mean, sd)    the bell curve
              lognormal(mean, sd) positive, skewed; its own mean and sd
              uniform(lo, hi)     every value in the range equally likely
              triangular(lo, mode, hi)  most likely at mode
              beta(a, b)          a share between 0 and 1
              choice([x, y, …])   one of the values, equally likely
            Read them with mean, sd, p(d, 5%), prob(d > x), samples(d).
            """, """
            Неопределённый вход — распределение; арифметика над ним идёт по выборкам,
            а прогон с ним даёт распределение на каждый месяц (:help uncertainty).
              a to b              логнормальное с 5-м и 95-м процентилями a и b (> 0)
              normal(mean, sd)    нормальное («колокол»)
              lognormal(mean, sd) положительное, скошенное; своё среднее и sd
              uniform(lo, hi)     все значения диапазона равновероятны
              triangular(lo, mode, hi)  вероятнее всего mode
              beta(a, b)          доля от 0 до 1
              choice([x, y, …])   одно из значений, равновероятно
            Читают их mean, sd, p(d, 5%), prob(d > x), samples(d).
            """), examples: [
                ex("mean(normal(100, 10))", "100"),
                ex("p(uniform(0, 10), 50%)", "5"),
                ex("conversion = triangular(2%, 4%, 8%)"),
                ex("prob(conversion > 6%)"),
                ex("mean(choice([1, 2, 3]))"),
            ])
}
