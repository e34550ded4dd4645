// `:help market`, `:help segment`, …: each declaration with every field's
// meaning, unit and default (MODEL.md "Defaults and units"), in English and
// Russian. HelpCoverageTests checks the fields against the field schema.

enum HelpDeclarationTopics {
    static let all: [HelpTopic] = [market, band, segment, competitor, strategy, company, rate]

    private static let percentRate: Bilingual = ("percent rate (e.g. 2%/month)", "процентная ставка (например, 2%/month)")
    private static let zero: Bilingual = ("0", "0")
    private static let required: Bilingual = ("required", "обязательное")

    static let market = HelpTopic(name: "market", group: .declaration,
        summary: ("the market: horizon, growth, currency, resolution", "рынок: горизонт, рост, валюта, точность"),
        text: ("""
            market { … } sets what every simulation shares: how many months it runs,
            how fast the market grows, the currency of the money series, and how
            finely willingness to pay is split (bins). One market per session; a
            later declaration replaces it.
            """, """
            market { … } задаёт то, что общее для всех расчётов: сколько месяцев идёт
            прогон, как быстро растёт рынок, валюта денежных рядов и насколько мелко
            делится готовность платить (корзины). Рынок в сеансе один; новое
            объявление заменяет прежнее.
            """),
        fields: [
            field("months", ("how many months simulate runs", "сколько месяцев идёт simulate"),
                  unit: ("a number or a duration (36, 3 years)", "число или срок (36, 3 years)"), default: ("36", "36")),
            field("growth", ("how fast every segment's size grows; newcomers are unclaimed",
                             "как быстро растёт размер каждого сегмента; новички ничьи (unclaimed)"),
                  unit: ("percent rate, growth-like (3%/year)", "процентная ставка роста (3%/year)"), default: zero),
            field("currency", ("the currency of the money series", "валюта денежных рядов"),
                  unit: ("currency code (RUB)", "код валюты (RUB)"),
                  default: ("the currency of the company's price", "валюта цены компании")),
            field("resolution", ("how many bins of willingness to pay the engine uses (more is finer and slower)",
                                 "сколько корзин готовности платить использует расчёт (больше — точнее и медленнее)"),
                  unit: ("a number of bins", "число корзин"), default: ("200", "200")),
        ],
        examples: [
            ex("market { months: 24, growth: 5%/year, currency: RUB }"),
            ex("market.months", "24"),
        ])

    static let band = HelpTopic(name: "band", group: .declaration,
        summary: ("a price band: the prices typical for a segment", "ценовой диапазон: цены, обычные для сегмента"),
        text: ("""
            band NAME = lo..hi names the range of prices a segment is used to. The
            stress test raises our price to the top of the band (or keeps it when
            ours is higher) and counts who stays: that share is loyalty.
            """, """
            band ИМЯ = lo..hi называет диапазон цен, к которым привык сегмент.
            Стресс-тест поднимает нашу цену до верха диапазона (или оставляет её,
            если наша выше) и считает, кто останется: эта доля и есть лояльность.
            """),
        fields: [
            field("range", ("the lowest and highest typical price", "самая низкая и самая высокая обычная цена"),
                  unit: ("a range of money (80..120 RUB)", "диапазон денег (80..120 RUB)"), default: required),
        ],
        examples: [
            ex("band economy = 80..120 RUB", "band economy = 80..120 RUB", ru: "band economy = 80..120 ₽"),
            ex("economy.hi", "120 RUB", ru: "120 ₽"),
        ])

    static let segment = HelpTopic(name: "segment", group: .declaration,
        summary: ("a group of customers: size, willingness to pay, churn", "группа покупателей: размер, готовность платить, отток"),
        text: ("""
            segment NAME { … } is a group of addressable customers with its own
            willingness to pay (WTP: what a customer would pay per month for a
            product of value 1.0), its own taste for us over the rivals, and its own
            churn. A customer affords us when WTP × our value ≥ our price.
            """, """
            segment ИМЯ { … } — группа возможных покупателей со своей готовностью
            платить (WTP: сколько покупатель заплатил бы в месяц за продукт ценности
            1,0), своей склонностью к нам против конкурентов и своим оттоком.
            Покупатель может купить у нас, когда WTP × наша ценность ≥ нашей цены.
            """),
        fields: [
            field("size", ("how many customers the segment has in all (N); grows with the market",
                           "сколько всего покупателей в сегменте (N); растёт вместе с рынком"),
                  unit: ("a count (20k)", "количество (20k)"), default: ("required, > 0", "обязательное, > 0")),
            field("customers", ("our customers at month 0", "наши покупатели в месяце 0"),
                  unit: ("a count", "количество"), default: zero),
            field("competitors", ("the rivals' customers at month 0", "покупатели конкурентов в месяце 0"),
                  unit: ("a count", "количество"), default: zero),
            field("band", ("the prices typical for the segment (:help band); the stress test raises to its top",
                           "обычные для сегмента цены (:help band); стресс-тест поднимает цену до их верха"),
                  unit: ("a band or a range of money", "band или диапазон денег"),
                  default: ("P..P + 20% from our starting price P", "P..P + 20% от нашей начальной цены P")),
            field("wtp", ("willingness to pay per month for a product of value 1.0; a range means uniform",
                          "готовность платить в месяц за продукт ценности 1,0; диапазон значит равномерное"),
                  unit: ("a distribution or a range of money (80 RUB to 180 RUB)", "распределение или диапазон денег (80 RUB to 180 RUB)"),
                  default: required),
            field("taste", ("how much customers prefer us over rivals, in money per month: the spread of a normal preference",
                            "насколько покупатели предпочитают нас конкурентам, в деньгах в месяц: разброс нормального предпочтения"),
                  unit: ("money, or a percent of our starting price", "деньги или процент от нашей начальной цены"),
                  default: ("10% of our starting price", "10% от нашей начальной цены")),
            field("churn", ("the share of customers (ours and the rivals') who leave the market each period",
                            "доля покупателей (наших и конкурентов), которые уходят с рынка за период"),
                  unit: ("percent rate, loss-like (2%/month)", "процентная ставка потерь (2%/month)"), default: zero),
            field("switching", ("how fast our customers who would fit rivals better go over to them",
                                "как быстро наши покупатели, которым лучше подходят конкуренты, уходят к ним"),
                  unit: ("percent rate, loss-like", "процентная ставка потерь"), default: ("10%/month", "10%/month")),
        ],
        examples: [
            ex("segment smb { size: 20k, customers: 1.5k, competitors: 15k, wtp: 80 RUB to 180 RUB, churn: 2%/month }"),
            ex("smb.churn", "2%/month", ru: "2%/мес."),
        ])

    static let competitor = HelpTopic(name: "competitor", group: .declaration,
        summary: ("the rivals, taken together: price, value, growth", "конкуренты вместе: цена, ценность, рост"),
        text: ("""
            competitor NAME { … } stands for every rival in the market at once: one
            price and one value index. A customer fits rivals when they can afford
            the rivals and prefer them (or cannot afford us).
            """, """
            competitor ИМЯ { … } — все конкуренты рынка вместе: одна цена и один
            индекс ценности. Покупатель подходит конкурентам, когда может купить у
            них и предпочитает их (или не может купить у нас).
            """),
        fields: [
            field("price", ("the rivals' price per customer per month", "цена конкурентов за покупателя в месяц"),
                  unit: ("money", "деньги"), default: required),
            field("value", ("the rivals' value index (ours is the company's value)", "индекс ценности конкурентов (наш — value компании)"),
                  unit: ("a number", "число"), default: ("1.0", "1,0")),
            field("value_growth", ("how fast the rivals improve their product", "как быстро конкуренты улучшают продукт"),
                  unit: percentRate, default: zero),
            field("reach", ("the share of unclaimed customers the rivals win each month by themselves (Bass p)",
                            "доля ничьих покупателей, которых конкуренты сами привлекают за месяц (p в модели Басса)"),
                  unit: percentRate, default: zero),
            field("referrals", ("word of mouth of the rivals' customers (Bass q)", "сарафанное радио покупателей конкурентов (q в модели Басса)"),
                  unit: ("a number per month", "число в месяц"), default: zero),
        ],
        examples: [
            ex("competitor rivals { price: 100 RUB, value: 1.2, value_growth: 1%/month }"),
            ex("rivals.value", "1.2", ru: "1,2"),
        ])

    static let strategy = HelpTopic(name: "strategy", group: .declaration,
        summary: ("how we grow: active sales, reach, referrals, investment", "как мы растём: активные продажи, охват, рекомендации, вложения"),
        text: ("""
            strategy NAME { … } is how the company wins customers: leads worked by
            sales (conversion; pressure and a discount win customers who do not
            really prefer us: pushed customers), reach and referrals that bring
            customers who fit us, and investment that raises our value.
            """, """
            strategy ИМЯ { … } — как компания получает покупателей: лиды, которые
            отрабатывают продажи (конверсия; нажим и скидка приводят тех, кто нас на
            самом деле не предпочитает, — «дожатых»), охват и рекомендации, которые
            приводят подходящих нам покупателей, и вложения, которые растят ценность.
            """),
        fields: [
            field("leads", ("leads worked per period, split over segments by size (or given per segment)",
                            "сколько лидов отрабатывается за период; делятся между сегментами по размеру (или заданы по сегментам)"),
                  unit: ("a count rate (3k/month), or a record by segment", "количество за период (3k/month) или запись по сегментам"), default: zero),
            field("conversion", ("the chance a lead who fits us buys", "вероятность, что подходящий нам лид купит"),
                  unit: ("a percent from 0% to 100%", "процент от 0% до 100%"), default: zero),
            field("pressure", ("the chance, times conversion, that a lead who does not fit us is pushed into buying (at the deal price)",
                               "вероятность (умноженная на конверсию), что неподходящего лида «дожмут» (по цене сделки)"),
                  unit: ("a percent from 0% to 100%", "процент от 0% до 100%"), default: zero),
            field("cost_per_lead", ("what working one lead costs, whatever it converts", "сколько стоит отработать один лид, чем бы он ни кончился"),
                  unit: ("money", "деньги"), default: zero),
            field("discount", ("the discount pushed customers pay less (the deal)", "скидка, по которой платят «дожатые» покупатели (сделка)"),
                  unit: ("a percent from 0% to 100%", "процент от 0% до 100%"), default: zero),
            field("pushed_tenure", ("how long a pushed customer stays on average before leaving", "сколько в среднем остаётся «дожатый» покупатель"),
                  unit: ("a duration (4 months)", "срок (4 months)"), default: ("forever", "навсегда (forever)")),
            field("reach", ("the share of reachable customers who fit us that come by themselves each month (Bass p)",
                            "доля подходящих нам покупателей, которые приходят сами за месяц (p в модели Басса)"),
                  unit: percentRate, default: zero),
            field("referrals", ("word of mouth of our fit customers (Bass q); pushed customers do not refer",
                                "сарафанное радио наших подходящих покупателей (q в модели Басса); «дожатые» не рекомендуют"),
                  unit: ("a number per month", "число в месяц"), default: zero),
            field("invest", ("money spent on the product each month (a cost)", "деньги, вложенные в продукт за месяц (это расход)"),
                  unit: ("a money rate, or a share of revenue (3% of revenue)", "деньги за период или доля выручки (3% of revenue)"), default: zero),
            field("value_growth", ("how fast our value grows while this strategy is in force", "как быстро растёт наша ценность при этой стратегии"),
                  unit: percentRate, default: zero),
        ],
        examples: [
            ex("strategy active_sales { leads: 3k/month, conversion: 5%, pressure: 50%, cost_per_lead: 40 RUB, discount: 15%, pushed_tenure: 4 months }"),
            ex("active_sales.discount", "15%"),
        ])

    static let company = HelpTopic(name: "company", group: .declaration,
        summary: ("our company: price, value, segments, strategy, costs", "наша компания: цена, ценность, сегменты, стратегия, расходы"),
        text: ("""
            company NAME { … } puts the model together: what we charge, how good
            our product is, whom we sell to, how we grow, whom we compete with and
            what it costs. simulate(NAME) runs it month by month (:help simulate).
            The examples use the segment, strategy and competitor of :help declarations.
            """, """
            company ИМЯ { … } собирает модель: сколько мы берём, насколько хорош наш
            продукт, кому продаём, как растём, с кем конкурируем и во что это
            обходится. simulate(ИМЯ) считает её по месяцам (:help simulate).
            В примерах — сегмент, стратегия и конкурент из :help declarations.
            """),
        fields: [
            field("price", ("our price per customer per month; may change over time", "наша цена за покупателя в месяц; может меняться во времени"),
                  unit: ("money, or a schedule (110 RUB until month 6 then +10%)", "деньги или расписание (110 RUB until month 6 then +10%)"),
                  default: required),
            field("value", ("our value index: a customer affords us when WTP × value ≥ price", "наш индекс ценности: покупатель может купить, когда WTP × value ≥ цены"),
                  unit: ("a number", "число"), default: ("1.0", "1,0")),
            field("segments", ("the segments we sell to", "сегменты, которым мы продаём"),
                  unit: ("a list of segments ([smb, corp])", "список сегментов ([smb, corp])"), default: required),
            field("strategy", ("how we grow (:help strategy); may change over time", "как мы растём (:help strategy); может меняться во времени"),
                  unit: ("a strategy, or a schedule of strategies", "стратегия или расписание стратегий"),
                  default: ("none: no sales, no reach", "нет: ни продаж, ни охвата")),
            field("competitor", ("the rivals (:help competitor)", "конкуренты (:help competitor)"),
                  unit: ("a competitor", "competitor"), default: ("none", "нет")),
            field("fixed_costs", ("costs that do not depend on customers", "расходы, не зависящие от покупателей"),
                  unit: ("a money rate (50k RUB/month)", "деньги за период (50k RUB/month)"), default: zero),
            field("unit_cost", ("what serving one customer costs per month", "сколько стоит обслужить одного покупателя в месяц"),
                  unit: ("money", "деньги"), default: zero),
            field("cash", ("cash at the start; profit adds to it and it may go negative", "деньги на начало; прибыль прибавляется, может уйти в минус"),
                  unit: ("money", "деньги"), default: zero),
        ],
        examples: [
            ex("company us { price: 110 RUB, segments: [smb], strategy: active_sales, competitor: rivals, fixed_costs: 50k RUB/month, unit_cost: 20 RUB, cash: 500k RUB }"),
            ex("us.unit_cost", "20 RUB", ru: "20 ₽"),
        ], setup: Array(HelpTopics.declarationSetup.dropLast()))

    static let rate = HelpTopic(name: "rate", group: .declaration,
        summary: ("an exchange rate: rate USD = 63.30 RUB", "курс валюты: rate USD = 63.30 RUB"),
        text: ("""
            rate CODE = AMOUNT says what one unit of a currency costs in another. It
            works both ways, cross rates are derived, and 'in' converts. Money of
            two currencies can then be added (the result takes the left one's).
            """, """
            rate КОД = СУММА говорит, сколько стоит единица одной валюты в другой.
            Курс действует в обе стороны, кросс-курсы выводятся сами, 'in' переводит.
            После этого деньги двух валют можно складывать (результат — в валюте
            левой части).
            """),
        examples: [
            ex("rate USD = 63.30 RUB"),
            ex("100 USD in RUB", "6,330 RUB", ru: "6 330 ₽"),
            ex("1000 RUB in USD", "15.80 USD", ru: "15,80 USD"),
        ])
}
