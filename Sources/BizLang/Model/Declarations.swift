/// Declarations (`segment smb { … }` and friends) become model objects,
/// checked field by field against the schema: unknown fields get a
/// did-you-mean, wrong units name the expected one, missing required fields
/// are named, probabilities must lie in [0, 100%], counts and prices ≥ 0.
extension Interpreter {
    func declare(_ kind: String, _ name: String, _ names: [String], _ values: [Value],
                 _ nameSpans: [SourceSpan], _ valueSpans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        guard let k = ModelObject.Kind(rawValue: kind) else { throw BizError.at(span, Message(ModelText.unknownDeclaration, kind)) }
        let schema = Schema.fields(k)
        var fields = Record()
        for i in 0..<names.count {
            guard let spec = schema.first(where: { $0.name == names[i] }) else {
                throw Interpreter.unknownField(names[i], kind: kind, name: name, schema: schema, at: nameSpans[i])
            }
            fields[names[i]] = try check(values[i], spec, kind: kind, name: name, at: valueSpans[i])
        }
        for spec in schema where spec.required && fields[spec.name] == nil {
            throw BizError.at(span, Message(ModelText.needsField, declarationLabel(kind, name), spec.name, spec.type.expected))
        }
        if k == .segment, case .num(let size, _)? = fields["size"] {
            let customers = fields["customers"].flatMap { if case .num(let x, _) = $0 { x } else { nil } } ?? 0
            let competitors = fields["competitors"].flatMap { if case .num(let x, _) = $0 { x } else { nil } } ?? 0
            if customers + competitors > size + 1e-9 {
                throw BizError.at(span, Message(ModelText.overfull, declarationLabel("segment", name), customers + competitors, size))
            }
        }
        return .object(ModelObject(kind: k, name: name, fields: fields))
    }

    /// A key the declaration does not have, with did-you-mean.
    static func unknownField(_ field: String, kind: String, name: String, schema: [FieldSpec], at span: SourceSpan) -> BizError {
        BizError.at(span, Message(ModelText.noField, declarationLabel(kind, name), field),
                    hint: ModelText.fieldHint(field, kind: kind, known: schema.map(\.name)))
    }

    /// Checks one field value; returns it as stored (loss-like rates marked).
    func check(_ v: Value, _ spec: FieldSpec, kind: String, name: String, at span: SourceSpan) throws(BizError) -> Value {
        func wrong() -> BizError {
            BizError.at(span, Message(ModelText.wrongUnit, declarationLabel(kind, name), spec.name, spec.type.expected, v.typeText),
                        hint: spec.type.hint(for: v))
        }
        func nonNegative(_ x: Double) throws(BizError) {
            if x < 0 { throw BizError.at(span, Message(ModelText.cannotBeNegative, declarationLabel(kind, name), spec.name)) }
        }
        // Uncertain inputs are checked by their unit; Monte Carlo draws them.
        if case .dist(let d) = v, spec.type != .wtp {
            _ = try check(.num(d.mean, d.dim), spec, kind: kind, name: name, at: span)
            // Marked loss-like, it keeps its form: read through a field, summaries stay exact (§6).
            if spec.type == .lossRate { return .dist(SampleSet(samples: d.samples, dim: d.dim.lossLike(true), form: d.form)) }
            return v
        }
        switch (spec.type, v) {
        case (.count, .num(let x, let d)) where d.isPlain:
            try nonNegative(x)
            // MODEL.md: a segment's size is required and > 0.
            if spec.name == "size", x == 0 { throw BizError.at(span, Message(ModelText.sizeNotZero, declarationLabel(kind, name))) }
        case (.countRate, .num(let x, let d)) where d.kind == .number && d.per != nil:
            try nonNegative(x)
        case (.countRate, .record(let r)):
            for (seg, value) in zip(r.names, r.values) {
                guard case .num(let x, let d) = value, d.kind == .number, d.per != nil, x >= 0 else {
                    throw BizError.at(span, Message(ModelText.leadsPerPeriod, declarationLabel(kind, name), seg))
                }
            }
        case (.probability, .num(let x, let d)) where d == .percent || d.isPlain && x <= 1:
            guard x >= 0, x <= 1 else { throw BizError.at(span, Message(ModelText.percentRange, declarationLabel(kind, name), spec.name)) }
            return .num(x, .percent)
        case (.lossRate, .num(let x, let d)) where d.kind == .percent && d.per != nil:
            guard x >= 0, x <= 1 else { throw BizError.at(span, Message(ModelText.percentRateRange, declarationLabel(kind, name), spec.name)) }
            return .num(x, d.lossLike(true))
        case (.growthRate, .num(let x, let d)) where d.kind == .percent && d.per != nil:
            guard x > -1 else { throw BizError.at(span, Message(ModelText.aboveMinusHundred, declarationLabel(kind, name), spec.name)) }
        case (.money, .num(let x, let d)) where d.kind == .money && d.per == nil:
            if spec.name != "cash" { try nonNegative(x) }
        case (.moneyRate, .num(let x, let d)) where d.kind == .money && d.per != nil:
            try nonNegative(x)
        case (.invest, .num(let x, let d)) where d.kind == .money && d.per != nil:
            try nonNegative(x)
        case (.invest, .record(let r)) where r["of_revenue"] != nil:
            break
        case (.number, .num(let x, let d)) where d.isPlain:
            try nonNegative(x)
        case (.coefficient, .num(let x, let d)) where d.kind == .number:
            try nonNegative(x)
        case (.months, .num(let x, let d)) where d.isPlain || d == .duration:
            guard x >= 0, x <= 1200, x == x.rounded() else { throw BizError.at(span, Message(ModelText.wholeMonths, declarationLabel(kind, name))) }
            return .num(x, .number)
        case (.duration, .num(let x, let d)) where d == .duration:
            guard x > 0 else { throw BizError.at(span, Message(ModelText.longerThanZero, declarationLabel(kind, name), spec.name)) }
        case (.currency, .str(let code)) where Currency.isCode(code):
            break
        case (.band, .object(let o)) where o.kind == .band:
            break
        case (.band, .range(let r)) where r.dim.kind == .money && r.dim.per == nil,
             (.range, .range(let r)) where r.dim.kind == .money && r.dim.per == nil:
            guard r.lo >= 0, r.lo <= r.hi else { throw BizError.at(span, Message(ModelText.bandOrder, declarationLabel(kind, name))) }
        case (.wtp, .dist(let d)) where d.dim.kind == .money && d.dim.per == nil:
            break
        case (.wtp, .range(let r)) where r.dim.kind == .money && r.dim.per == nil:
            guard r.lo >= 0, r.lo < r.hi else { throw BizError.at(span, Message(ModelText.wtpOrder, declarationLabel(kind, name))) }
        case (.taste, .num(let x, let d)) where d.kind == .money && d.per == nil || d == .percent:
            try nonNegative(x)
        case (.segments, .list(let xs)):
            guard !xs.isEmpty else { throw BizError.at(span, Message(ModelText.needsSegment, declarationLabel(kind, name))) }
            for x in xs {
                guard case .object(let o) = x, o.kind == .segment else {
                    throw BizError.at(span, Message(ModelText.listSegments, declarationLabel(kind, name), x.typeText))
                }
            }
        case (.strategy, .object(let o)) where o.kind == .strategy:
            break
        case (.strategy, .object(let o)) where o.kind == .schedule:
            try checkSchedule(o, elements: .strategy, kind: kind, name: name, at: span)
        case (.competitor, .object(let o)) where o.kind == .competitor:
            break
        case (.price, .num(let x, let d)) where d.kind == .money && d.per == nil:
            try nonNegative(x)
        case (.price, .object(let o)) where o.kind == .schedule:
            try checkSchedule(o, elements: .price, kind: kind, name: name, at: span)
        default:
            throw wrong()
        }
        return v
    }

    private func checkSchedule(_ o: ModelObject, elements: FieldType, kind: String, name: String, at span: SourceSpan) throws(BizError) {
        guard let initial = o.fields["initial"], case .list(let steps)? = o.fields["steps"] else { return }
        var previous = -1.0
        for case .record(let step) in steps {
            guard case .num(let m, _)? = step["month"] else { continue }
            guard m > previous else { throw BizError.at(span, Message(ModelText.scheduleMonths, declarationLabel(kind, name), m, previous)) }
            previous = m
            guard let value = step["value"] else { continue }
            if elements == .strategy {
                guard case .object(let s) = value, s.kind == .strategy else {
                    throw BizError.at(span, Message(ModelText.strategyStep, declarationLabel(kind, name), value.typeText))
                }
            } else if case .bool(true)? = step["relative"] {
                guard case .num(_, let d) = value, d == .percent || d.kind == .money else {
                    throw BizError.at(span, Message(ModelText.relativeStep, declarationLabel(kind, name)))
                }
            } else {
                // `then 10%`: a change is written with a sign (LANGUAGE.md §4).
                if case .num(let x, .percent) = value {
                    let pct = sourceText(abs(x), .percent)
                    throw BizError.at(span, Message(ModelText.stepWithoutSign, declarationLabel(kind, name), sourceText(x, .percent)),
                                      hint: Message(ModelText.writeSignedStep, pct))
                }
                guard case .num(let x, let d) = value, d.kind == .money, d.per == nil, x >= 0 else {
                    throw BizError.at(span, Message(ModelText.priceStepMoney, declarationLabel(kind, name), value.typeText))
                }
            }
        }
        if elements == .strategy {
            guard case .object(let s) = initial, s.kind == .strategy else {
                throw BizError.at(span, Message(ModelText.strategyScheduleStart, declarationLabel(kind, name), initial.typeText))
            }
        } else {
            guard case .num(_, let d) = initial, d.kind == .money, d.per == nil else {
                throw BizError.at(span, Message(ModelText.priceScheduleStart, declarationLabel(kind, name), initial.typeText))
            }
        }
    }

    func objectMember(_ o: ModelObject, _ name: String, _ span: SourceSpan) throws(BizError) -> Value {
        if name == "name" { return .str(o.name) }
        if let v = o.fields[name] { return v }
        if o.kind == .band {
            if case .range(let r)? = o.fields["range"] { return try member(.range(r), name, span) }
        }
        let known = o.kind == .run ? o.fields.names : Schema.fields(o.kind).map(\.name)
        if known.contains(name) {
            if let v = defaultValue(of: name, in: o) { return v }
            throw BizError.at(span, Message(ModelText.doesNotSet, declarationLabel(o.kind.rawValue, o.name), name, Interpreter.defaultWithoutValue(o.kind, name)))
        }
        throw noField(name, of: "\(o.kind.rawValue) \(o.name)", among: known, span)
    }

    /// The default of an omitted field that has no value of its own (MODEL.md).
    static func defaultWithoutValue(_ kind: ModelObject.Kind, _ field: String) -> Message {
        switch (kind, field) {
        case (.segment, "band"): return Message(ModelText.defaultBand)
        case (.market, "currency"): return Message(ModelText.defaultCurrency)
        case (.company, "strategy"): return Message(ModelText.defaultStrategy)
        case (.company, "competitor"): return Message(ModelText.defaultCompetitor)
        default: return Message(ModelText.noDefault)
        }
    }

    func declareRate(_ code: String, _ value: Value, _ span: SourceSpan) throws(BizError) {
        guard let from = Currency(code: code) else { throw BizError.at(span, Message(ModelText.notACurrency, code)) }
        // An uncertain rate (`rate USD = 60 RUB to 70 RUB`) keeps its samples
        // (see RateTable); conversions by it give distributions.
        if case .dist(let s) = value, !s.isBool, s.dim.kind == .money, s.dim.per == nil, let to = s.dim.currency {
            guard to != from else { throw BizError.at(span, Message(ModelText.sameCurrency)) }
            guard s.samples.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw BizError.at(span, Message(ModelText.rateSamplesNotPositive), hint: Message(ModelText.rateStaysAbove))
            }
            rates.declare(from, samples: s.samples, to)
            return
        }
        guard case .num(let amount, let d) = value, d.kind == .money, d.per == nil, let to = d.currency else {
            throw BizError.at(span, Message(ModelText.rateIsMoney, value.typeText), hint: Message(ModelText.writeRate, code))
        }
        guard to != from else { throw BizError.at(span, Message(ModelText.sameCurrency)) }
        guard amount > 0, amount.isFinite else { throw BizError.at(span, Message(ModelText.rateNotPositive)) }
        rates.declare(from, amount, to)
    }
}

/// How a declaration is named in a message: `segment smb`, but `market` for
/// the market (whose name is its kind), never `market market`.
func declarationLabel(_ kind: String, _ name: String) -> String {
    kind == name ? kind : kind + " " + name
}
