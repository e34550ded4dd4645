/// A value that changes over time: "A until month M then B".
///
/// A step `(afterMonth: M, value: B)` means the previous value is used in
/// months 0…M and B from month M + 1. Steps must be in strictly increasing
/// `afterMonth` order (checked by the engine). Relative steps such as "+10%"
/// are resolved by the caller into absolute values.
public struct Schedule<T> {
    public struct Step {
        public var afterMonth: Int
        public var value: T

        public init(afterMonth: Int, value: T) {
            self.afterMonth = afterMonth
            self.value = value
        }
    }

    public var initial: T
    public var steps: [Step]

    /// A constant schedule.
    public init(_ value: T) {
        initial = value
        steps = []
    }

    public init(_ initial: T, steps: [(afterMonth: Int, value: T)]) {
        self.initial = initial
        self.steps = steps.map { Step(afterMonth: $0.afterMonth, value: $0.value) }
    }

    /// This schedule with one more step appended ("… then `value` from month `afterMonth` + 1").
    public func then(afterMonth: Int, _ value: T) -> Schedule<T> {
        var copy = self
        copy.steps.append(Step(afterMonth: afterMonth, value: value))
        return copy
    }

    /// The value in force during month `m` (month 0 is the starting state).
    public func value(atMonth m: Int) -> T {
        var current = initial
        for step in steps {
            if step.afterMonth < m { current = step.value } else { break }
        }
        return current
    }

    /// All values, in order: the initial one and each step's.
    public var allValues: [T] { [initial] + steps.map(\.value) }

    func validateOrder(field: @autoclosure () -> String) throws {
        var previous = -1
        for step in steps {
            guard step.afterMonth >= 0 else {
                throw CoreError(field: field(), problem: .scheduleStepNegative(month: step.afterMonth))
            }
            guard step.afterMonth > previous else {
                throw CoreError(field: field(), problem: .scheduleOrder(month: step.afterMonth, previous: previous))
            }
            previous = step.afterMonth
        }
    }
}

extension Schedule: Sendable where T: Sendable {}
extension Schedule.Step: Sendable where T: Sendable {}
extension Schedule: Equatable where T: Equatable {}
extension Schedule.Step: Equatable where T: Equatable {}
