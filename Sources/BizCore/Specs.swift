/// Plain input structs for the engine. Units are fixed by the caller:
/// all money in ONE currency, all rates per month (churn, switching and reach
/// are monthly probabilities; growth and value growth monthly fractions;
/// leads per month; fixed costs per month). Defaults are MODEL.md's.

public struct MarketSpec: Sendable, Equatable {
    /// Months simulated when `simulate` is not given `months`.
    public var months: Int
    /// Monthly growth of every segment's size N, as a fraction (0.01 = 1%/month).
    public var growth: Double
    /// Number of WTP bins B per segment.
    public var resolution: Int

    public init(months: Int = 36, growth: Double = 0, resolution: Int = 200) {
        self.months = months
        self.growth = growth
        self.resolution = resolution
    }
}

public struct SegmentSpec: Sendable, Equatable {
    public var name: String
    /// Addressable customers N at month 0.
    public var size: Double
    /// Ours at month 0.
    public var customers: Double
    /// Served by rivals at month 0.
    public var competitors: Double
    /// Price band typical for the segment; `nil` means MODEL.md's default
    /// `P .. P + 20%` from our month-0 price.
    public var bandLo: Double?
    public var bandHi: Double?
    /// Monthly willingness to pay for a product of value 1.0.
    public var wtp: Distribution
    /// σ of the taste for us over rivals, in money per month. 0 means no taste
    /// bins (every customer has τ = 0). MODEL.md's default (10% of our starting
    /// price) is the caller's to apply.
    public var taste: Double
    /// Monthly probability that a customer (ours or rivals') leaves to unclaimed.
    public var churn: Double
    /// Monthly probability that a fit customer who now fits rivals moves to them.
    public var switching: Double

    public init(name: String, size: Double, customers: Double = 0, competitors: Double = 0,
                bandLo: Double? = nil, bandHi: Double? = nil, wtp: Distribution,
                taste: Double = 0, churn: Double = 0, switching: Double = 0.1) {
        self.name = name
        self.size = size
        self.customers = customers
        self.competitors = competitors
        self.bandLo = bandLo
        self.bandHi = bandHi
        self.wtp = wtp
        self.taste = taste
        self.churn = churn
        self.switching = switching
    }
}

public struct CompetitorSpec: Sendable, Equatable {
    public var name: String
    public var price: Double
    /// Value index W at month 0.
    public var value: Double
    /// Monthly growth of W, as a fraction.
    public var valueGrowth: Double
    /// Bass p for rivals: monthly probability that an unclaimed customer who fits rivals joins them.
    public var reach: Double
    /// Bass q for rivals (plain per-month coefficient).
    public var referrals: Double

    public init(name: String = "rivals", price: Double, value: Double = 1, valueGrowth: Double = 0,
                reach: Double = 0, referrals: Double = 0) {
        self.name = name
        self.price = price
        self.value = value
        self.valueGrowth = valueGrowth
        self.reach = reach
        self.referrals = referrals
    }
}

/// `invest`: money per month, or a share of the same month's revenue.
public enum Invest: Sendable, Equatable {
    case perMonth(Double)
    case shareOfRevenue(Double)

    func amount(revenue: Double) -> Double {
        switch self {
        case let .perMonth(x): return x
        case let .shareOfRevenue(s): return s * revenue
        }
    }
}

public struct StrategySpec: Sendable, Equatable {
    public var name: String
    /// Total leads per month, split over segments in proportion to their current size N.
    public var leads: Double
    /// Leads per month by segment name; when set it replaces `leads` (segments
    /// not named get none, and the total is the sum of the values).
    public var leadsBySegment: [String: Double]?
    /// Probability that a lead reaching a prospect who fits us buys (becomes fit).
    public var conversion: Double
    /// Multiplier on `conversion` for prospects who do not fit us (they become pushed).
    public var pressure: Double
    public var costPerLead: Double
    /// What pushed customers pay less, as a fraction of the price.
    public var discount: Double
    /// Mean months a pushed customer stays beyond normal churn; `.infinity` = forever.
    public var pushedTenure: Double
    /// Bass p: monthly probability that a prospect who fits us finds us.
    public var reach: Double
    /// Bass q (plain per-month coefficient).
    public var referrals: Double
    public var invest: Invest
    /// Monthly growth of our value index V, as a fraction.
    public var valueGrowth: Double

    public init(name: String, leads: Double = 0, leadsBySegment: [String: Double]? = nil,
                conversion: Double = 0, pressure: Double = 0, costPerLead: Double = 0,
                discount: Double = 0, pushedTenure: Double = .infinity, reach: Double = 0,
                referrals: Double = 0, invest: Invest = .perMonth(0), valueGrowth: Double = 0) {
        self.name = name
        self.leads = leads
        self.leadsBySegment = leadsBySegment
        self.conversion = conversion
        self.pressure = pressure
        self.costPerLead = costPerLead
        self.discount = discount
        self.pushedTenure = pushedTenure
        self.reach = reach
        self.referrals = referrals
        self.invest = invest
        self.valueGrowth = valueGrowth
    }

    /// Total leads per month (the sum over segments when given per segment).
    public var totalLeads: Double {
        if let bySegment = leadsBySegment { return bySegment.values.reduce(0, +) }
        return leads
    }
}

public struct CompanySpec: Sendable, Equatable {
    public var name: String
    public var price: Schedule<Double>
    /// Value index V at month 0.
    public var value: Double
    public var segments: [SegmentSpec]
    /// `nil` in force means no sales, no reach, no value growth, no invest.
    public var strategy: Schedule<StrategySpec?>
    public var competitor: CompetitorSpec?
    /// Money per month.
    public var fixedCosts: Double
    /// Money per customer (fit or pushed) per month.
    public var unitCost: Double
    /// Cash at month 0.
    public var cash: Double

    public init(name: String, price: Schedule<Double>, value: Double = 1, segments: [SegmentSpec],
                strategy: Schedule<StrategySpec?> = Schedule(nil), competitor: CompetitorSpec? = nil,
                fixedCosts: Double = 0, unitCost: Double = 0, cash: Double = 0) {
        self.name = name
        self.price = price
        self.value = value
        self.segments = segments
        self.strategy = strategy
        self.competitor = competitor
        self.fixedCosts = fixedCosts
        self.unitCost = unitCost
        self.cash = cash
    }

    /// Convenience: constant price and strategy.
    public init(name: String, price: Double, value: Double = 1, segments: [SegmentSpec],
                strategy: StrategySpec? = nil, competitor: CompetitorSpec? = nil,
                fixedCosts: Double = 0, unitCost: Double = 0, cash: Double = 0) {
        self.init(name: name, price: Schedule(price), value: value, segments: segments,
                  strategy: Schedule(strategy), competitor: competitor,
                  fixedCosts: fixedCosts, unitCost: unitCost, cash: cash)
    }
}
