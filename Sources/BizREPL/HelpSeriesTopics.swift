// `:help pushed`, `:help loyal`, …: one topic per series of a run (MODEL.md
// "Series"), in English and Russian. HelpCoverageTests checks that every
// name of BizCore's series has one.

enum HelpSeriesTopics {
    /// name, what it holds, its unit, whether it is a flow (what happened
    /// during a month) rather than a state (the month-end count).
    private struct Entry {
        let name: String
        let meaning: Bilingual
        let unit: Bilingual
        var flow = false
        var totalOnly = false
    }

    private static let count: Bilingual = ("customers (a count)", "покупатели (количество)")
    private static let money: Bilingual = ("money per month", "деньги за месяц")

    private static let entries: [Entry] = [
        Entry(name: "customers", meaning: ("our customers at the month's end: fit plus pushed", "наши покупатели на конец месяца: подходящие плюс «дожатые»"), unit: count),
        Entry(name: "fit", meaning: ("our customers who fit us: they afford us and prefer us (or cannot afford rivals)",
                                     "наши покупатели, которым мы подходим: могут купить у нас и предпочитают нас (или не могут купить у конкурентов)"), unit: count),
        Entry(name: "pushed", meaning: ("our customers won by pressure and a discount who do not fit us; they pay the deal price, leave after pushed_tenure on average, and leave at once when they can no longer afford the deal",
                                        "наши покупатели, «дожатые» нажимом и скидкой, которым мы не подходим; платят цену сделки, уходят в среднем через pushed_tenure и сразу — когда сделка им больше не по карману"), unit: count),
        Entry(name: "rivals", meaning: ("the rivals' customers at the month's end", "покупатели конкурентов на конец месяца"), unit: count),
        Entry(name: "unclaimed", meaning: ("customers of the segment who buy from no one", "покупатели сегмента, которые не покупают ни у кого"), unit: count),
        Entry(name: "new", meaning: ("customers we won during the month: new_sales + new_reach + new_referrals",
                                     "покупатели, которых мы получили за месяц: new_sales + new_reach + new_referrals"), unit: count, flow: true),
        Entry(name: "new_sales", meaning: ("customers won by active sales (leads) during the month, fit and pushed",
                                           "покупатели, полученные активными продажами (лидами) за месяц, подходящие и «дожатые»"), unit: count, flow: true),
        Entry(name: "new_reach", meaning: ("customers who came by themselves (the strategy's reach) during the month",
                                           "покупатели, пришедшие сами (охват стратегии, reach) за месяц"), unit: count, flow: true),
        Entry(name: "new_referrals", meaning: ("customers who came by word of mouth (referrals) during the month",
                                               "покупатели, пришедшие по рекомендации (referrals) за месяц"), unit: count, flow: true),
        Entry(name: "churned", meaning: ("our customers who left the market during the month (churn, the end of a pushed deal, a price they no longer afford)",
                                         "наши покупатели, ушедшие с рынка за месяц (отток, конец сделки «дожатых», цена, которая больше не по карману)"), unit: count, flow: true),
        Entry(name: "lost_to_rivals", meaning: ("our customers who went over to the rivals during the month", "наши покупатели, ушедшие к конкурентам за месяц"), unit: count, flow: true),
        Entry(name: "revenue", meaning: ("what customers paid during the month: fit pay the price, pushed the deal price",
                                         "что заплатили покупатели за месяц: подходящие — цену, «дожатые» — цену сделки"), unit: money, flow: true),
        Entry(name: "costs", meaning: ("fixed costs + unit cost × customers + sales cost (leads × cost per lead) + invest",
                                       "постоянные расходы + unit_cost × покупатели + расходы на продажи (лиды × cost_per_lead) + вложения"), unit: money, flow: true, totalOnly: true),
        Entry(name: "profit", meaning: ("revenue − costs of the month", "выручка − расходы за месяц"), unit: money, flow: true, totalOnly: true),
        Entry(name: "cash", meaning: ("cash at the month's end: the starting cash plus every profit so far; may go negative",
                                      "деньги на конец месяца: начальные плюс вся прибыль до сих пор; могут уйти в минус"), unit: ("money", "деньги"), totalOnly: true),
        Entry(name: "value", meaning: ("our value index V: grows with the strategy's value_growth", "наш индекс ценности V: растёт с value_growth стратегии"), unit: ("a number", "число")),
        Entry(name: "rival_value", meaning: ("the rivals' value index W: grows with the competitor's value_growth", "индекс ценности конкурентов W: растёт с value_growth конкурента"), unit: ("a number", "число")),
        Entry(name: "price", meaning: ("our price in the month (the company's price or its schedule)", "наша цена в этом месяце (цена компании или её расписание)"), unit: ("money", "деньги")),
        Entry(name: "share", meaning: ("our customers ÷ the segment's size (in total: all customers ÷ all sizes)", "наши покупатели ÷ размер сегмента (в итоге: все покупатели ÷ все размеры)"), unit: ("a fraction", "доля")),
        Entry(name: "loyal", meaning: ("the share of our customers who would stay if our price rose to the top of the band: the fit customers who would still fit us there ÷ all our customers; 0 with no customers",
                                       "доля наших покупателей, которые остались бы при цене на верху ценового диапазона: подходящие, которым мы подходили бы и тогда, ÷ все наши покупатели; 0, если покупателей нет"), unit: ("a fraction", "доля")),
        Entry(name: "size", meaning: ("the segment's size N (in total: the sum of sizes); grows with the market", "размер сегмента N (в итоге: сумма размеров); растёт с рынком"), unit: count),
    ]

    static let all: [HelpTopic] = entries.map(topic)

    private static func topic(_ e: Entry) -> HelpTopic {
        let kind: Bilingual = e.flow
            ? ("A flow: what happened during month m; 0 at month 0, so sum, mean, min and max read months 1…N.",
               "Поток: что случилось за месяц m; в месяце 0 равен 0, поэтому sum, mean, min и max читают месяцы 1…N.")
            : ("A state: the value at the end of month m (month 0 is the start).",
               "Состояние: значение на конец месяца m (месяц 0 — начало).")
        let whereFound: Bilingual = e.totalOnly
            ? ("In total only: run.\(e.name).", "Только в итоге: run.\(e.name).")
            : ("In total (run.\(e.name)) and per segment (run.segments.smb.\(e.name)).",
               "В итоге (run.\(e.name)) и по сегментам (run.segments.smb.\(e.name)).")
        let text: Bilingual = (
            [capitalized(e.meaning.en) + ".", "Unit: " + e.unit.en + ".", kind.en, whereFound.en,
             "The examples use the company 'us' of :help declarations."].joined(separator: "\n"),
            [capitalized(e.meaning.ru) + ".", "Единица: " + e.unit.ru + ".", kind.ru, whereFound.ru,
             "В примерах — компания 'us' из :help declarations."].joined(separator: "\n"))
        var examples = [ex("run = simulate(us, months: 12)"), ex("run.\(e.name)[12]")]
        examples.append(ex(e.flow ? "sum(run.\(e.name))" : "run.\(e.name).last"))
        if !e.totalOnly { examples.append(ex("run.segments.smb.\(e.name).last")) }
        return HelpTopic(name: e.name, group: .series, summary: (firstClause(e.meaning.en), firstClause(e.meaning.ru)),
                         text: text, examples: examples, setup: HelpTopics.declarationSetup)
    }

    private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// The summary line: the meaning up to its first ':' or ';'.
    private static func firstClause(_ s: String) -> String {
        var clause = String(s.prefix { $0 != ":" && $0 != ";" && $0 != "(" })
        while clause.last == " " { clause.removeLast() }
        return clause
    }
}
