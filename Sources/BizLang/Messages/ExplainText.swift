/// `explain(run, month: m)`: the month's eight steps in sentences (MODEL.md
/// "One month"). Numbers arrive shown in the interface language, so Russian
/// nouns agree with what the reader sees (1 клиент, 2 клиента, 5 клиентов).
/// "Pushed" customers (bought because sales pushed them, not because we fit
/// them) are «дожатые» in Russian; "fit" ones «подходящие».
public enum ExplainText: String, CaseIterable, MessageKind {
    case header = "explain.header"
    case strategy = "explain.strategy"
    case noStrategy = "explain.no-strategy"
    case firstSample = "explain.first-sample"
    case market = "explain.market"
    case newcomers = "explain.market.newcomers"
    case noGrowth = "explain.market.no-growth"
    case offers = "explain.offers"
    case rivalOffer = "explain.offers.rivals"
    case shocks = "explain.shocks"
    case dealExits = "explain.shocks.deal-exits"
    case nowFit = "explain.shocks.now-fit"
    case noShocks = "explain.shocks.none"
    case drift = "explain.drift"
    case churn = "explain.churn"
    case reach = "explain.reach"
    case sales = "explain.sales"
    case noSales = "explain.sales.none"
    case money = "explain.money"
    case endOfMonth = "explain.end-of-month"
    case segment = "explain.segment"

    public var texts: (en: String, ru: String) {
        switch self {
        case .header: return ("Month {1} of {2} ({3}){4}:", "Месяц {1}, {2} ({3}){4}:")
        case .strategy: return ("strategy {1}", "стратегия {1}")
        case .noStrategy: return ("no strategy", "без стратегии")
        case .firstSample: return (", first Monte Carlo sample", ", первая выборка Монте-Карло")
        case .market:
            return ("1. Market: {1}; it now has {2} people.", "1. Рынок: {1}; теперь на рынке {2} {2|человек|человека|человек}.")
        case .newcomers:
            return ("{1} newcomers joined the market", "+{1} {1|новичок|новичка|новичков}")
        case .noGrowth: return ("the market did not grow", "новых людей нет")
        case .offers: return ("2. Offers: our price {1} at value {2}", "2. Предложения: наша цена {1} при ценности {2}")
        case .rivalOffer: return ("; rivals {1} at value {2}", "; у конкурентов {1} при ценности {2}")
        case .shocks:
            return ("3. Shocks: {1} customers could no longer afford us ({2} went to rivals, {3} left the market); ",
                    "3. Шоки: нашу цену больше не могут платить {1} {1|клиент|клиента|клиентов} (к конкурентам ушли {2}, с рынка — {3}); ")
        case .dealExits:
            return ("{1} pushed customers could no longer pay the deal of {2} ({3} went to rivals, {4} left the market); ",
                    "сделку за {2} больше не могут платить {1} {1|дожатый клиент|дожатых клиента|дожатых клиентов} (к конкурентам ушли {3}, с рынка — {4}); ")
        case .nowFit:
            return ("{1} pushed customers now fit us.", "теперь мы подходим дожатым клиентам: {1}.")
        case .noShocks: return ("3. Shocks: nobody was priced out this month.", "3. Шоки: в этом месяце цена никого не вытеснила.")
        case .drift:
            return ("4. Drift: {1} customers who now prefer rivals moved to them.",
                    "4. Дрейф: к конкурентам, которые им теперь больше нравятся, {1|ушёл|ушли|ушли} {1} {1|клиент|клиента|клиентов}.")
        case .churn:
            return ("5. Churn: {1} fit and {2} pushed customers left us; rivals lost {3}.",
                    "5. Отток: от нас ушли подходящие клиенты — {1}, дожатые — {2}; конкуренты потеряли {3}.")
        case .reach:
            return ("6. Reach and referrals: {1} found us by reach and {2} by referrals ({3} of them from rivals); rivals won {4} unclaimed customers.",
                    "6. Охват и рекомендации: через охват нас нашли {1}, через рекомендации — {2} (из них от конкурентов — {3}); к конкурентам пришли свободные клиенты — {4}.")
        case .sales:
            return ("7. Sales: {1} leads; {2} reached our own customers and were wasted; {3} bought because we fit them and {4} were pushed into buying ({5} taken from rivals). Sales cost {6}.",
                    "7. Продажи: {1} {1|лид|лида|лидов}; из них на наших же клиентов впустую — {2}; купили, потому что мы им подходим, — {3}, дожали — {4} (у конкурентов — {5}). Продажи стоили {6}.")
        case .noSales: return ("7. Sales: no active sales.", "7. Продажи: активных продаж нет.")
        case .money:
            return ("8. Money: revenue {1} (fit {2}, pushed {3}); costs {4} (fixed {5}, per customer {6}, sales {7}, invest {8}); profit {9}; cash {10} → {11}.",
                    "8. Деньги: выручка {1} (подходящие {2}, дожатые {3}); расходы {4} (постоянные {5}, на клиентов {6}, продажи {7}, инвестиции {8}); прибыль {9}; деньги на счёте {10} → {11}.")
        case .endOfMonth:
            return ("End of month: {1} customers ({2} fit, {3} pushed), rivals {4}, unclaimed {5}.",
                    "Конец месяца: {1} {1|клиент|клиента|клиентов} (подходящих — {2}, дожатых — {3}), у конкурентов {4}, свободных {5}.")
        case .segment:
            return ("  {1}: {2} customers (new {3}, churned {4}, lost to rivals {5}), revenue {6}.",
                    "  {1}: {2} {2|клиент|клиента|клиентов} (новых {3}, ушли {4}, к конкурентам {5}), выручка {6}.")
        }
    }
}
