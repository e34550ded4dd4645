/// Month-indexed series (index 0 = starting state, index m = end of month m;
/// flows are 0 at index 0), in total or for one segment.
///
/// Per-segment sets carry the customer series, `revenue`, `value`,
/// `rival_value`, `price`, `share`, `loyal` and `size`; the company-level money
/// series `costs`, `profit` and `cash` are empty arrays there and the
/// subscript returns `nil` for them (absent, not zero).
public struct SeriesSet: Sendable, Equatable {
    public var name: String
    public var customers: [Double] = []
    public var fit: [Double] = []
    public var pushed: [Double] = []
    public var rivals: [Double] = []
    public var unclaimed: [Double] = []
    public var new: [Double] = []
    public var newSales: [Double] = []
    public var newReach: [Double] = []
    public var newReferrals: [Double] = []
    public var churned: [Double] = []
    public var lostToRivals: [Double] = []
    public var revenue: [Double] = []
    public var costs: [Double] = []
    public var profit: [Double] = []
    public var cash: [Double] = []
    /// V (ours).
    public var value: [Double] = []
    /// W (rivals'); 0 when there is no competitor.
    public var rivalValue: [Double] = []
    public var price: [Double] = []
    public var share: [Double] = []
    public var loyal: [Double] = []
    /// N, the segment's size (sum of sizes in total).
    public var size: [Double] = []
    /// Whether this set has the company-level money series (true only in total).
    public let hasMoney: Bool

    /// MODEL.md's spellings, in a stable order; `size` is an extra.
    public static let names: [String] = [
        "customers", "fit", "pushed", "rivals", "unclaimed", "new", "new_sales", "new_reach",
        "new_referrals", "churned", "lost_to_rivals", "revenue", "costs", "profit", "cash",
        "value", "rival_value", "price", "share", "loyal", "size",
    ]
    /// The names that exist only in total.
    public static let moneyNames: Set<String> = ["costs", "profit", "cash"]

    public init(name: String, hasMoney: Bool, capacity: Int = 0) {
        self.name = name
        self.hasMoney = hasMoney
        if capacity > 0 { reserve(capacity) }
    }

    /// The series called `name` (MODEL.md spelling), or nil if unknown or absent here.
    public subscript(name: String) -> [Double]? {
        SeriesSet.positions[name].flatMap { self[position: $0] }
    }

    /// Where each name is in `names`.
    static let positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    /// The series named `names[k]`, found without comparing names (a
    /// batch stores every series of every sample's run).
    subscript(position k: Int) -> [Double]? {
        switch k {
        case 0: return customers   // customers
        case 1: return fit   // fit
        case 2: return pushed   // pushed
        case 3: return rivals   // rivals
        case 4: return unclaimed   // unclaimed
        case 5: return new   // new
        case 6: return newSales   // new_sales
        case 7: return newReach   // new_reach
        case 8: return newReferrals   // new_referrals
        case 9: return churned   // churned
        case 10: return lostToRivals   // lost_to_rivals
        case 11: return revenue   // revenue
        case 12: return hasMoney ? costs : nil   // costs
        case 13: return hasMoney ? profit : nil   // profit
        case 14: return hasMoney ? cash : nil   // cash
        case 15: return value   // value
        case 16: return rivalValue   // rival_value
        case 17: return price   // price
        case 18: return share   // share
        case 19: return loyal   // loyal
        case 20: return size   // size
        default: return nil
        }
    }

    /// The names present in this set (all of `names`, minus money in segments).
    public var availableNames: [String] {
        hasMoney ? SeriesSet.names : SeriesSet.names.filter { !SeriesSet.moneyNames.contains($0) }
    }

    private mutating func reserve(_ n: Int) {
        customers.reserveCapacity(n); fit.reserveCapacity(n); pushed.reserveCapacity(n)
        rivals.reserveCapacity(n); unclaimed.reserveCapacity(n); new.reserveCapacity(n)
        newSales.reserveCapacity(n); newReach.reserveCapacity(n); newReferrals.reserveCapacity(n)
        churned.reserveCapacity(n); lostToRivals.reserveCapacity(n); revenue.reserveCapacity(n)
        value.reserveCapacity(n); rivalValue.reserveCapacity(n); price.reserveCapacity(n)
        share.reserveCapacity(n); loyal.reserveCapacity(n); size.reserveCapacity(n)
        if hasMoney {
            costs.reserveCapacity(n); profit.reserveCapacity(n); cash.reserveCapacity(n)
        }
    }

    /// Appends one month: end-of-month counts and, from month 1, what that
    /// month's flows add (`SegmentFlows.figures`; none at month 0).
    mutating func append(counts c: Counts, size n: Double, loyalFit: Double, flows: FlowFigures = FlowFigures(),
                         offer: Offer) {
        customers.append(c.customers)
        fit.append(c.fit)
        pushed.append(c.pushed)
        rivals.append(c.rivals)
        unclaimed.append(c.unclaimed)
        new.append(flows.new)
        newSales.append(flows.newSales)
        newReach.append(flows.newReach)
        newReferrals.append(flows.newReferrals)
        churned.append(flows.churned)
        lostToRivals.append(flows.lostToRivals)
        revenue.append(flows.revenue)
        value.append(offer.value)
        rivalValue.append(offer.hasRival ? offer.rivalValue : 0)
        price.append(offer.price)
        share.append(n > 0 ? c.customers / n : 0)
        loyal.append(c.customers > 0 ? loyalFit / c.customers : 0)
        size.append(n)
    }

    mutating func appendMoney(costs c: Double, profit p: Double, cash k: Double) {
        costs.append(c)
        profit.append(p)
        cash.append(k)
    }
}

/// The result of `simulate`.
public struct Run: Sendable, Equatable {
    public let months: Int
    public var total: SeriesSet
    /// One set per segment, in the company's segment order.
    public var segments: [SeriesSet]
    /// The inputs, kept so `stress(run, …)` and `flows(run, …)` can re-simulate.
    public let company: CompanySpec
    public let market: MarketSpec

    public var segmentNames: [String] { segments.map(\.name) }

    public func segment(named name: String) -> SeriesSet? {
        segments.first { $0.name == name }
    }
}

extension Run {
    /// About the bytes one run's series take: `months + 1` doubles for each
    /// of the 21 total series and 18 per segment (no money series there),
    /// plus array headers — for the memory budget, checked before a run (or a
    /// Monte Carlo batch of runs) is allocated.
    public static func estimatedBytes(months: Int, segments: Int) -> Int {
        let perSeries = (Double(max(0, months)) + 1) * 8 + 32
        let seriesCount = Double(SeriesSet.names.count + (SeriesSet.names.count - SeriesSet.moneyNames.count) * max(0, segments))
        let bytes = perSeries * seriesCount
        return bytes < 0x1p62 ? Int(bytes) : Int.max
    }
}
