/// Russian noun agreement with a number: 1 месяц, 2 месяца, 5 месяцев,
/// 21 месяц, 11 месяцев; a fraction takes the genitive singular (1,5 месяца).
public func russianPlural(_ n: Double, one: String, few: String, many: String) -> String {
    let magnitude = n.magnitude
    guard magnitude == magnitude.rounded(), magnitude < 1e15 else { return magnitude < 1e15 ? few : many }
    let whole = Int64(magnitude)
    let lastTwo = whole % 100, last = whole % 10
    if last == 1 && lastTwo != 11 { return one }
    if (2...4).contains(last) && !(12...14).contains(lastTwo) { return few }
    return many
}
