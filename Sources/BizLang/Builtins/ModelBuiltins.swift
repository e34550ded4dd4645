/// simulate, stress, compare, explain.
extension Builtins {
    static let model: [Builtin] = []
}
