// The text of `:help TOPIC`: every feature of LANGUAGE.md with short
// examples. HelpExamplesTests runs every example, in order, in a fresh
// session, and checks each `=>` result, so the help cannot drift from the
// language. An example starting with `:` is a REPL command.

struct HelpTopic {
    struct Example {
        let code: String
        /// What the REPL prints for it; nil when nothing is checked.
        let result: String?
    }
    let name: String
    let summary: String
    let text: String
    let examples: [Example]
    /// Run before the examples (by the tests) but not shown: the model of
    /// `:help declarations`, for the topics that need a company.
    var setup: [Example] = []
}

private func ex(_ code: String, _ result: String? = nil) -> HelpTopic.Example {
    HelpTopic.Example(code: code, result: result)
}

enum HelpTopics {
    static var names: [String] { all.map(\.name) }

    static func find(_ name: String) -> HelpTopic? {
        all.first { $0.name == name } ?? all.first { $0.name.hasPrefix(name) }
    }

    static let all: [HelpTopic] = core + data + [financeTopic] + model + whatIf + session

    static let core: [HelpTopic] = [
        HelpTopic(name: "syntax", summary: "statements, comments, names, continuing a line", text: """
            One statement per line, or several separated by ';'. '#' starts a comment.
            Inside { } a ',' separates statements too.
            Names are letters, digits and '_' (Cyrillic too); reserved words:
            fn if then else for in while return and or not true false given.
            A line ending in an operator, ',' or 'in' — or with a bracket still open —
            continues on the next line (the prompt shows ...>).
            """, examples: [
                ex("выручка = 100 RUB * 3   # a cell with a Cyrillic name", "выручка = 300 RUB"),
                ex("a = 1; b = 2; a + b", "3"),
                ex("total = a +\n  b", "total = 3"),
                ex("{ c = a * 10, c + b }", "12"),
            ]),
        HelpTopic(name: "numbers", summary: "numbers, scale suffixes, percent arithmetic, comparisons", text: """
            Numbers: 42, 3.14, .5, 1_000_000, 1e6, and suffixes against the digits:
            2.5k, 1.2M, 3B. Percent is postfix % and works like a business calculator:
            x + p% is x·(1+p), x - p% is x·(1−p), p% of x is x·p (:help percent). No
            modulo operator: mod(a, b). == compares to 12 significant digits; ≈ (or
            ~=) within 0.1%.
            Precedence, loosest first: given, |>, or, and, not, comparisons and in,
            .. and to, + -, * / per of, unary - +, ^, then calls, fields, index, %.
            """, examples: [
                ex("2.5k * 4", "10,000"),
                ex("1000 - 20%", "800"),
                ex("20% of 150", "30"),
                ex("20% + 5%", "25%"),
                ex("0.1 + 0.2 == 0.3", "true"),
                ex("100 ≈ 100.05", "true"),
                ex("100 ≈ 103 within 5%", "true"),
                ex("2 ^ 10", "1,024"),
                ex("mod(7, 3)", "1"),
            ]),
        HelpTopic(name: "percent", summary: "typed and untyped percents, points, x in %", text: """
            A percent you can see in the formula is typed: 20%, (x)%, -5%, and sums
            of them (20% + 5%). Next to a number or an amount it is a calculator's
            percent change: x + 20% is x·1.2, x - 20% is x·0.8.
            Any other percent — a name, a parameter, a field, a call, x in % — is
            untyped: next to a plain number it is its fraction, as in a finance
            textbook (1 + i - r), and next to money or another unit it is a change
            (100 RUB + vat). So moving a literal into a cell can change a plain-number
            result: x + 3% is x·1.03, but with markup = 3%, x + markup is x + 0.03.
            Write x * (1 + markup) to keep the change.
            Percent ± percent and percent × percent are percents; percent ÷ number
            is a percent (6% / 12); percent ÷ percent is a number. Elsewhere a percent
            is its fraction (2 ^ 50%). x in % shows a number as a percent.
            Errors: a percent before an amount (vat + 100 RUB: write 100 RUB + vat);
            a percent rate ± a bare percent (3%/year + 1%: write + 1%/year to add
            points, or * (1 + 1%) to change it); x% on a name (write (x)%).
            """, examples: [
                ex("1000 - 20%", "800"),
                ex("1000 - (20% + 5%)", "750"),
                ex("x = 1000", "x = 1,000"),
                ex("x + 3%", "1,030"),
                ex("markup = 3%", "markup = 3%"),
                ex("x + markup", "1,000.03"),
                ex("x * (1 + markup)", "1,030"),
                ex("i = 10%; r = 80%"),
                ex("1 + i - r", "0.3"),
                ex("vat = 20%", "vat = 20%"),
                ex("100 RUB + vat", "120 RUB"),
                ex("6% / 12", "0.5%"),
                ex("3% / 1%", "3"),
                ex("3%/year + 1%/year", "4%/year"),
                ex("0.4 in %", "40%"),
                ex("2 ^ 50%", "1.414213562"),
                ex("(x / 4)%", "250%"),
            ]),
        HelpTopic(name: "money", summary: "currencies, symbols, money arithmetic, exchange rates", text: """
            Three capital letters after a number are a currency: 120 RUB, 63.30 USD.
            Symbols before a number: $120 €50 £5 ₽500 ¥5. Money ± money of one
            currency; money × or ÷ a number; money ÷ money is a number. Money ± a
            plain number is an error (write 5 RUB). Declare a rate to mix currencies:
            it works both ways, cross rates are derived; 'in' converts.
            """, examples: [
                ex("price = 120 RUB + 20%", "price = 144 RUB"),
                ex("$120 * 3", "360 USD"),
                ex("12000.5 RUB", "12,000.50 RUB"),
                ex("rate USD = 63.30 RUB"),
                ex("100 USD in RUB", "6,330 RUB"),
                ex("10 USD + 100 RUB", "11.58 USD"),
            ]),
        HelpTopic(name: "units", summary: "durations, rates per period, conversion with 'in', unit errors", text: """
            Period words after a number make a duration (kept in months):
            12 months, 2 quarters, 3 years, 4 weeks. A quantity per period is a rate:
            4%/month, 500/month, 200k RUB/month, 12%/year, or 'per month'.
            Counts and money convert linearly (1200/year = 100/month); percent rates
            compound. A rate × a duration gives the quantity. 'EXPR in UNIT' converts
            to a currency or a period. Mixing units is an error that shows both sides.
            """, examples: [
                ex("2 quarters", "6 months"),
                ex("1200/year in month", "100/month"),
                ex("500/month * 3 months", "1,500"),
                ex("200k RUB per month", "200,000 RUB/month"),
                ex("12%/year", "12%/year"),
            ]),
        HelpTopic(name: "ranges", summary: "ranges lo..hi and their fields", text: """
            lo..hi is an inclusive range; a bare end takes the other end's unit.
            Fields: lo, hi, mid (and width).
            """, examples: [
                ex("band = 80..120 RUB", "band = 80..120 RUB"),
                ex("band.mid", "100 RUB"),
                ex("(80..120).hi", "120"),
            ]),
        HelpTopic(name: "cells", summary: "names are cells: formulas that recompute; _ is the last result", text: """
            name = expr at the top level defines a cell: a formula whose value is
            cached and recomputed when something it depends on changes.
            A definition that uses its own name uses the previous value (n = n + 1);
            any other cycle is an error. _ holds the last result.
            :cells lists every cell; a line with an error changes nothing.
            """, examples: [
                ex("price = 100 RUB", "price = 100 RUB"),
                ex("revenue = price * 300", "revenue = 30,000 RUB"),
                ex("price = 120 RUB", "price = 120 RUB"),
                ex("revenue", "36,000 RUB"),
                ex("_ * 2", "72,000 RUB"),
                ex("n = 1"),
                ex("n = n + 1", "n = 2"),
            ]),
        HelpTopic(name: "given", summary: "what-if: EXPR given cell = value, …", text: """
            EXPR given cell = value, cell2 = value evaluates EXPR with those cells
            replaced and leaves the session unchanged. Any cell may be replaced,
            however deep it is used, and so may a declaration's field:
            run.cash.last given smb.churn = 3%/month. 'given' binds loosest of all.
            When EXPR cannot read a name it binds, a note says so on stderr:
            note: revenue does not depend on fee.
            """, examples: [
                ex("price = 100 RUB; units = 300"),
                ex("revenue = price * units"),
                ex("revenue given price = 130 RUB", "39,000 RUB"),
                ex("revenue given price = 90 RUB, units = 400", "36,000 RUB"),
                ex("revenue", "30,000 RUB"),
                ex("competitor rivals { price: 100 RUB, value: 2 }"),
                ex("gap = price - rivals.price"),
                ex("gap given rivals.price = 80 RUB", "20 RUB"),
            ]),
        HelpTopic(name: "functions", summary: "fn, default and named arguments, lambdas, |>", text: """
            fn name(a, b = 5%) = expr, or fn name(a) { … } whose last expression is
            the value; return works. Calls take positional then named arguments.
            Lambdas: x => x * 2, (x, by = 1) => x + by. x |> f(y) is f(x, y).
            The prelude gives margin, markup_price, grow, cagr, breakeven_units, runway
            (:help NAME for each); :help finance lists the finance library.
            :help builtins lists the built-in functions.
            """, examples: [
                ex("fn net(price, tax = 20%) = price - tax"),
                ex("net(100 RUB)", "80 RUB"),
                ex("net(100 RUB, tax: 10%)", "90 RUB"),
                ex("fn fact(n) {\n  if n <= 1 { return 1 }\n  n * fact(n - 1)\n}"),
                ex("fact(5)", "120"),
                ex("double = x => x * 2"),
                ex("map([1, 2, 3], double)", "[2, 4, 6]"),
                ex("16 |> sqrt()", "4"),
                ex("margin(100 RUB, 60 RUB)", "0.4"),
            ]),
        HelpTopic(name: "control", summary: "if/then/else, blocks, for, while", text: """
            if c then a else b, and if c { … } else { … }, are expressions
            (write '} else {' on one line at the prompt). for x in xs { … } and
            while c { … } loop; inside a block, name = expr assigns the nearest
            variable of that name. Ctrl-C stops a loop that runs too long.
            """, examples: [
                ex("x = 7"),
                ex("if x > 5 then \"big\" else \"small\"", "big"),
                ex("if mod(x, 2) == 0 { \"even\" } else { \"odd\" }", "odd"),
                ex("total = 0"),
                ex("for k in [1, 2, 3] { total = total + k }"),
                ex("total", "6"),
                ex("while total < 100 { total = total * 2 }"),
                ex("total", "192"),
            ]),
    ]

    static let data: [HelpTopic] = [
        HelpTopic(name: "lists", summary: "lists and records, indexing, with, collection functions", text: """
            Lists [a, b, c] index from 0: xs[0], xs.first, xs.last, len(xs).
            Records {name: "SMB", size: 10k} have fields r.size; r with {size: 12k}
            makes a copy. == compares lists and records element by element.
            map, filter, reduce, sort, reverse, sum, min, max, contains, keys, range.
            """, examples: [
                ex("xs = [10, 20, 30]"),
                ex("xs[0] + xs.last", "40"),
                ex("filter(xs, x => x > 15)", "[20, 30]"),
                ex("reduce(xs, 0, (a, b) => a + b)", "60"),
                ex("r = {name: \"SMB\", size: 10k}"),
                ex("r.size", "10,000"),
                ex("r with {size: 12k}", "{name: \"SMB\", size: 12,000}"),
            ]),
        HelpTopic(name: "strings", summary: "strings, interpolation, escapes", text: """
            "…" with {expr} interpolation, formatted as results are (in the current
            locale), and escapes \\n \\t \\" \\\\ \\{. A string must close on its line.
            upper, lower, str, len.
            """, examples: [
                ex("customers = 1500"),
                ex("\"we have {customers} customers\"", "we have 1,500 customers"),
                ex("upper(\"smb\")", "SMB"),
                ex("\"braces: \\{x}\"", "braces: {x}"),
            ]),
        HelpTopic(name: "expect", summary: "assertions; biz test counts them", text: """
            expect COND or expect COND, "message". In a script a failure prints
            FILE:LINE: expect failed: … with the values compared; 'biz test'
            runs every expect in a folder and ends with 'N passed, N failed'.
            """, examples: [
                ex("expect 1000 - 20% == 800"),
                ex("expect 20% of 150 ≈ 30, \"percent of\""),
            ]),
        HelpTopic(name: "use", summary: "modules: use NAME", text: """
            use NAME loads NAME.biz from the script's folder (the current folder at
            the prompt), else from the standard library; a module loads once.
            The prelude is loaded first. Tab after 'use ' lists the modules.
            """, examples: [
                ex("use finance"),
                ex("ltv(90 RUB, 3%)", "3,000 RUB"),
                ex("payback([-1000, 500, 600])", "2"),
            ]),
    ]

    static let model: [HelpTopic] = [
        HelpTopic(name: "declarations", summary: "market, band, segment, competitor, strategy, company", text: """
            Declarations make a named model object (and a cell of that name).
            Fields are key: expr; unknown keys are errors; omitted keys take the
            model's defaults. 'with' copies an object with fields replaced.
            Inputs can change over time: 110 RUB until month 6 then +10%.
            """, examples: [
                ex("market { months: 36, growth: 3%/year, currency: RUB }"),
                ex("band economy = 80..120 RUB"),
                ex("segment smb {\n  size: 20k, customers: 1.5k, competitors: 15k\n  band: economy, wtp: 80 RUB to 180 RUB\n  taste: 15 RUB, churn: 2%/month, switching: 10%/month\n}"),
                ex("competitor rivals { price: 100 RUB, value: 1.0, value_growth: 1%/month, reach: 0.2%/month, referrals: 0.1 }"),
                ex("strategy active_sales {\n  leads: 3k/month, conversion: 5%, pressure: 50%, cost_per_lead: 40 RUB\n  discount: 15%, pushed_tenure: 4 months, invest: 3% of revenue\n}"),
                ex("strategy product_first { reach: 0.3%/month, referrals: 0.3, invest: 20% of revenue, value_growth: 1.2%/month }"),
                ex("company us {\n  price: 110 RUB until month 6 then +10%, value: 1.1, segments: [smb]\n  strategy: active_sales, competitor: rivals\n  fixed_costs: 50k RUB/month, unit_cost: 20 RUB, cash: 500k RUB\n}"),
                ex("smb.size", "20,000"),
            ]),
        HelpTopic(name: "simulate", summary: "simulate, stress, compare, explain", text: """
            simulate(company, months: N) runs the monthly model and returns a Run
            with series in total and per segment (run.segments.smb.customers).
            stress(company, price: +20%) — who stays if prices rise; stress(company)
            raises to the top of each segment's band; stress(run, at: 24) tests month
            24. compare(runA, runB) prints key figures side by side; explain(run,
            month: m) tells where customers came from and went.
            The examples use the company 'us' of :help declarations.
            """, examples: [
                ex("run = simulate(us, months: 36)"),
                ex("run.customers.last"),
                ex("stress(us, price: +20%).stay"),
                ex("stress(run, at: 24)"),
                ex("compare(run, simulate(us with {strategy: product_first}))"),
                ex("explain(run, month: 12)"),
            ], setup: declarationSetup),
        HelpTopic(name: "series", summary: "series: one value per month of a run", text: """
            A Run's fields are series indexed by month 0…months: customers, fit,
            pushed, rivals, unclaimed, new, churned, lost_to_rivals, revenue, costs,
            profit, cash, value, rival_value, price, share, loyal. s[12], s.first,
            s.last, sum(s), max(s); arithmetic works month by month.
            Flows (new, churned, lost_to_rivals, revenue, costs, profit, new_sales,
            new_reach, new_referrals) are what happened during a month, 0 at month 0:
            their sum, min, max, mean, .first, tables and charts read months 1…N,
            while s[0], len(s) and exports keep every month.
            The examples use the company 'us' of :help declarations.
            """, examples: [
                ex("run = simulate(us, months: 24)"),
                ex("run.revenue[12]"),
                ex("run.revenue[0]", "0 RUB"),
                ex("run.revenue.min > 0 RUB", "true"),
                ex("len(run.revenue)", "25"),
                ex("sum(run.profit)"),
                ex("max(run.customers)"),
                ex("run.segments.smb.customers.last"),
            ], setup: declarationSetup),
        HelpTopic(name: "uncertainty", summary: "distributions and Monte Carlo", text: """
            a to b is a lognormal with 5th and 95th percentiles a and b (both > 0).
            normal(mean, sd), lognormal(mean, sd), uniform(lo, hi),
            triangular(lo, mode, hi), beta(a, b), choice([…]). lognormal(mean, sd)
            takes the distribution's own mean and sd (not those of its logarithm).
            Arithmetic is sample-wise (x - x is exactly 0). mean(d), p(d, 5%),
            prob(d > 0), sd(d), samples(d). Summaries of a distribution as written
            (also through a name, a field, given or with) are exact; after
            arithmetic they come from the samples. :seed N and --samples N make
            runs reproducible.
            """, examples: [
                ex("p(90 to 140, 5%)", "90"),
                ex("m = lognormal(20, 4)"),
                ex("mean(m)", "20"),
                ex("sd(m)", "4"),
                ex("demand = 90 to 140"),
                ex("price = uniform(100 RUB, 120 RUB)"),
                ex("revenue = demand * price"),
                ex("mean(revenue)"),
                ex("p(revenue, 5%)"),
                ex("prob(revenue > 12k RUB)"),
                ex("demand - demand", "0"),
            ]),
    ]

    static let whatIf: [HelpTopic] = [
        HelpTopic(name: "whatif", summary: "sweep, goal, maximize, minimize, tornado", text: """
            sweep price over 80..160 RUB step 10 RUB: profit, customers — a data
            table (two 'over' clauses make a two-way table). goal profit = 0 by price
            in 50..300 RUB finds the value that meets a target; maximize and minimize
            find the optimum. tornado profit ranks inputs by effect (±10%, or
            'by 20%'). None of them changes a cell. Each also takes a declaration's
            field as the input (smb.churn); see :help sweep, :help goal, :help tornado.
            """, examples: [
                ex("price = 100 RUB"),
                ex("customers = 2000 - 10 * (price / 1 RUB)"),
                ex("profit = customers * (price - 40 RUB) - 20k RUB"),
                ex("t = sweep price over 80..160 RUB step 10 RUB: profit, customers"),
                ex("t[1].price", "90 RUB"),
                ex("goal profit = 0 by price in 50..100 RUB"),
                ex("maximize profit by price in 50..200 RUB", "120 RUB"),
                ex("minimize customers by price in 50..200 RUB", "200 RUB"),
                ex("tornado profit by 20%"),
            ]),
        HelpTopic(name: "sweep", summary: "sweep CELL over VALUES step S: outputs — a data table", text: """
            sweep price over 80..160 RUB step 10 RUB: profit prints a table and returns
            records (t[1].price, t[1].profit). The input may be a declaration's field:
            sweep active_sales.conversion over 2%..8% step 2%: … nests it in the
            records (t[1].active_sales.conversion). The step is in the range's unit:
            step 10 for a range in RUB is an error (write step 10 RUB).
            The examples use the company 'us' of :help declarations.
            """, examples: [
                ex("run = simulate(us, months: 12)"),
                ex("t = sweep active_sales.conversion over 2%..8% step 2%: run.cash.last"),
                ex("t[1].active_sales.conversion", "4%"),
            ], setup: declarationSetup),
        HelpTopic(name: "goal", summary: "goal TARGET = VALUE by CELL in RANGE; maximize, minimize", text: """
            goal profit = 0 by price in 50..300 RUB finds where the target meets the
            value; maximize/minimize profit by price in … find the optimum. A bare 0
            takes the target's unit; any other bare number for a target with a unit
            is an error (write 5000 RUB). The input may be a declaration's field:
            goal gap = 0 by rivals.price in 50..150 RUB.
            """, examples: [
                ex("competitor rivals { price: 100 RUB, value: 1.5 }"),
                ex("gap = rivals.price - 80 RUB"),
                ex("goal gap = 0 by rivals.price in 50..150 RUB", "80 RUB"),
                ex("rivals.price", "100 RUB"),
            ]),
        HelpTopic(name: "tornado", summary: "tornado TARGET [by 20%]: inputs ranked by effect", text: """
            tornado X moves every numeric input cell X depends on, and every numeric
            field (number, money, percent, rate, duration; not months, resolution,
            currency) of the declarations it depends on, by ±10%, one at a time. It
            prints a table with bars and returns records {input, low, high, swing},
            largest swing first; fields are labelled like smb.churn.
            The examples use the company 'us' of :help declarations.
            """, examples: [
                ex("run = simulate(us, months: 12)"),
                ex("k = tornado run.cash.last"),
                ex("len(k) > 10", "true"),
            ], setup: declarationSetup),
        HelpTopic(name: "output", summary: "show, plot, export, report", text: """
            show x prints a rich view (a Run: summary table and sparklines).
            plot a, b draws a terminal chart; plot … to "file.svg" writes SVG.
            export x to "file.csv" (or .json) writes data; export a, b to
            "file.xlsx" writes an Excel workbook, a sheet per value (a run: its
            totals and a sheet per segment). With --locale ru a CSV has ';',
            decimal commas and a BOM, as Russian Excel expects. report run to
            "file.html" writes a page with charts and tables. Files go only under
            the current folder unless --allow-write PATH.
            The examples use the company 'us' of :help declarations.
            """, examples: [
                ex("run = simulate(us, months: 24)"),
                ex("show run"),
                ex("plot run.customers, run.fit"),
                ex("plot run.revenue to \"revenue.svg\""),
                ex("export run to \"run.csv\""),
                ex("export run, run.cash to \"run.xlsx\""),
                ex("report run to \"run.html\""),
            ], setup: declarationSetup),
    ]

    static let session: [HelpTopic] = [
        HelpTopic(name: "locale", summary: "number formatting: en or ru", text: """
            :locale ru (or biz --locale ru) prints 1 234 567,5 and 12 000 ₽;
            :locale en goes back. Only output changes: input is always written
            with a '.' decimal point.
            """, examples: [
                ex(":locale ru"),
                ex("1234567.5", "1 234 567,5"),
                ex(":locale en"),
                ex("1234567.5", "1,234,567.5"),
            ]),
        HelpTopic(name: "repl", summary: "commands and keys of this prompt", text: """
            Tab completes names, functions, fields after '.', modules after 'use'
            and :commands. Up/Down walk the history (kept across sessions),
            Ctrl-R searches it. Ctrl-C clears the line, or stops a running
            evaluation; Ctrl-D on an empty line quits. A line that fails changes
            nothing. The commands:
            """, examples: [
                ex(":seed 7"),
                ex(":time 2 ^ 20"),
            ]),
    ]

    /// The model from :help declarations, for the topics that need a company.
    static let declarationSetup: [HelpTopic.Example] = [
        ex("band economy = 80..120 RUB"),
        ex("segment smb { size: 20k, customers: 1.5k, competitors: 15k, band: economy, wtp: 80 RUB to 180 RUB, churn: 2%/month }"),
        ex("competitor rivals { price: 100 RUB, value_growth: 1%/month }"),
        ex("strategy active_sales { leads: 3k/month, conversion: 5%, pressure: 50%, cost_per_lead: 40 RUB, discount: 15% }"),
        ex("strategy product_first { reach: 0.3%/month, referrals: 0.3, invest: 20% of revenue, value_growth: 1.2%/month }"),
        ex("company us { price: 110 RUB, segments: [smb], strategy: active_sales, competitor: rivals, fixed_costs: 50k RUB/month, unit_cost: 20 RUB, cash: 500k RUB }"),
    ]
}
