/// The lexer's and the parser's messages (Syntax/). Code — keywords,
/// symbols, examples — stays as written in both languages; a literal `{`
/// is written `{{`.
public enum SyntaxText: String, CaseIterable, MessageKind {
    // Lexer
    case invalidUTF8 = "syntax.invalid-utf8"
    case notUTF8 = "syntax.not-utf8"
    case convertFromCP1251 = "syntax.not-utf8.convert"
    case unexpectedCharacter = "syntax.unexpected-character"
    case writeWord = "syntax.unexpected-character.write-word"
    case numberRunsIntoName = "syntax.number-runs-into-name"
    case putSpace = "syntax.number-runs-into-name.put-space"
    case numberTooLarge = "syntax.number-too-large"
    case numberLimit = "syntax.number-too-large.limit"
    case unknownEscape = "syntax.unknown-escape"
    case theEscapes = "syntax.unknown-escape.the-escapes"
    case unclosedBraceInString = "syntax.unclosed-brace-in-string"
    case literalBrace = "syntax.unclosed-brace-in-string.literal"
    case unterminatedString = "syntax.unterminated-string"
    case closeString = "syntax.unterminated-string.close"
    // Tokens, as "found …" names them
    case aNumber = "syntax.token.number"
    case aString = "syntax.token.string"
    case aCurrencySign = "syntax.token.currency-sign"
    case endOfLine = "syntax.token.end-of-line"
    case endOfInput = "syntax.token.end-of-input"
    case invalidToken = "syntax.token.invalid"
    // Parser
    case neverClosed = "syntax.never-closed"
    case add = "syntax.never-closed.add"
    case expectedFound = "syntax.expected-found"
    case tooDeep = "syntax.too-deep"
    case tooLong = "syntax.too-long"
    case splitIntoCells = "syntax.split-into-cells"
    case expectedEndOfStatement = "syntax.expected-end-of-statement"
    case separateInBraces = "syntax.expected-end-of-statement.in-braces"
    case onePerLine = "syntax.expected-end-of-statement.one-per-line"
    case expectedToFile = "syntax.expected-to-file"
    case unclosedBrace = "syntax.unclosed-brace"
    case addBrace = "syntax.unclosed-brace.add"
    case expectedAfterField = "syntax.expected-after-field"
    case expectedMonthAfterUntil = "syntax.expected-month-after-until"
    case untilExample = "syntax.expected-month-after-until.example"
    case expectedThenAfterMonth = "syntax.expected-then-after-month"
    case expectedAfterIn = "syntax.expected-after-in"
    case inExample = "syntax.expected-after-in.example"
    case expectedPeriodAfterPer = "syntax.expected-period-after-per"
    case perExample = "syntax.expected-period-after-per.example"
    case percentAfter = "syntax.percent-after"
    case percentWrite = "syntax.percent-after.write"
    case aName = "syntax.operand.name"
    case aCall = "syntax.operand.call"
    case aField = "syntax.operand.field"
    case thisExpression = "syntax.operand.expression"
    case expectedAmount = "syntax.expected-amount"
    case amountWrite = "syntax.expected-amount.write"
    case unknownCurrencySign = "syntax.unknown-currency-sign"
    case expectedExpression = "syntax.expected-expression"
    case expectedThen = "syntax.expected-then"
    case expectedInAfterLoopVariable = "syntax.expected-in-after-loop-variable"
    case expectedParameters = "syntax.expected-parameters"
    case expectedBody = "syntax.expected-body"
    case parameterTwice = "syntax.parameter-twice"
    case parameterNeedsDefault = "syntax.parameter-needs-default"
    case unexpectedInInterpolation = "syntax.unexpected-in-interpolation"
    case expectedOver = "syntax.expected-over"
    case expectedByIn = "syntax.expected-by-in"
    case byInExample = "syntax.expected-by-in.example"
    case expectedInRange = "syntax.expected-in-range"
    // What `expected …` names
    case whatModuleName = "syntax.what.module-name"
    case whatFieldName = "syntax.what.field-name"
    case whatColonAfterField = "syntax.what.colon-after-field"
    case whatAssignAfter = "syntax.what.assign-after"
    case whatFieldAfterDot = "syntax.what.field-after-dot"
    case whatCellAfterGiven = "syntax.what.cell-after-given"
    case whatLoopVariable = "syntax.what.loop-variable"
    case whatParameterName = "syntax.what.parameter-name"
    case whatCellToSweep = "syntax.what.cell-to-sweep"
    case whatOutputs = "syntax.what.outputs"
    case whatValueToReach = "syntax.what.value-to-reach"
    case whatCellToChange = "syntax.what.cell-to-change"
    case whatEither = "syntax.what.either"

    public var texts: (en: String, ru: String) {
        switch self {
        case .invalidUTF8: return ("invalid UTF-8 in the source", "недопустимая последовательность UTF-8 в тексте программы")
        case .notUTF8: return ("this text is not UTF-8 (Biz reads source files as UTF-8)",
                               "этот текст не в кодировке UTF-8 (Biz читает файлы программ в UTF-8)")
        case .convertFromCP1251: return ("if it was saved as Windows-1251, convert it: iconv -f cp1251 -t utf-8 {1} > utf8-{2}",
                                         "если файл сохранён в Windows-1251, перекодируйте его: iconv -f cp1251 -t utf-8 {1} > utf8-{2}")
        case .unexpectedCharacter: return ("unexpected character '{1}'", "неожиданный символ '{1}'")
        case .writeWord: return ("write '{1}'", "пишите '{1}'")
        case .numberRunsIntoName: return ("a number cannot run into a name", "число не может сливаться с именем")
        case .putSpace: return ("put a space between {1} and the word", "поставьте пробел между {1} и словом")
        case .numberTooLarge: return ("this number is too large", "это число слишком велико")
        case .numberLimit: return ("numbers are 64-bit floats: at most about 1.8e308",
                                   "числа хранятся как 64-битные с плавающей точкой: не больше примерно 1.8e308")
        case .unknownEscape: return ("unknown escape in a string", "неизвестная экранированная последовательность в строке")
        case .theEscapes: return ("the escapes are {1}", "допустимые последовательности: {1}")
        case .unclosedBraceInString: return ("unclosed '{{' in a string", "незакрытая '{{' в строке")
        case .literalBrace: return ("write \\{{ for a literal brace", "чтобы вставить саму фигурную скобку, пишите \\{{")
        case .unterminatedString: return ("unterminated string", "незакрытая строка")
        case .closeString: return ("close it with \" on the same line", "закройте её символом \" на той же строке")
        case .aNumber: return ("a number", "число")
        case .aString: return ("a string", "строка")
        case .aCurrencySign: return ("a currency sign", "знак валюты")
        case .endOfLine: return ("the end of the line", "конец строки")
        case .endOfInput: return ("the end of the input", "конец текста")
        case .invalidToken: return ("an invalid token", "недопустимый символ")
        case .neverClosed: return ("this '{1}' is never closed", "открывающая '{1}' так и не закрыта")
        case .add: return ("add {1}", "добавьте {1}")
        case .expectedFound: return ("expected {1}, found {2}", "ожидалось {1}, а здесь {2}")
        case .tooDeep: return ("expression is nested too deeply (more than {1} levels)",
                               "выражение вложено слишком глубоко (больше {1} {1|уровня|уровней|уровней})")
        case .tooLong: return ("this statement is too long (more than {1} operators)",
                               "инструкция слишком длинная (больше {1} {1|оператора|операторов|операторов})")
        case .splitIntoCells: return ("split it into named cells", "разбейте её на именованные ячейки")
        case .expectedEndOfStatement: return ("expected the end of the statement, found {1}", "ожидался конец инструкции, а здесь {1}")
        case .separateInBraces: return ("separate statements with a new line, ';' or ','", "разделяйте инструкции новой строкой, ';' или ','")
        case .onePerLine: return ("put one statement per line, or separate them with ';'",
                                  "пишите по одной инструкции на строке или разделяйте их ';'")
        case .expectedToFile: return ("expected 'to \"file\"' after {1} {2}", "после {1} {2} ожидалось 'to \"file\"'")
        case .unclosedBrace: return ("unclosed '{{'", "незакрытая '{{'")
        case .addBrace: return ("add '}'", "добавьте '}'")
        case .expectedAfterField: return ("expected ',' or a new line after the field {1}, found {2}",
                                          "после поля {1} ожидалась ',' или новая строка, а здесь {2}")
        case .expectedMonthAfterUntil: return ("expected 'month' after 'until'", "после 'until' ожидалось 'month'")
        case .untilExample: return ("write: 110 RUB until month 6 then +10%", "пишите так: 110 RUB until month 6 then +10%")
        case .expectedThenAfterMonth: return ("expected 'then' after the month", "после месяца ожидалось 'then'")
        case .expectedAfterIn: return ("expected a currency code, a period or % after 'in', found {1}",
                                       "после 'in' ожидался код валюты, период или %, а здесь {1}")
        case .inExample: return ("for example: x in USD, r in month, 0.4 in %", "например: x in USD, r in month, 0.4 in %")
        case .expectedPeriodAfterPer: return ("expected a period after 'per', found {1}", "после 'per' ожидался период, а здесь {1}")
        case .perExample: return ("write per month, per quarter, per year or per week", "пишите per month, per quarter, per year или per week")
        case .percentAfter: return ("'%' goes after a number or a parenthesised expression, not after {1}",
                                    "'%' ставится после числа или выражения в скобках, а здесь он после {1}")
        case .percentWrite: return ("write {1}", "пишите {1}")
        case .aName: return ("a name", "имени")
        case .aCall: return ("a call", "вызова функции")
        case .aField: return ("a field", "поля")
        case .thisExpression: return ("this expression", "этого выражения")
        case .expectedAmount: return ("expected an amount right after the currency sign", "сразу после знака валюты ожидалась сумма")
        case .amountWrite: return ("write {1}", "пишите {1}")
        case .unknownCurrencySign: return ("unknown currency sign", "неизвестный знак валюты")
        case .expectedExpression: return ("expected an expression, found {1}", "ожидалось выражение, а здесь {1}")
        case .expectedThen: return ("expected 'then' or '{{' after the condition, found {1}",
                                    "после условия ожидалось 'then' или '{{', а здесь {1}")
        case .expectedInAfterLoopVariable: return ("expected 'in' after the loop variable", "после переменной цикла ожидалось 'in'")
        case .expectedParameters: return ("expected '(' and the parameters", "ожидались '(' и параметры")
        case .expectedBody: return ("expected '=' or '{{' after the parameters, found {1}",
                                    "после параметров ожидалось '=' или '{{', а здесь {1}")
        case .parameterTwice: return ("parameter '{1}' is named twice", "параметр '{1}' назван дважды")
        case .parameterNeedsDefault: return ("parameter '{1}' needs a default, as the ones before it have",
                                             "параметру '{1}' нужно значение по умолчанию, как у параметров перед ним")
        case .unexpectedInInterpolation: return ("unexpected {1} in '{{…}'", "внутри '{{…}' не ожидалось: {1}")
        case .expectedOver: return ("expected 'over' after {1}", "после {1} ожидалось 'over'")
        case .expectedByIn: return ("expected 'by CELL in RANGE' after the {1} target", "после цели {1} ожидалось 'by CELL in RANGE'")
        case .byInExample: return ("for example: {1}", "например: {1}")
        case .expectedInRange: return ("expected 'in' and a range after {1}", "после {1} ожидались 'in' и диапазон")
        case .whatModuleName: return ("a module name", "имя модуля")
        case .whatFieldName: return ("a field name", "имя поля")
        case .whatColonAfterField: return ("':' after the field name {1}", "':' после имени поля {1}")
        case .whatAssignAfter: return ("'=' after {1}", "'=' после {1}")
        case .whatFieldAfterDot: return ("a field name after '.'", "имя поля после '.'")
        case .whatCellAfterGiven: return ("a cell name after 'given'", "имя ячейки после 'given'")
        case .whatLoopVariable: return ("a loop variable after 'for'", "переменная цикла после 'for'")
        case .whatParameterName: return ("a parameter name", "имя параметра")
        case .whatCellToSweep: return ("the cell to sweep", "ячейка, которую перебирает sweep")
        case .whatOutputs: return ("':' and the outputs to show", "':' и показываемые результаты")
        case .whatValueToReach: return ("'=' and the value to reach", "'=' и значение, которого нужно достичь")
        case .whatEither: return ("{1} or {2}", "{1} или {2}")
        case .whatCellToChange: return ("the cell to change", "ячейка, которую нужно менять")
        }
    }
}
