/// Uncertain inputs to the finance library: a distribution argument
/// (`pmt(uniform(1%, 2%), 12, 100k RUB)`) makes the function run sample by
/// sample, sample i of every distribution together (as arithmetic pairs
/// them), and the answer is a distribution of the results.
extension Builtins {
    static func sampleWise(_ b: Builtin) -> Builtin {
        Builtin(b.name, b.params, variadic: b.variadic) { (c) throws(BizError) -> Value in
            let count = (c.args + c.named.map(\.1)).compactMap { v -> Int? in
                if case .dist(let d) = v { return d.samples.count }
                return nil
            }.min()
            guard let count, count > 0 else { return try b.body(&c) }
            func pick(_ v: Value, _ i: Int) -> Value {
                if case .dist(let d) = v { return .num(d.samples[i], d.dim) }
                return v
            }
            var results: [Double] = []
            results.reserveCapacity(count)
            var dim: Dim?
            for i in 0..<count {
                var one = BuiltinCall(rt: c.rt, name: c.name, args: c.args.map { pick($0, i) },
                                      named: c.named.map { ($0.0, pick($0.1, i)) }, site: c.site, argSpans: c.argSpans, span: c.span)
                guard case .num(let x, let d) = try b.body(&one) else { return try b.body(&c) }
                dim = dim ?? d
                results.append(x)
            }
            return .dist(SampleSet(samples: results, dim: dim ?? .number))
        }
    }
}
