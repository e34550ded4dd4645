/// sweep, goal, maximize/minimize, tornado and `given` (LANGUAGE.md §5):
/// their errors, the lines they print and their table headers. Names of
/// cells, targets (`{1}` in most texts) and values are code or numbers
/// shown in the interface language.
public enum WhatIfText: String, CaseIterable, MessageKind {
    case notAWhatIf = "whatif.not-a-what-if"
    case changesCellsLocal = "whatif.changes-cells-local"
    case defineAtTopLevel = "whatif.define-at-top-level"
    case changesCellsBuiltin = "whatif.changes-cells-builtin"
    case doesNotDependOn = "whatif.does-not-depend-on"
    case noneDependsOn = "whatif.none-depends-on"
    case notADeclaration = "whatif.not-a-declaration"
    case changeACellInstead = "whatif.change-a-cell-instead"
    case whileTrying = "whatif.while-trying"
    case targetIsSeries = "whatif.target-is-series"
    case pickOneMonth = "whatif.pick-one-month"
    case targetNotNumber = "whatif.target-not-number"
    case changedUnit = "whatif.changed-unit"
    case valuesUnit = "whatif.values-unit"
    case rangeNeeded = "whatif.range-needed"
    case rangeOrder = "whatif.range-order"
    case searchHole = "whatif.search-hole"
    // goal
    case goalMet = "whatif.goal.met"
    case goalPasses = "whatif.goal.passes"
    case alsoAt = "whatif.goal.also-at"
    case theGoal = "whatif.goal.the-goal"
    case goalHasNoUnit = "whatif.goal.no-unit"
    case writeGoalInUnit = "whatif.goal.write-in-unit"
    case goalWrongUnit = "whatif.goal.wrong-unit"
    case neverReaches = "whatif.goal.never-reaches"
    case widenTheRange = "whatif.goal.widen-the-range"
    // maximize / minimize
    case maximum = "whatif.optimize.max"
    case minimum = "whatif.optimize.min"
    case maximumAtEnd = "whatif.optimize.max-at-end"
    case minimumAtEnd = "whatif.optimize.min-at-end"
    case notANumberAnywhere = "whatif.optimize.not-a-number"
    // sweep
    case tooManyRows = "whatif.sweep.too-many-rows"
    case useLargerStep = "whatif.sweep.use-larger-step"
    case tooManyValues = "whatif.sweep.too-many-values"
    case stepWithList = "whatif.sweep.step-with-list"
    case emptyList = "whatif.sweep.empty-list"
    case atMostValues = "whatif.sweep.at-most-values"
    case stepWithOneValue = "whatif.sweep.step-with-one-value"
    case sweepValues = "whatif.sweep.values"
    case stepNotNumber = "whatif.sweep.step-not-number"
    case stepHasNoUnit = "whatif.sweep.step-no-unit"
    case writeStep = "whatif.sweep.write-step"
    case stepWrongUnit = "whatif.sweep.step-wrong-unit"
    case stepNotPositive = "whatif.sweep.step-not-positive"
    // tornado
    case tornadoTitle = "whatif.tornado.title"
    case tornadoInput = "whatif.tornado.input"
    case tornadoSwing = "whatif.tornado.swing"
    case tornadoNoInputs = "whatif.tornado.no-inputs"
    case tornadoLeftOut = "whatif.tornado.left-out"
    case swingRange = "whatif.tornado.swing-range"

    public var texts: (en: String, ru: String) {
        switch self {
        case .notAWhatIf: return ("not a what-if form", "это не форма «что если»")
        case .changesCellsLocal:
            return ("'{1}' changes cells; '{2}' is a local variable", "'{1}' меняет ячейки, а '{2}' — локальная переменная")
        case .defineAtTopLevel:
            return ("define {1} at the top level, e.g. {1} = …, and refer to it from the target",
                    "определите {1} на верхнем уровне, например {1} = …, и используйте в цели")
        case .changesCellsBuiltin:
            return ("'{1}' changes cells; '{2}' is a builtin function", "'{1}' меняет ячейки, а '{2}' — встроенная функция")
        case .doesNotDependOn: return ("{1} does not depend on {2}", "{1} не зависит от {2}")
        case .noneDependsOn: return ("none of {1} depends on {2}", "ни одно из {1} не зависит от {2}")
        case .notADeclaration:
            return ("{1} is {2}, not a declaration; only a declaration's (or a record's) fields can be changed like this",
                    "{1} — {2}, а не объявление; так можно менять только поля объявления (или записи)")
        case .changeACellInstead: return ("change a cell instead, e.g. given {1} = …", "измените ячейку, например given {1} = …")
        case .whileTrying: return ("while trying {1}", "при попытке {1}")
        case .targetIsSeries: return ("{1} is a series; the target must be one number", "{1} — ряд по месяцам, а цель должна быть одним числом")
        case .pickOneMonth:
            return ("pick one month or a summary, e.g. {1}.last or sum({1})", "выберите один месяц или итог, например {1}.last или sum({1})")
        case .targetNotNumber:
            return ("{1} is {2}; the target must be a number or a quantity", "{1} — {2}, а цель должна быть числом или величиной")
        case .changedUnit: return ("{1} changed unit from {2} to {3}", "{1} сменила единицу: была {2}, стала {3}")
        case .valuesUnit: return ("{1} is {2} but these values are {3}", "{1} — {2}, а эти значения — {3}")
        case .rangeNeeded:
            return ("the values to try must be a range like 50..300 RUB, not {1}",
                    "значения для перебора — это диапазон, например 50..300 RUB, а не {1}")
        case .rangeOrder: return ("the range must go from a lower to a higher value", "диапазон должен идти от меньшего значения к большему")
        case .searchHole:
            return ("{1} cannot be computed everywhere in {2}: {3}; the search went around those values",
                    "{1} вычисляется не везде в {2}: {3}; поиск обошёл эти значения")
        case .goalMet: return ("{1} = {2} at {3}", "{1} = {2} при {3}")
        case .goalPasses:
            return ("{1} passes {2} at {3}, jumping from {4} to {5}", "{1} переходит через {2} при {3}, скачком от {4} до {5}")
        case .alsoAt: return (" (also at {1})", " (а также при {1})")
        case .theGoal: return ("the goal", "цель")
        case .goalHasNoUnit: return ("the goal {1} has no unit but {2} is {3}", "у цели {1} нет единицы, а {2} — {3}")
        case .writeGoalInUnit: return ("write the goal in that unit: {1}", "запишите цель в этой единице: {1}")
        case .goalWrongUnit: return ("the goal is {1} but {2} is {3}", "цель — {1}, а {2} — {3}")
        case .neverReaches:
            return ("{1} never reaches {2} for {3} in {4}; the closest it gets is {5}, at {6}",
                    "{1} не достигает {2} ни при каком {3} в {4}; ближе всего — {5} при {6}")
        case .widenTheRange:
            return ("widen the range, or check that the target can reach this value",
                    "расширьте диапазон или проверьте, что цель может достичь этого значения")
        case .maximum: return ("max {1} = {2} at {3}", "максимум {1} = {2} при {3}")
        case .minimum: return ("min {1} = {2} at {3}", "минимум {1} = {2} при {3}")
        case .maximumAtEnd: return (" (an end of the range: the maximum may lie beyond it)", " (край диапазона: максимум может быть за ним)")
        case .minimumAtEnd: return (" (an end of the range: the minimum may lie beyond it)", " (край диапазона: минимум может быть за ним)")
        case .notANumberAnywhere: return ("{1} is not a number anywhere in {2}", "{1} не является числом нигде в {2}")
        case .tooManyRows:
            return ("this sweep has {1} rows; at most {2}", "в этом sweep {1} {1|строка|строки|строк}, а можно не больше {2}")
        case .useLargerStep: return ("use a larger step", "возьмите шаг побольше")
        case .tooManyValues:
            return ("{1} would take {2} values; at most {3}", "{1} примет {2} {2|значение|значения|значений}, а можно не больше {3}")
        case .stepWithList: return ("'step' goes with a range, not a list", "'step' пишется с диапазоном, а не со списком")
        case .emptyList: return ("the list of values is empty", "список значений пуст")
        case .atMostValues: return ("at most {1} values", "не больше {1} {1|значения|значений|значений}")
        case .stepWithOneValue: return ("'step' goes with a range, not one value", "'step' пишется с диапазоном, а не с одним значением")
        case .sweepValues:
            return ("{1} goes over a range like 80..160 RUB or a list like [10, 20, 30], not {2}",
                    "{1} перебирает диапазон (например, 80..160 RUB) или список (например, [10, 20, 30]), а не {2}")
        case .stepNotNumber: return ("the step must be a number or a quantity, not {1}", "шаг должен быть числом или величиной, а не {1}")
        case .stepHasNoUnit: return ("the step {1} has no unit but the values are {2}", "у шага {1} нет единицы, а значения — {2}")
        case .writeStep: return ("write step {1}", "напишите step {1}")
        case .stepWrongUnit: return ("the step is {1} but the values are {2}", "шаг — {1}, а значения — {2}")
        case .stepNotPositive: return ("the step must be above 0", "шаг должен быть больше 0")
        case .tornadoTitle: return ("tornado: {1} ±{2} (base {3})", "торнадо: {1} ±{2} (база {3})")
        case .tornadoInput: return ("input", "вход")
        case .tornadoSwing: return ("swing", "размах")
        case .tornadoNoInputs:
            return ("tornado: {1} depends on no numeric input cell or field", "торнадо: {1} не зависит ни от одной числовой входной ячейки или поля")
        case .tornadoLeftOut: return ("{1} left out: {2} is invalid ({3})", "{1} пропущено: {2} — недопустимое значение ({3})")
        case .swingRange:
            return ("the swing must be a percent above 0% and below 100%, like 20%, not {1}",
                    "размах должен быть процентом больше 0% и меньше 100%, например 20%, а не {1}")
        }
    }
}
