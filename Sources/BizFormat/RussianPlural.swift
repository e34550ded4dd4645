/// Russian noun agreement with a number as it is shown: 1 месяц, 2 месяца,
/// 5 месяцев, 21 месяц, 11 месяцев; a fraction takes the genitive singular
/// (1,5 месяца). Decided from the shown digits, so a value that displays
/// rounded (`460 005 235`) agrees with what the reader sees.
public func russianPlural(shown number: String, one: String, few: String, many: String) -> String {
    if number.contains(",") || number.contains("e") { return few }
    let digits = number.utf8.filter { $0 >= 48 && $0 <= 57 }.map { Int($0) - 48 }
    let last = digits.last ?? 0
    let tens = digits.count > 1 ? digits[digits.count - 2] : 0
    if tens == 1 { return many }
    if last == 1 { return one }
    if (2...4).contains(last) { return few }
    return many
}
