/// Errors of names, calls and evaluation (Runtime/, Values/): unknown
/// names, arguments, fields, indices, limits, conditions. Did-you-mean
/// hints quote a name, which is Biz source in both languages.
public enum RuntimeText: String, CaseIterable, MessageKind {
    // Names and calls
    case unknownName = "name.unknown"
    case didYouMeanName = "name.did-you-mean"
    case periodWordUse = "name.period-word"
    case defineBeforeUse = "name.define-before-use"
    case inLibrary = "name.in-library"
    case notAFunction = "call.not-a-function"
    case takesArguments = "call.takes-arguments"
    case takesAtMost = "call.takes-at-most"
    case noParameter = "call.no-parameter"
    case givenTwice = "call.given-twice"
    case needsArgument = "call.needs-argument"
    case needsNumberFor = "call.needs-number-for"
    case needsListFor = "call.needs-list-for"
    case positionalFirst = "call.positional-first"
    case fieldGivenTwice = "name.field-given-twice"
    case useAtTopLevel = "name.use-at-top-level"
    case returnOutside = "name.return-outside-function"
    case tooManyCells = "name.too-many-cells"
    case cycle = "name.cycle"
    case cycleHint = "name.cycle.hint"
    case cycleSelf = "name.cycle.self"
    case tooManyErrors = "name.too-many-errors"
    // Fields and indices
    case noFields = "field.none"
    case noField = "field.unknown"
    case theFields = "field.the-fields"
    case thisRecord = "field.owner.record"
    case aRange = "field.owner.range"
    case aDistribution = "field.owner.distribution"
    case aList = "field.owner.list"
    case aSeries = "field.owner.series"
    case listEmpty = "index.list-empty"
    case seriesEmpty = "index.series-empty"
    case indexWhole = "index.whole-number"
    case indexOutOfRange = "index.out-of-range"
    case itIsEmpty = "index.out-of-range.empty"
    case recordIndex = "index.record-by-name"
    case cannotIndex = "index.cannot-index"
    case objectName = "with.object-name"
    case objectNameExample = "with.object-name.example"
    case withCopies = "with.copies"
    // Evaluation
    case divisionByZero = "eval.division-by-zero"
    case foreverCompares = "eval.forever-compares"
    case foreverHint = "eval.forever-compares.hint"
    case notANumber = "eval.not-a-number"
    case tooLarge = "eval.too-large"
    case resultOfTooLarge = "eval.result-of-too-large"
    case resultOfNotANumber = "eval.result-of-not-a-number"
    case cannotApply = "eval.cannot-apply"
    case cannotUse = "eval.cannot-use"
    case needsBoolBothSides = "eval.needs-bool-both-sides"
    case needsBoolLeft = "eval.needs-bool-left"
    case needsBoolRight = "eval.needs-bool-right"
    case percentNeedsNumber = "eval.percent-needs-number"
    case conditionBool = "eval.condition-bool"
    case expectBool = "eval.expect-bool"
    case distributionsSampleCounts = "eval.distribution-sample-counts"
    case seriesLengths = "eval.series-lengths"
    case stringTooLong = "eval.string-too-long"
    case listTooLarge = "eval.list-too-large"
    case rangeTooManySteps = "eval.range-too-many-steps"
    case cannotLoop = "eval.cannot-loop"
    case loopOver = "eval.cannot-loop.hint"
    case rangeEndsSingle = "eval.range-ends-single"
    case shareOfRevenue = "eval.share-of-revenue"
    case scheduleMonth = "eval.schedule-month"
    case recursionTooDeep = "limit.recursion"
    case moreThan = "limit.recursion.more-than"
    case baseCase = "limit.recursion.base-case"
    case interrupted = "limit.interrupted"
    case stepLimit = "limit.steps"
    case endlessLoop = "limit.steps.endless-loop"
    // `expect` (after the English `expect failed:`)
    case expectSides = "expect.sides"
    case expectProbability = "expect.probability"

    public var texts: (en: String, ru: String) {
        switch self {
        case .unknownName: return ("unknown name '{1}'", "неизвестное имя '{1}'")
        case .didYouMeanName: return ("did you mean '{1}'?", "возможно, '{1}'?")
        case .periodWordUse: return ("a period word follows a number (3 months) or '/' (500/month)",
                                     "слово периода пишется после числа (3 months) или после '/' (500/month)")
        case .inLibrary: return ("{1} is in the {2} library: write 'use {2}' first", "{1} есть в библиотеке {2}: сначала напишите 'use {2}'")
        case .defineBeforeUse: return ("a name must be defined before it is used", "имя нужно определить до того, как его использовать")
        case .notAFunction: return ("{1} is not a function", "{1} — не функция")
        case .takesArguments: return ("{1} takes {2} {2|argument|arguments}, not {3}",
                                      "{1} принимает {2} {2|аргумент|аргумента|аргументов}, а не {3}")
        case .takesAtMost: return ("{1} takes at most {2} {2|argument|arguments}, not {3}",
                                   "{1} принимает не больше {2} {2|аргумента|аргументов|аргументов}, а не {3}")
        case .noParameter: return ("{1} has no parameter '{2}'", "у {1} нет параметра '{2}'")
        case .givenTwice: return ("'{1}' is given twice", "'{1}' передан дважды")
        case .needsArgument: return ("{1} needs the argument '{2}'", "{1} требует аргумент '{2}'")
        case .needsNumberFor: return ("{1} needs a number for '{2}', not {3}", "{1}: для '{2}' нужно число, а здесь {3}")
        case .needsListFor: return ("{1} needs a list for '{2}', not {3}", "{1}: для '{2}' нужен список, а здесь {3}")
        case .positionalFirst: return ("positional arguments must come before named ones", "позиционные аргументы должны идти перед именованными")
        case .fieldGivenTwice: return ("field '{1}' is given twice", "поле '{1}' задано дважды")
        case .useAtTopLevel: return ("'use' works only at the top level of a file", "'use' можно писать только на верхнем уровне файла")
        case .returnOutside: return ("'return' outside a function", "'return' вне функции")
        case .tooManyCells: return ("too many cells (at most {1})", "слишком много ячеек (не больше {1})")
        case .cycle: return ("cycle: {1}", "цикл: {1}")
        case .cycleSelf: return ("cycle: {1} depends on itself", "цикл: {1} зависит от самой себя")
        case .cycleHint: return ("a cell cannot depend on itself through other cells", "ячейка не может зависеть от самой себя через другие ячейки")
        case .tooManyErrors: return ("too many errors: {1} more not shown", "слишком много ошибок: ещё {1} не {1|показана|показаны|показано}")
        case .noFields: return ("{1} has no fields", "у значения «{1}» нет полей")
        case .noField: return ("{1} has no field '{2}'", "у {1} нет поля '{2}'")
        case .theFields: return ("the fields are: {1}", "поля: {1}")
        case .thisRecord: return ("this record", "этой записи")
        case .aRange: return ("a range", "диапазона")
        case .aDistribution: return ("a distribution", "распределения")
        case .aList: return ("a list", "списка")
        case .aSeries: return ("a series", "ряда")
        case .listEmpty: return ("the list is empty", "список пуст")
        case .seriesEmpty: return ("the series is empty", "ряд пуст")
        case .indexWhole: return ("an index must be a whole number, not {1}", "индекс должен быть целым числом, а здесь {1}")
        case .indexOutOfRange: return ("index {1} is out of range 0…{2}", "индекс {1} вне диапазона 0…{2}")
        case .itIsEmpty: return ("it is empty", "он пуст")
        case .recordIndex: return ("a record is indexed by a field name string", "запись индексируется строкой с именем поля")
        case .cannotIndex: return ("cannot index {1}", "значение «{1}» нельзя индексировать")
        case .objectName: return ("a {1}'s name is a non-empty string, not {2}", "имя {1} — непустая строка, а здесь {2}")
        case .objectNameExample: return ("for example: {1}", "например: {1}")
        case .withCopies: return ("'with' copies a record or a model object, not {1}", "'with' копирует запись или объект модели, а здесь {1}")
        case .foreverCompares: return ("forever is a duration that only compares", "forever — длительность, которую можно только сравнивать")
        case .foreverHint: return ("compare it with a duration, e.g. active.pushed_tenure > 12 months",
                                   "сравнивайте её с длительностью, например active.pushed_tenure > 12 months")
        case .divisionByZero: return ("division by zero", "деление на ноль")
        case .notANumber: return ("the result is not a number", "результат — не число")
        case .tooLarge: return ("the result is too large", "результат слишком велик")
        // `{1}` is the operation as code: `sum`, `exp`, `in USD`.
        case .resultOfTooLarge: return ("the result of '{1}' is too large", "результат '{1}' слишком велик")
        case .resultOfNotANumber: return ("the result of '{1}' is not a number", "результат '{1}' — не число")
        case .cannotApply: return ("cannot apply '{1}' to {2}", "'{1}' нельзя применить к значению «{2}»")
        case .cannotUse: return ("cannot use '{1}' on {2} and {3}", "'{1}' нельзя применить к значениям «{2}» и «{3}»")
        case .needsBoolBothSides: return ("'{1}' needs true or false on both sides", "для '{1}' нужны true или false с обеих сторон")
        case .needsBoolLeft: return ("'{1}' needs true or false on the left", "для '{1}' слева нужно true или false")
        case .needsBoolRight: return ("'{1}' needs true or false on the right", "для '{1}' справа нужно true или false")
        case .percentNeedsNumber: return ("'%' needs a plain number, not {1}", "для '%' нужно простое число, а здесь {1}")
        case .conditionBool: return ("the condition must be true or false, not {1}", "условие должно быть true или false, а здесь {1}")
        case .expectBool: return ("expect needs a condition that is true or false, not {1}",
                                  "expect требует условие, которое равно true или false, а здесь {1}")
        case .distributionsSampleCounts: return ("these distributions have different sample counts", "у этих распределений разный размер выборки")
        case .seriesLengths: return ("these series have different lengths ({1} and {2} months)",
                                     "у этих рядов разная длина ({1} и {2} {2|месяц|месяца|месяцев})")
        case .stringTooLong: return ("this string would be too long (over 100 MB)", "строка получилась бы слишком длинной (больше 100 МБ)")
        case .listTooLarge: return ("this list would be too large", "список получился бы слишком большим")
        case .rangeTooManySteps: return ("this range has too many steps to loop over", "в этом диапазоне слишком много шагов для цикла")
        case .cannotLoop: return ("cannot loop over {1}", "по значению «{1}» нельзя пройти циклом")
        case .loopOver: return ("loop over a list, a range like 1..10, or a series", "циклом можно пройти по списку, диапазону вроде 1..10 или ряду")
        case .rangeEndsSingle: return ("a range's ends must stay single numbers or quantities here",
                                       "здесь концы диапазона должны оставаться отдельными числами или величинами")
        case .shareOfRevenue: return ("a share of revenue must be a percent from 0% to 100%, not {1}",
                                      "доля выручки должна быть процентом от 0% до 100%, а здесь {1}")
        case .scheduleMonth: return ("a schedule month must be a whole number of months from 0 to 1200, not {1}",
                                     "месяц в расписании должен быть целым числом месяцев от 0 до 1200, а здесь {1}")
        case .recursionTooDeep: return ("recursion is too deep ({1} nested calls)", "рекурсия слишком глубокая (вложенных вызовов: {1})")
        case .moreThan: return ("more than {1}", "больше {1}")
        case .baseCase: return ("check that the recursion has a base case that is reached",
                                "проверьте, что у рекурсии есть базовый случай и он достигается")
        case .interrupted: return ("interrupted", "прервано")
        case .stepLimit: return ("evaluation took more than {1} steps", "вычисление заняло больше {1} {1|шага|шагов|шагов}")
        case .endlessLoop: return ("is there an endless loop?", "нет ли здесь бесконечного цикла?")
        case .expectSides: return ("(left: {1}, right: {2})", "(слева: {1}, справа: {2})")
        case .expectProbability: return ("(holds with probability {1})", "(выполняется с вероятностью {1})")
        }
    }
}
