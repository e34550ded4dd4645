// The text of `:help TOPIC` for the language itself, in English and
// Russian. HelpExamplesTests runs every example, in order, in a fresh
// session in each language, and checks each `=>` result, so the help cannot
// drift from the language. An example starting with `:` is a REPL command.
// The model's topics are in HelpDeclarationTopics, HelpSeriesTopics and
// HelpAnalysisTopics.

enum HelpTopics {
    static var names: [String] { all.map(\.name) }

    static func find(_ name: String) -> HelpTopic? {
        all.first { $0.name == name } ?? all.first { $0.name.hasPrefix(name) }
    }

    static let all: [HelpTopic] = core + data + [financeTopic] + model + HelpDeclarationTopics.all + HelpAnalysisTopics.all
        + HelpSeriesTopics.all + output + session

    static let core: [HelpTopic] = [
        HelpTopic(name: "syntax", summary: ("statements, comments, names, continuing a line",
                                            "инструкции, комментарии, имена, перенос строки"), text: ("""
            One statement per line, or several separated by ';'. '#' starts a comment.
            Inside { } a ',' separates statements too.
            Names are letters, digits and '_' (Cyrillic too); reserved words:
            fn if then else for in while return and or not true false given.
            A line ending in an operator, ',' or 'in' — or with a bracket still open —
            continues on the next line (the prompt shows ...>).
            """, """
            Одна инструкция в строке или несколько через ';'. '#' начинает комментарий.
            Внутри { } инструкции разделяет и ','.
            Имена — буквы (и кириллица), цифры и '_'; зарезервированные слова:
            fn if then else for in while return and or not true false given.
            Строка, которая кончается оператором, ',' или 'in' — или где скобка ещё
            открыта, — продолжается на следующей (подсказка ...>).
            """), examples: [
                ex("выручка = 100 RUB * 3", "выручка = 300 RUB", ru: "выручка = 300 ₽"),
                ex("a = 1; b = 2; a + b", "3"),
                ex("total = a +\n  b", "total = 3"),
                ex("{ c = a * 10, c + b }", "12"),
            ]),
        HelpTopic(name: "numbers", summary: ("numbers, scale suffixes, percent arithmetic, comparisons",
                                             "числа, суффиксы k/M/B, проценты, сравнения"), text: ("""
            Numbers: 42, 3.14, .5, 1_000_000, 1e6, and suffixes against the digits:
            2.5k, 1.2M, 3B. Percent is postfix % and works like a business calculator:
            x + p% is x·(1+p), x - p% is x·(1−p), p% of x is x·p (:help percent). No
            modulo operator: mod(a, b). == compares to 12 significant digits; ≈ (or
            ~=) within 0.1%.
            Precedence, loosest first: given, |>, or, and, not, comparisons and in,
            .. and to, + -, * / per of, unary - +, ^, then calls, fields, index, %.
            """, """
            Числа: 42, 3.14, .5, 1_000_000, 1e6 и суффиксы вплотную к цифрам:
            2.5k, 1.2M, 3B. Дробная часть всегда через точку. Процент — постфиксный %,
            как в калькуляторе: x + p% — это x·(1+p), x - p% — x·(1−p), p% of x — x·p
            (:help percent). Остаток от деления — mod(a, b). == сравнивает до 12
            значащих цифр; ≈ (или ~=) — с точностью 0,1%.
            Приоритет, от самого слабого: given, |>, or, and, not, сравнения и in,
            .. и to, + -, * / per of, унарные - +, ^, затем вызовы, поля, индекс, %.
            """), examples: [
                ex("2.5k * 4", "10,000", ru: "10 000"),
                ex("1000 - 20%", "800"),
                ex("20% of 150", "30"),
                ex("20% + 5%", "25%"),
                ex("0.1 + 0.2 == 0.3", "true"),
                ex("100 ≈ 100.05", "true"),
                ex("100 ≈ 103 within 5%", "true"),
                ex("2 ^ 10", "1,024", ru: "1 024"),
                ex("mod(7, 3)", "1"),
            ]),
        HelpTopic(name: "percent", summary: ("typed and untyped percents, points, x in %",
                                             "видимые и невидимые проценты, пункты, x in %"), text: ("""
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
            """, """
            Процент, который виден в формуле, — типизированный: 20%, (x)%, -5% и их
            суммы (20% + 5%). Рядом с числом или суммой денег это изменение, как в
            калькуляторе: x + 20% — это x·1,2, x - 20% — x·0,8.
            Любой другой процент — имя, параметр, поле, вызов, x in % — нетипизированный:
            рядом с простым числом это его доля, как в учебнике финансов (1 + i - r),
            а рядом с деньгами или другой единицей — изменение (100 RUB + vat). Поэтому
            перенос литерала в ячейку может изменить результат с простым числом:
            x + 3% — это x·1,03, но при markup = 3% x + markup — это x + 0,03.
            Чтобы сохранить изменение, пишите x * (1 + markup).
            Процент ± процент и процент × процент — проценты; процент ÷ число — процент
            (6% / 12); процент ÷ процент — число. В остальных случаях процент — его доля
            (2 ^ 50%). x in % показывает число как процент.
            Ошибки: процент перед суммой (vat + 100 RUB: пишите 100 RUB + vat);
            процентная ставка ± голый процент (3%/year + 1%: пишите + 1%/year, чтобы
            прибавить пункты, или * (1 + 1%), чтобы изменить ставку); x% после имени
            (пишите (x)%).
            """), examples: [
                ex("1000 - 20%", "800"),
                ex("1000 - (20% + 5%)", "750"),
                ex("x = 1000", "x = 1,000", ru: "x = 1 000"),
                ex("x + 3%", "1,030", ru: "1 030"),
                ex("markup = 3%", "markup = 3%"),
                ex("x + markup", "1,000.03", ru: "1 000,03"),
                ex("x * (1 + markup)", "1,030", ru: "1 030"),
                ex("i = 10%; r = 80%"),
                ex("1 + i - r", "0.3", ru: "0,3"),
                ex("vat = 20%", "vat = 20%"),
                ex("100 RUB + vat", "120 RUB", ru: "120 ₽"),
                ex("6% / 12", "0.5%", ru: "0,5%"),
                ex("3% / 1%", "3"),
                ex("3%/year + 1%/year", "4%/year", ru: "4%/год"),
                ex("0.4 in %", "40%"),
                ex("2 ^ 50%", "1.414213562", ru: "1,414213562"),
                ex("(x / 4)%", "250%"),
            ]),
        HelpTopic(name: "money", summary: ("currencies, symbols, money arithmetic, exchange rates",
                                           "валюты, символы, действия с деньгами, курсы"), text: ("""
            Three capital letters after a number are a currency: 120 RUB, 63.30 USD.
            Symbols before a number: $120 €50 £5 ₽500 ¥5. Money ± money of one
            currency; money × or ÷ a number; money ÷ money is a number. Money ± a
            plain number is an error (write 5 RUB). Declare a rate to mix currencies:
            it works both ways, cross rates are derived; 'in' converts.
            """, """
            Три заглавные буквы после числа — валюта: 120 RUB, 63.30 USD. Символы перед
            числом: $120 €50 £5 ₽500 ¥5, а также 500 ₽ и 500 руб после числа. Деньги ±
            деньги одной валюты; деньги × или ÷ число; деньги ÷ деньги — число. Деньги ±
            простое число — ошибка (пишите 5 RUB). Чтобы смешивать валюты, объявите курс
            (:help rate): он действует в обе стороны, кросс-курсы выводятся сами;
            'in' переводит.
            """), examples: [
                ex("price = 120 RUB + 20%", "price = 144 RUB", ru: "price = 144 ₽"),
                ex("$120 * 3", "360 USD", ru: "360 USD"),
                ex("12000.5 RUB", "12,000.50 RUB", ru: "12 000,50 ₽"),
                ex("rate USD = 63.30 RUB"),
                ex("100 USD in RUB", "6,330 RUB", ru: "6 330 ₽"),
                ex("10 USD + 100 RUB", "11.58 USD", ru: "11,58 USD"),
            ]),
        HelpTopic(name: "units", summary: ("durations, rates per period, conversion with 'in', unit errors",
                                           "сроки, ставки за период, перевод через 'in', ошибки единиц"), text: ("""
            Period words after a number make a duration (kept in months):
            12 months, 2 quarters, 3 years, 4 weeks. A quantity per period is a rate:
            4%/month, 500/month, 200k RUB/month, 12%/year, or 'per month'.
            Counts and money convert linearly (1200/year = 100/month); percent rates
            compound. A rate × a duration gives the quantity. 'EXPR in UNIT' converts
            to a currency or a period. Mixing units is an error that shows both sides.
            """, """
            Слово периода после числа даёт срок (хранится в месяцах): 12 months,
            2 quarters, 3 years, 4 weeks, а также 12 месяцев, 2 квартала, 3 года.
            Величина за период — ставка: 4%/month, 500/month, 200k RUB/month, 12%/year,
            5%/мес или 'per month'. Количества и деньги пересчитываются линейно
            (1200/year = 100/month); процентные ставки — со сложным процентом.
            Ставка × срок даёт величину. 'EXPR in ЕДИНИЦА' переводит в валюту или
            период. Смешение единиц — ошибка, которая показывает обе стороны.
            """), examples: [
                ex("2 quarters", "6 months", ru: "6 месяцев"),
                ex("1200/year in month", "100/month", ru: "100/мес."),
                ex("500/month * 3 months", "1,500", ru: "1 500"),
                ex("200k RUB per month", "200,000 RUB/month", ru: "200 000 ₽/мес."),
                ex("12%/year", "12%/year", ru: "12%/год"),
            ]),
        HelpTopic(name: "ranges", summary: ("ranges lo..hi and their fields", "диапазоны lo..hi и их поля"), text: ("""
            lo..hi is an inclusive range; a bare end takes the other end's unit.
            Fields: lo, hi, mid (and width).
            """, """
            lo..hi — диапазон, включая концы; конец без единицы берёт единицу другого.
            Поля: lo, hi, mid (и width).
            """), examples: [
                ex("band = 80..120 RUB", "band = 80..120 RUB", ru: "band = 80..120 ₽"),
                ex("band.mid", "100 RUB", ru: "100 ₽"),
                ex("(80..120).hi", "120"),
            ]),
        HelpTopic(name: "cells", summary: ("names are cells: formulas that recompute; _ is the last result",
                                           "имена — ячейки: формулы, которые пересчитываются; _ — последний результат"), text: ("""
            name = expr at the top level defines a cell: a formula whose value is
            cached and recomputed when something it depends on changes.
            A definition that uses its own name uses the previous value (n = n + 1);
            any other cycle is an error. _ holds the last result.
            :cells lists every cell; a line with an error changes nothing.
            """, """
            name = expr на верхнем уровне задаёт ячейку: формулу, значение которой
            запоминается и пересчитывается, когда меняется то, от чего оно зависит.
            Определение, которое использует своё же имя, берёт прежнее значение
            (n = n + 1); любой другой цикл — ошибка. _ хранит последний результат.
            :cells показывает все ячейки; строка с ошибкой ничего не меняет.
            """), examples: [
                ex("price = 100 RUB", "price = 100 RUB", ru: "price = 100 ₽"),
                ex("revenue = price * 300", "revenue = 30,000 RUB", ru: "revenue = 30 000 ₽"),
                ex("price = 120 RUB", "price = 120 RUB", ru: "price = 120 ₽"),
                ex("revenue", "36,000 RUB", ru: "36 000 ₽"),
                ex("_ * 2", "72,000 RUB", ru: "72 000 ₽"),
                ex("n = 1"),
                ex("n = n + 1", "n = 2"),
            ]),
        HelpTopic(name: "given", group: .whatIf, summary: ("what-if: EXPR given cell = value, …",
                                                           "«что, если»: EXPR given ячейка = значение, …"), text: ("""
            EXPR given cell = value, cell2 = value evaluates EXPR with those cells
            replaced and leaves the session unchanged. Any cell may be replaced,
            however deep it is used, and so may a declaration's field:
            run.cash.last given smb.churn = 3%/month. 'given' binds loosest of all.
            When EXPR cannot read a name it binds, a note says so on stderr:
            note: revenue does not depend on fee.
            """, """
            EXPR given ячейка = значение, ячейка2 = значение вычисляет EXPR с этими
            ячейками, заменёнными на время расчёта, и не меняет сеанс. Заменить можно
            любую ячейку, как бы глубоко она ни использовалась, и поле объявления:
            run.cash.last given smb.churn = 3%/month. 'given' связывает слабее всего.
            Если EXPR не читает заменяемое имя, об этом скажет заметка (note) в stderr.
            """), examples: [
                ex("price = 100 RUB; units = 300"),
                ex("revenue = price * units"),
                ex("revenue given price = 130 RUB", "39,000 RUB", ru: "39 000 ₽"),
                ex("revenue given price = 90 RUB, units = 400", "36,000 RUB", ru: "36 000 ₽"),
                ex("revenue", "30,000 RUB", ru: "30 000 ₽"),
                ex("competitor rivals { price: 100 RUB, value: 2 }"),
                ex("gap = price - rivals.price"),
                ex("gap given rivals.price = 80 RUB", "20 RUB", ru: "20 ₽"),
            ]),
        HelpTopic(name: "functions", summary: ("fn, default and named arguments, lambdas, |>",
                                               "fn, аргументы по умолчанию и по имени, лямбды, |>"), text: ("""
            fn name(a, b = 5%) = expr, or fn name(a) { … } whose last expression is
            the value; return works. Calls take positional then named arguments.
            Lambdas: x => x * 2, (x, by = 1) => x + by. x |> f(y) is f(x, y).
            The prelude gives margin, markup_price, grow, cagr, breakeven_units, runway
            (:help NAME for each); :help finance lists the finance library.
            :help builtins lists the built-in functions.
            """, """
            fn name(a, b = 5%) = expr или fn name(a) { … }, где значение — последнее
            выражение; работает return. При вызове сначала позиционные аргументы, затем
            именованные. Лямбды: x => x * 2, (x, by = 1) => x + by. x |> f(y) — это f(x, y).
            Прелюдия даёт margin, markup_price, grow, cagr, breakeven_units, runway
            (:help ИМЯ — о каждой); :help finance — финансовая библиотека.
            :help builtins — список встроенных функций.
            """), examples: [
                ex("fn net(price, tax = 20%) = price - tax"),
                ex("net(100 RUB)", "80 RUB", ru: "80 ₽"),
                ex("net(100 RUB, tax: 10%)", "90 RUB", ru: "90 ₽"),
                ex("fn fact(n) {\n  if n <= 1 { return 1 }\n  n * fact(n - 1)\n}"),
                ex("fact(5)", "120"),
                ex("double = x => x * 2"),
                ex("map([1, 2, 3], double)", "[2, 4, 6]", ru: "[2; 4; 6]"),
                ex("16 |> sqrt()", "4"),
                ex("margin(100 RUB, 60 RUB)", "0.4", ru: "0,4"),
            ]),
        HelpTopic(name: "control", summary: ("if/then/else, blocks, for, while", "if/then/else, блоки, for, while"), text: ("""
            if c then a else b, and if c { … } else { … }, are expressions
            (write '} else {' on one line at the prompt). for x in xs { … } and
            while c { … } loop; inside a block, name = expr assigns the nearest
            variable of that name. Ctrl-C stops a loop that runs too long.
            """, """
            if c then a else b и if c { … } else { … } — выражения (в REPL пишите
            '} else {' в одной строке). for x in xs { … } и while c { … } — циклы;
            внутри блока name = expr присваивает ближайшей переменной с этим именем.
            Ctrl-C останавливает слишком долгий цикл.
            """), examples: [
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
        HelpTopic(name: "lists", summary: ("lists and records, indexing, with, collection functions",
                                           "списки и записи, индексы, with, функции над коллекциями"), text: ("""
            Lists [a, b, c] index from 0: xs[0], xs.first, xs.last, len(xs).
            Records {name: "SMB", size: 10k} have fields r.size; r with {size: 12k}
            makes a copy. == compares lists and records element by element.
            map, filter, reduce, sort, reverse, sum, min, max, contains, keys, range.
            """, """
            Списки [a, b, c] нумеруются с 0: xs[0], xs.first, xs.last, len(xs).
            У записей {name: "SMB", size: 10k} есть поля r.size; r with {size: 12k}
            делает копию. == сравнивает списки и записи поэлементно.
            map, filter, reduce, sort, reverse, sum, min, max, contains, keys, range.
            """), examples: [
                ex("xs = [10, 20, 30]"),
                ex("xs[0] + xs.last", "40"),
                ex("filter(xs, x => x > 15)", "[20, 30]", ru: "[20; 30]"),
                ex("reduce(xs, 0, (a, b) => a + b)", "60"),
                ex("r = {name: \"SMB\", size: 10k}"),
                ex("r.size", "10,000", ru: "10 000"),
                ex("r with {size: 12k}", "{name: \"SMB\", size: 12,000}", ru: "{name: \"SMB\"; size: 12 000}"),
            ]),
        HelpTopic(name: "strings", summary: ("strings, interpolation, escapes", "строки, подстановка, экранирование"), text: ("""
            "…" with {expr} interpolation, formatted as results are (in the current
            locale), and escapes \\n \\t \\" \\\\ \\{. A string must close on its line.
            upper, lower, str, len.
            """, """
            "…" с подстановкой {expr}, отформатированной как результаты (в формате
            языка, выбранного явно), и экранированием \\n \\t \\" \\\\ \\{. Строка должна
            закрыться в той же строке. upper, lower, str, len.
            """), examples: [
                ex("customers = 1500"),
                ex("\"we have {customers} customers\"", "we have 1,500 customers", ru: "we have 1 500 customers"),
                ex("upper(\"smb\")", "SMB"),
                ex("\"braces: \\{x}\"", "braces: {x}"),
            ]),
        HelpTopic(name: "expect", summary: ("assertions; biz test counts them", "проверки; biz test их считает"), text: ("""
            expect COND or expect COND, "message". In a script a failure prints
            FILE:LINE: expect failed: … with the values compared; 'biz test'
            runs every expect in a folder and ends with 'N passed, N failed'.
            """, """
            expect УСЛОВИЕ или expect УСЛОВИЕ, "сообщение". В сценарии провал печатает
            FILE:LINE: expect failed: … со сравниваемыми значениями; 'biz test'
            выполняет все expect в папке и заканчивает строкой 'N passed, N failed'
            (эти слова остаются английскими: их читают программы).
            """), examples: [
                ex("expect 1000 - 20% == 800"),
                ex("expect 20% of 150 ≈ 30, \"percent of\""),
            ]),
        HelpTopic(name: "use", summary: ("modules: use NAME", "модули: use ИМЯ"), text: ("""
            use NAME loads NAME.biz from the script's folder (the current folder at
            the prompt), else from the standard library; a module loads once.
            The prelude is loaded first. Tab after 'use ' lists the modules.
            """, """
            use ИМЯ загружает ИМЯ.biz из папки сценария (в REPL — из текущей папки),
            иначе из стандартной библиотеки; модуль загружается один раз. Прелюдия
            загружается первой. Tab после 'use ' показывает модули.
            """), examples: [
                ex("use finance"),
                ex("ltv(90 RUB, 3%)", "3,000 RUB", ru: "3 000 ₽"),
                ex("payback([-1000, 500, 600])", "2"),
            ]),
    ]

    static let model: [HelpTopic] = [
        HelpTopic(name: "declarations", group: .declaration,
                  summary: ("market, band, segment, competitor, strategy, company, rate",
                            "market, band, segment, competitor, strategy, company, rate"), text: ("""
            Declarations make a named model object (and a cell of that name).
            Fields are key: expr; unknown keys are errors; omitted keys take the
            model's defaults. 'with' copies an object with fields replaced.
            Inputs can change over time: 110 RUB until month 6 then +10%.
            Each declaration has its own topic with every field: :help segment.
            """, """
            Объявления создают именованный объект модели (и ячейку с этим именем).
            Поля пишутся как ключ: выражение; неизвестный ключ — ошибка; пропущенные
            поля берут значения по умолчанию. 'with' копирует объект с заменой полей.
            Входы могут меняться во времени: 110 RUB until month 6 then +10%.
            У каждого объявления своя тема со всеми полями: :help segment.
            """), examples: [
                ex("market { months: 36, growth: 3%/year, currency: RUB }"),
                ex("band economy = 80..120 RUB"),
                ex("segment smb {\n  size: 20k, customers: 1.5k, competitors: 15k\n  band: economy, wtp: 80 RUB to 180 RUB\n  taste: 15 RUB, churn: 2%/month, switching: 10%/month\n}"),
                ex("competitor rivals { price: 100 RUB, value: 1.0, value_growth: 1%/month, reach: 0.2%/month, referrals: 0.1 }"),
                ex("strategy active_sales {\n  leads: 3k/month, conversion: 5%, pressure: 50%, cost_per_lead: 40 RUB\n  discount: 15%, pushed_tenure: 4 months, invest: 3% of revenue\n}"),
                ex("strategy product_first { reach: 0.3%/month, referrals: 0.3, invest: 20% of revenue, value_growth: 1.2%/month }"),
                ex("company us {\n  price: 110 RUB until month 6 then +10%, value: 1.1, segments: [smb]\n  strategy: active_sales, competitor: rivals\n  fixed_costs: 50k RUB/month, unit_cost: 20 RUB, cash: 500k RUB\n}"),
                ex("smb.size", "20,000", ru: "20 000"),
            ]),
        HelpTopic(name: "series", group: .series, summary: ("series: one value per month of a run",
                                                            "ряды: по значению на каждый месяц прогона"), text: ("""
            A Run's fields are series indexed by month 0…months: customers, fit,
            pushed, rivals, unclaimed, new, new_sales, new_reach, new_referrals,
            churned, lost_to_rivals, revenue, costs, profit, cash, value,
            rival_value, price, share, loyal (each has a topic: :help pushed).
            s[12], s.first, s.last, sum(s), max(s); arithmetic works month by month.
            Flows (new, churned, lost_to_rivals, revenue, costs, profit, new_sales,
            new_reach, new_referrals) are what happened during a month, 0 at month 0:
            their sum, min, max, mean, .first, tables and charts read months 1…N,
            while s[0], len(s) and exports keep every month.
            """, """
            Поля прогона (Run) — ряды по месяцам 0…months: customers, fit, pushed,
            rivals, unclaimed, new, new_sales, new_reach, new_referrals, churned,
            lost_to_rivals, revenue, costs, profit, cash, value, rival_value, price,
            share, loyal (у каждого своя тема: :help pushed).
            s[12], s.first, s.last, sum(s), max(s); арифметика идёт помесячно.
            Потоки (new, churned, lost_to_rivals, revenue, costs, profit, new_sales,
            new_reach, new_referrals) — то, что случилось за месяц, в месяце 0 они
            равны 0: их sum, min, max, mean, .first, таблицы и графики читают месяцы
            1…N, а s[0], len(s) и экспорт хранят все месяцы.
            """), examples: [
                ex("run = simulate(us, months: 24)"),
                ex("run.revenue[12]"),
                ex("run.revenue[0]", "0 RUB", ru: "0 ₽"),
                ex("run.revenue.min > 0 RUB", "true"),
                ex("len(run.revenue)", "25"),
                ex("sum(run.profit)"),
                ex("max(run.customers)"),
                ex("run.segments.smb.customers.last"),
            ], setup: declarationSetup),
        HelpTopic(name: "uncertainty", group: .model, summary: ("distributions and Monte Carlo", "распределения и Монте-Карло"), text: ("""
            a to b is a lognormal with 5th and 95th percentiles a and b (both > 0).
            normal(mean, sd), lognormal(mean, sd), uniform(lo, hi),
            triangular(lo, mode, hi), beta(a, b), choice([…]). lognormal(mean, sd)
            takes the distribution's own mean and sd (not those of its logarithm).
            Arithmetic is sample-wise (x - x is exactly 0). mean(d), p(d, 5%),
            prob(d > 0), sd(d), samples(d). Summaries of a distribution as written
            (also through a name, a field, given or with) are exact; after
            arithmetic they come from the samples. :seed N and --samples N make
            runs reproducible; draws are stratified (Latin hypercube) unless
            --sampling random. See :help distributions.
            """, """
            a to b — логнормальное распределение с 5-м и 95-м процентилями a и b
            (оба > 0). normal(mean, sd), lognormal(mean, sd), uniform(lo, hi),
            triangular(lo, mode, hi), beta(a, b), choice([…]). lognormal(mean, sd)
            берёт среднее и sd самого распределения (не его логарифма).
            Арифметика идёт по выборкам (x - x ровно 0). mean(d), p(d, 5%),
            prob(d > 0), sd(d), samples(d). Сводки распределения, как оно записано
            (и через имя, поле, given или with), точные; после арифметики — по
            выборкам. :seed N и --samples N делают расчёт воспроизводимым;
            выборки идут по слоям (латинский гиперкуб), если не --sampling random.
            См. :help distributions.
            """), examples: [
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

    static let output: [HelpTopic] = [
        HelpTopic(name: "output", group: .session, summary: ("show, plot, export, report", "show, plot, export, report"), text: ("""
            show x prints a rich view (a Run: summary table and sparklines).
            plot a, b draws a terminal chart; plot … to "file.svg" writes SVG.
            export x to "file.csv" (or .json) writes data; export a, b to
            "file.xlsx" writes an Excel workbook, a sheet per value (a run: its
            totals and a sheet per segment). With --locale ru a CSV has ';',
            decimal commas and a BOM, as Russian Excel expects. report run to
            "file.html" writes a page with charts and tables. Files go only under
            the current folder unless --allow-write PATH.
            The examples use the company 'us' of :help declarations.
            """, """
            show x печатает подробный вид (для прогона — сводную таблицу и спарклайны).
            plot a, b рисует график в терминале; plot … to "file.svg" пишет SVG.
            export x to "file.csv" (или .json) пишет данные; export a, b to
            "file.xlsx" пишет книгу Excel, по листу на значение (для прогона — итоги
            и по листу на сегмент). С --locale ru CSV пишется с ';', десятичной
            запятой и BOM, как ждёт русский Excel. report run to "file.html" пишет
            страницу с графиками и таблицами. Файлы пишутся только внутри текущей
            папки, если не указан --allow-write ПУТЬ.
            В примерах — компания 'us' из :help declarations.
            """), examples: [
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
        HelpTopic(name: "locale", group: .session, summary: ("interface language and number format: en or ru",
                                                             "язык интерфейса и формат чисел: en или ru"), text: ("""
            :locale ru (or biz --locale ru, or LANG=ru_RU.UTF-8) speaks Russian and
            prints 1 234 567,5 and 12 000 ₽; :locale en goes back. Input is always
            written with a '.' decimal point; 500 ₽ and 3 месяца are read too.
            Keywords and function names stay as they are.
            """, """
            :locale ru (или biz --locale ru, или LANG=ru_RU.UTF-8) включает русский
            язык и печатает 1 234 567,5 и 12 000 ₽; :locale en возвращает английский.
            Ввод всегда с десятичной точкой; понимаются и 500 ₽, и 3 месяца.
            Ключевые слова и имена функций не переводятся.
            """), examples: [
                ex(":locale ru"),
                ex("1234567.5", "1 234 567,5"),
                ex(":locale en"),
                ex("1234567.5", "1,234,567.5"),
            ]),
        HelpTopic(name: "repl", group: .session, summary: ("commands and keys of this prompt", "команды и клавиши этой строки ввода"), text: ("""
            Tab completes names, functions, fields after '.', modules after 'use'
            and :commands. Up/Down walk the history (kept across sessions),
            Ctrl-R searches it. Ctrl-C clears the line, or stops a running
            evaluation; Ctrl-D on an empty line quits. A line that fails changes
            nothing. The commands:
            """, """
            Tab дополняет имена, функции, поля после '.', модули после 'use' и
            :команды. Вверх/Вниз листают историю (она сохраняется между сеансами),
            Ctrl-R ищет в ней. Ctrl-C очищает строку или прерывает вычисление;
            Ctrl-D на пустой строке — выход. Строка с ошибкой ничего не меняет.
            Команды:
            """), examples: [
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
