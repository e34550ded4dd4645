/// Every builtin function, by name. User cells shadow them.
enum Builtins {
    static let table: [String: Builtin] = {
        var t: [String: Builtin] = [:]
        for b in math + collections + text + model + uncertainty + businessBasics { t[b.name] = b }
        return t
    }()

    /// The finance library: visible after `use finance` (Compiler.resolve),
    /// so that short names like `pv` and `rate` stay free in other scripts.
    static let financeTable: [String: Builtin] = {
        var t: [String: Builtin] = [:]
        // Rates and amounts may be uncertain (FinanceSamples.swift).
        for b in loanFunctions + flowFunctions + customerFunctions { t[b.name] = sampleWise(b) }
        return t
    }()

    /// The module whose `use` makes a builtin visible, if it needs one.
    static func module(of name: String) -> String? {
        financeTable[name] == nil ? nil : "finance"
    }
}
