import BizCore
#if canImport(Glibc)
import Glibc
#endif

/// Turns declared model objects into the engine's specs: every amount into
/// the market currency through the declared rates, every rate per month
/// (count and money rates linearly, percent rates compounding, churn,
/// switching and reach by the loss convention), MODEL.md's defaults where a
/// field is omitted. With a sample index, uncertain inputs give that
/// sample; without one, their mean (and `uncertain` records that they exist).
struct SpecBuilder {
    unowned let rt: Interpreter
    let span: SourceSpan
    /// A Monte Carlo reuses one builder for every sample, setting this.
    var sample: Int?
    var uncertain = false
    var sampleCount = 0
    var currency: Currency
    /// Each currency's route into `currency`, found on first use: a Monte
    /// Carlo converts the same amounts for every sample.
    private var routes: [Currency: RateTable.Route] = [:]

    init(rt: Interpreter, company: ModelObject, span: SourceSpan, sample: Int?) throws(BizError) {
        self.rt = rt
        self.span = span
        self.sample = sample
        let market = rt.marketObject
        if case .str(let code)? = market?.fields["currency"], let c = Currency(code: code) {
            currency = c
        } else {
            currency = SpecBuilder.priceCurrency(company) ?? Currency(code: "RUB") ?? Currency(packed: 0x525542)
        }
    }

    static func priceCurrency(_ company: ModelObject) -> Currency? {
        switch company.fields["price"] {
        case .num(_, let d)?: return d.currency
        case .object(let s)?: if case .num(_, let d)? = s.fields["initial"] { return d.currency }
        default: break
        }
        return nil
    }

    func fail(_ message: Message) -> BizError { BizError.at(span, message) }

    /// A scalar input, drawing from a distribution when it is one.
    mutating func scalar(_ v: Value, _ what: @autoclosure () -> String) throws(BizError) -> (Double, Dim) {
        switch v {
        case .num(let x, let d): return (x, d)
        case .dist(let s):
            uncertain = true
            sampleCount = max(sampleCount, s.samples.count)
            if let sample, sample < s.samples.count { return (s.samples[sample], s.dim) }
            return (s.mean, s.dim)
        default: throw fail(Message(ModelText.inputNotNumber, what(), v.typeText))
        }
    }

    mutating func money(_ v: Value?, _ what: @autoclosure () -> String, default def: Double = 0) throws(BizError) -> Double {
        guard let v else { return def }
        let (x, d) = try scalar(v, what())
        guard d.kind == .money, let from = d.currency else { throw fail(Message(ModelText.inputNotMoney, what(), d.text)) }
        return try convertMoney(x, from, what())
    }

    /// An amount in the market currency. Through an uncertain exchange rate
    /// (`rate USD = 60 RUB to 70 RUB`) this input is uncertain too: sample i
    /// uses the rate's sample i, like every other input (Monte Carlo).
    mutating func convertMoney(_ x: Double, _ from: Currency, _ what: @autoclosure () -> String) throws(BizError) -> Double {
        let known = routes[from]
        guard let route = known ?? rt.rates.route(from: from, to: currency) else {
            throw BizError.at(span, Message(ModelText.noRate, what(), from.code, currency.code),
                              hint: Message(ModelText.declareRate, from.code, currency.code))
        }
        if known == nil { routes[from] = route }
        if route.sampleCount > 0 {
            uncertain = true
            sampleCount = max(sampleCount, route.sampleCount)
        }
        return sample.map { route.convert(x, sample: $0) } ?? route.convert(x)
    }

    /// A money rate per month.
    mutating func moneyPerMonth(_ v: Value?, _ what: @autoclosure () -> String) throws(BizError) -> Double {
        guard let v else { return 0 }
        let (x, d) = try scalar(v, what())
        guard d.kind == .money, let from = d.currency, let per = d.per else { throw fail(Message(ModelText.inputNotMoneyRate, what())) }
        return try convertMoney(convertPeriod(x, kind: .money, from: per, to: .month), from, what())
    }

    /// A percent rate per month (loss-like or growth-like by its field).
    mutating func percentPerMonth(_ v: Value?, _ what: @autoclosure () -> String, loss: Bool) throws(BizError) -> Double {
        guard let v else { return 0 }
        let (x, d) = try scalar(v, what())
        guard d.kind == .percent, let per = d.per else { throw fail(Message(ModelText.inputNotPercentRate, what())) }
        return convertPeriod(x, kind: .percent, from: per, to: .month, loss: loss)
    }

    mutating func plain(_ v: Value?, _ what: @autoclosure () -> String, default def: Double) throws(BizError) -> Double {
        guard let v else { return def }
        return try scalar(v, what()).0
    }

    mutating func count(_ v: Value?, _ what: @autoclosure () -> String) throws(BizError) -> Double { try plain(v, what(), default: 0) }

    /// The Bass `referrals` coefficient per month: `1.2/year` is 0.1 (linear, §4).
    mutating func referrals(_ v: Value?) throws(BizError) -> Double {
        guard let v else { return 0 }
        let (x, d) = try scalar(v, "referrals")
        return convertPeriod(x, kind: .number, from: d.per ?? .month, to: .month)
    }

    // MARK: Objects

    mutating func market(months: Int?) throws(BizError) -> MarketSpec {
        var m = MarketSpec()
        if let market = rt.marketObject {
            if let months = market.fields["months"] { m.months = Int(try plain(months, "market months", default: 36)) }
            m.growth = try percentPerMonth(market.fields["growth"], "market growth", loss: false)
            if let r = market.fields["resolution"] {
                let res = try plain(r, "market resolution", default: 200)
                guard res >= 1, res <= 10_000, res == res.rounded() else { throw fail(Message(ModelText.resolutionWhole)) }
                m.resolution = Int(res)
            }
        }
        if let months { m.months = months }
        return m
    }

    mutating func company(_ o: ModelObject) throws(BizError) -> CompanySpec {
        let price = try priceSchedule(o.fields["price"], "company \(o.name) price")
        let startPrice = price.initial
        guard case .list(let segs)? = o.fields["segments"] else { throw fail(Message(ModelText.companyNeedsSegments, o.name)) }
        var segments: [SegmentSpec] = []
        for case .object(let s) in segs { segments.append(try segment(s, startPrice: startPrice)) }
        var competitor: CompetitorSpec?
        if case .object(let c)? = o.fields["competitor"] { competitor = try self.competitor(c) }
        return CompanySpec(
            name: o.name, price: price, value: try plain(o.fields["value"], "value", default: 1), segments: segments,
            strategy: try strategySchedule(o.fields["strategy"]), competitor: competitor,
            fixedCosts: try moneyPerMonth(o.fields["fixed_costs"], "fixed_costs"),
            unitCost: try money(o.fields["unit_cost"], "unit_cost"), cash: try money(o.fields["cash"], "cash"))
    }

    mutating func priceSchedule(_ v: Value?, _ what: @autoclosure () -> String) throws(BizError) -> Schedule<Double> {
        guard let v else { throw fail(Message(ModelText.inputRequired, what())) }
        guard case .object(let s) = v, s.kind == .schedule else { return Schedule(try money(v, what())) }
        var current = try money(s.fields["initial"], what())
        var schedule = Schedule(current)
        if case .list(let steps)? = s.fields["steps"] {
            for case .record(let step) in steps {
                let month = Int(try plain(step["month"], "month", default: 0))
                guard let value = step["value"] else { continue }
                if case .bool(true)? = step["relative"] {
                    let (x, d) = try scalar(value, what())
                    if d == .percent { current *= 1 + x } else { current += try money(value, what()) }
                } else {
                    current = try money(value, what())
                }
                guard current >= 0 else { throw fail(Message(ModelText.priceBelowZero, what(), month)) }
                schedule = schedule.then(afterMonth: month, current)
            }
        }
        return schedule
    }

    mutating func strategySchedule(_ v: Value?) throws(BizError) -> Schedule<StrategySpec?> {
        guard let v else { return Schedule(nil) }
        guard case .object(let o) = v else { throw fail(Message(ModelText.strategyMustBe)) }
        if o.kind == .strategy { return Schedule(try strategy(o)) }
        guard case .object(let first)? = o.fields["initial"] else { throw fail(Message(ModelText.strategyScheduleFirst)) }
        var schedule = Schedule<StrategySpec?>(try strategy(first))
        if case .list(let steps)? = o.fields["steps"] {
            for case .record(let step) in steps {
                guard case .object(let s)? = step["value"] else { continue }
                schedule = schedule.then(afterMonth: Int(try plain(step["month"], "month", default: 0)), try strategy(s))
            }
        }
        return schedule
    }

    mutating func segment(_ s: ModelObject, startPrice: Double) throws(BizError) -> SegmentSpec {
        let f = s.fields
        var bandLo: Double?, bandHi: Double?
        var bandValue = f["band"]
        if case .object(let b)? = bandValue { bandValue = b.fields["range"] }
        if case .range(let r)? = bandValue, let c = r.dim.currency {
            bandLo = try convertMoney(r.lo, c, "segment \(s.name) band")
            bandHi = try convertMoney(r.hi, c, "segment \(s.name) band")
        }
        var taste = 0.1 * startPrice
        switch f["taste"] {
        case .num(let x, let d)? where d == .percent: taste = x * startPrice
        case let v?: taste = try money(v, "segment \(s.name) taste")
        case nil: break
        }
        return SegmentSpec(
            name: s.name, size: try count(f["size"], "size"), customers: try count(f["customers"], "customers"),
            competitors: try count(f["competitors"], "competitors"), bandLo: bandLo, bandHi: bandHi,
            wtp: try wtp(f["wtp"], s.name), taste: taste,
            churn: try percentPerMonth(f["churn"], "churn", loss: true),
            switching: f["switching"] == nil ? 0.1 : try percentPerMonth(f["switching"], "switching", loss: true))
    }

    /// A segment's WTP: exact quantiles of its closed form (scaled into the
    /// market currency), or its samples' quantiles. Never Monte Carlo.
    mutating func wtp(_ v: Value?, _ name: String) throws(BizError) -> Distribution {
        switch v {
        case .range(let r)?:
            let c = r.dim.currency ?? currency
            return .uniform(lo: try convertMoney(r.lo, c, "segment \(name) wtp"), hi: try convertMoney(r.hi, c, "segment \(name) wtp"))
        case .dist(let d)?:
            let from = d.dim.currency ?? currency
            let k = try convertMoney(1, from, "segment \(name) wtp")
            if let form = d.form { return form.scaled(by: k) }
            do { return try Distribution.empirical(samples: d.samples.map { $0 * k }) } catch { throw rt.coreError(error, span) }
        default:
            throw fail(Message(ModelText.needsWTP, name))
        }
    }

    mutating func competitor(_ c: ModelObject) throws(BizError) -> CompetitorSpec {
        let f = c.fields
        return CompetitorSpec(name: c.name, price: try money(f["price"], "competitor \(c.name) price"),
                              value: try plain(f["value"], "value", default: 1),
                              valueGrowth: try percentPerMonth(f["value_growth"], "value_growth", loss: false),
                              reach: try percentPerMonth(f["reach"], "reach", loss: true),
                              referrals: try referrals(f["referrals"]))
    }

    mutating func strategy(_ s: ModelObject) throws(BizError) -> StrategySpec {
        let f = s.fields
        var leads = 0.0
        var bySegment: [String: Double]?
        switch f["leads"] {
        case .record(let r)?:
            var table: [String: Double] = [:]
            for (name, v) in zip(r.names, r.values) {
                let (x, d) = try scalar(v, "leads")
                table[name] = convertPeriod(x, kind: .number, from: d.per ?? .month, to: .month)
            }
            bySegment = table
        case let v?:
            let (x, d) = try scalar(v, "leads")
            leads = convertPeriod(x, kind: .number, from: d.per ?? .month, to: .month)
        case nil: break
        }
        var invest = Invest.perMonth(0)
        if case .record(let r)? = f["invest"], let share = r["of_revenue"] {
            invest = .shareOfRevenue(try scalar(share, "invest").0)
        } else if let v = f["invest"] {
            invest = .perMonth(try moneyPerMonth(v, "invest"))
        }
        var tenure = Double.infinity
        if let t = f["pushed_tenure"] { tenure = try scalar(t, "pushed_tenure").0 }
        return StrategySpec(
            name: s.name, leads: leads, leadsBySegment: bySegment,
            conversion: try plain(f["conversion"], "conversion", default: 0), pressure: try plain(f["pressure"], "pressure", default: 0),
            costPerLead: try money(f["cost_per_lead"], "cost_per_lead"), discount: try plain(f["discount"], "discount", default: 0),
            pushedTenure: tenure, reach: try percentPerMonth(f["reach"], "reach", loss: true),
            referrals: try referrals(f["referrals"]), invest: invest,
            valueGrowth: try percentPerMonth(f["value_growth"], "value_growth", loss: false))
    }
}

extension Distribution {
    /// The distribution of k·X (k > 0), in closed form where there is one.
    func scaled(by k: Double) -> Distribution {
        if k == 1 { return self }
        switch self {
        case .lognormal(let mu, let sigma): return .lognormal(mu: mu + log(k), sigma: sigma)
        case .normal(let m, let sd): return .normal(mean: m * k, sd: sd * k)
        case .uniform(let lo, let hi): return .uniform(lo: lo * k, hi: hi * k)
        case .triangular(let lo, let mode, let hi): return .triangular(lo: lo * k, mode: mode * k, hi: hi * k)
        case .empirical(let xs): return .empirical(xs.map { $0 * k })
        case .beta: return .empirical((0..<1000).map { quantile((Double($0) + 0.5) / 1000) * k })
        }
    }
}

extension Interpreter {
    /// The declared market, if any.
    var marketObject: ModelObject? {
        guard let i = globals["market"], cells.defined[i], case .object(let o)? = try? readCell(i, .none), o.kind == .market else { return nil }
        return o
    }
}
