/// Every builtin function, by name. User cells shadow them.
enum Builtins {
    static let table: [String: Builtin] = {
        var t: [String: Builtin] = [:]
        for b in math + collections + text + model + uncertainty { t[b.name] = b }
        return t
    }()
}
