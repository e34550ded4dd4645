/// Texts of `biz serve`, the classroom server: what it prints, the errors it
/// answers with, and every word of the playground and teacher pages (the
/// pages get the `serve.ui.*` texts as JSON in the chosen language).
public enum ServeText: String, CaseIterable, MessageKind {
    case command = "serve.command"
    case listening = "serve.listening"
    case teacherAt = "serve.teacher-at"
    case stopHint = "serve.stop-hint"
    case notAFolder = "serve.not-a-folder"
    case cannotWrite = "serve.cannot-write"
    case cannotListen = "serve.cannot-listen"
    case badPort = "serve.bad-port"
    case badLimits = "serve.bad-limits"
    case tooLarge = "serve.too-large"
    case sourceTooLarge = "serve.source-too-large"
    case badRequest = "serve.bad-request"
    case unknownSession = "serve.unknown-session"
    case needsToken = "serve.needs-token"
    case notFound = "serve.not-found"
    case queueFull = "serve.queue-full"
    case timeLimit = "serve.time-limit"
    case memoryLimit = "serve.memory-limit"
    case evaluationDied = "serve.evaluation-died"
    case badName = "serve.bad-name"
    case tooManySessions = "serve.too-many-sessions"
    case unknownLesson = "serve.unknown-lesson"

    // The playground page.
    case uiTitle = "serve.ui.title"
    case uiJoinPrompt = "serve.ui.join-prompt"
    case uiJoin = "serve.ui.join"
    case uiRun = "serve.ui.run"
    case uiRunKeys = "serve.ui.run-keys"
    case uiQueued = "serve.ui.queued"
    case uiRunning = "serve.ui.running"
    case uiRanIn = "serve.ui.ran-in"
    case uiSaved = "serve.ui.saved"
    case uiLesson = "serve.ui.lesson"
    case uiNoLesson = "serve.ui.no-lesson"
    case uiStep = "serve.ui.step"
    case uiTask = "serve.ui.task"
    case uiHint = "serve.ui.hint"
    case uiStepDone = "serve.ui.step-done"
    case uiStepNotYet = "serve.ui.step-not-yet"
    case uiNext = "serve.ui.next"
    case uiPrevious = "serve.ui.previous"
    case uiDownloadModel = "serve.ui.download-model"
    case uiDownloadReport = "serve.ui.download-report"
    case uiLanguage = "serve.ui.language"
    case uiCharts = "serve.ui.charts"
    case uiErrors = "serve.ui.errors"
    case uiPushedModel = "serve.ui.pushed-model"
    case uiPushedStep = "serve.ui.pushed-step"
    case uiReportTitle = "serve.ui.report-title"
    case uiOffline = "serve.ui.offline"
    case uiWelcome = "serve.ui.welcome"
    case uiLine = "serve.ui.line"

    // The teacher view.
    case uiTeacherTitle = "serve.ui.teacher-title"
    case uiParticipants = "serve.ui.participants"
    case uiName = "serve.ui.name"
    case uiConnected = "serve.ui.connected"
    case uiAway = "serve.ui.away"
    case uiLastRun = "serve.ui.last-run"
    case uiExpressions = "serve.ui.expressions"
    case uiApply = "serve.ui.apply"
    case uiChartOf = "serve.ui.chart-of"
    case uiPushModel = "serve.ui.push-model"
    case uiPushStep = "serve.ui.push-step"
    case uiPushed = "serve.ui.pushed"
    case uiNobody = "serve.ui.nobody"
    case uiNoValue = "serve.ui.no-value"
    case uiModelToSend = "serve.ui.model-to-send"
    case uiStepToSend = "serve.ui.step-to-send"

    public var texts: (en: String, ru: String) {
        switch self {
        case .command: return ("Serve a browser playground for a workshop room, with a teacher view (localhost unless --host).",
                               "Запустить браузерную площадку для учебного класса с видом преподавателя (только localhost, если не задан --host).")
        case .listening: return ("Biz playground: {1}", "Площадка Biz: {1}")
        case .teacherAt: return ("teacher view: {1}", "вид преподавателя: {1}")
        case .stopHint: return ("participants' work is kept in {1} (Ctrl-C stops the server)",
                                "работа участников хранится в {1} (Ctrl-C — остановить сервер)")
        case .notAFolder: return ("{1} is not a folder", "{1} — не папка")
        case .cannotWrite: return ("cannot write into {1}", "не удалось записать в {1}")
        case .cannotListen: return ("cannot listen on {1}: {2}", "не удалось слушать {1}: {2}")
        case .badPort: return ("--port must be between 0 and 65535", "--port должен быть от 0 до 65535")
        case .badLimits: return ("--time-limit, --max-steps, --max-memory and --workers must be positive",
                                 "--time-limit, --max-steps, --max-memory и --workers должны быть больше нуля")
        case .tooLarge: return ("the request is larger than {1} bytes", "запрос больше {1} байт")
        case .sourceTooLarge: return ("the model is longer than {1} characters", "модель длиннее {1} символов")
        case .badRequest: return ("the request is not understood", "запрос не понят")
        case .unknownSession: return ("no such session: enter your name again", "такого сеанса нет: введите имя ещё раз")
        case .needsToken: return ("the teacher view needs its token (printed when the server started)",
                                  "для вида преподавателя нужен ключ (его напечатал сервер при запуске)")
        case .notFound: return ("not found", "не найдено")
        case .queueFull: return ("the server is busy: {1} runs are waiting; try again in a moment",
                                 "сервер занят: ждут {1} {1|запуск|запуска|запусков}; попробуйте через минуту")
        case .timeLimit: return ("stopped: the run took longer than {1} s", "остановлено: вычисление заняло больше {1} с")
        case .memoryLimit: return ("stopped: the run needed more than {1} MB of memory",
                                   "остановлено: вычислению понадобилось больше {1} МБ памяти")
        case .evaluationDied: return ("the run stopped unexpectedly; the lines after the last value show none",
                                      "вычисление неожиданно прервалось; у строк после последнего значения значений нет")
        case .badName: return ("a name of 1 to 40 characters, please", "введите имя длиной от 1 до 40 символов")
        case .tooManySessions: return ("the room is full ({1} participants)", "класс заполнен ({1} участников)")
        case .unknownLesson: return ("no such lesson", "такого урока нет")

        case .uiTitle: return ("Biz playground", "Площадка Biz")
        case .uiJoinPrompt: return ("Your name, as the teacher will see it", "Ваше имя — так его увидит преподаватель")
        case .uiJoin: return ("Join", "Войти")
        case .uiRun: return ("Run", "Выполнить")
        case .uiRunKeys: return ("Ctrl-Enter runs", "Ctrl-Enter — выполнить")
        case .uiQueued: return ("waiting: {1} ahead", "в очереди: впереди {1}")
        case .uiRunning: return ("running…", "вычисляется…")
        case .uiRanIn: return ("ran in {1} ms", "выполнено за {1} мс")
        case .uiSaved: return ("saved", "сохранено")
        case .uiLesson: return ("Lesson", "Урок")
        case .uiNoLesson: return ("free play", "без урока")
        case .uiStep: return ("Step {1} of {2}", "Шаг {1} из {2}")
        case .uiTask: return ("Task", "Задание")
        case .uiHint: return ("Hint", "Подсказка")
        case .uiStepDone: return ("Done!", "Готово!")
        case .uiStepNotYet: return ("Not yet: run your model when the task is done.", "Пока нет: выполните модель, когда задание готово.")
        case .uiNext: return ("Next step", "Следующий шаг")
        case .uiPrevious: return ("Previous step", "Предыдущий шаг")
        case .uiDownloadModel: return ("Download model (.biz)", "Скачать модель (.biz)")
        case .uiDownloadReport: return ("Download report", "Скачать отчёт")
        case .uiLanguage: return ("Language", "Язык")
        case .uiCharts: return ("Charts", "Графики")
        case .uiErrors: return ("Errors", "Ошибки")
        case .uiPushedModel: return ("The teacher sent a model; yours was replaced (Ctrl-Z in the editor brings it back).",
                                     "Преподаватель прислал модель; ваша заменена (Ctrl-Z в редакторе вернёт её).")
        case .uiPushedStep: return ("The teacher moved the room to this step.", "Преподаватель перевёл класс на этот шаг.")
        case .uiReportTitle: return ("Biz model of {1}", "Модель Biz: {1}")
        case .uiOffline: return ("no connection to the server", "нет связи с сервером")
        case .uiLine: return ("line {1}", "строка {1}")
        case .uiWelcome: return ("Type a model on the left; each line's value appears beside it.",
                                 "Пишите модель слева; значение каждой строки появится рядом с ней.")

        case .uiTeacherTitle: return ("Biz: the room", "Biz: класс")
        case .uiParticipants: return ("Participants", "Участники")
        case .uiName: return ("Name", "Имя")
        case .uiConnected: return ("online", "в сети")
        case .uiAway: return ("away", "не в сети")
        case .uiLastRun: return ("Last run", "Последний запуск")
        case .uiExpressions: return ("Expressions to compare (one per line)", "Выражения для сравнения (по одному в строке)")
        case .uiApply: return ("Apply", "Применить")
        case .uiChartOf: return ("{1} by participant", "{1} по участникам")
        case .uiPushModel: return ("Send this model to everyone", "Отправить эту модель всем")
        case .uiPushStep: return ("Move everyone to this lesson step", "Перевести всех на этот шаг урока")
        case .uiPushed: return ("sent", "отправлено")
        case .uiNobody: return ("nobody has joined yet", "пока никто не вошёл")
        case .uiNoValue: return ("n/a", "н/д")
        case .uiModelToSend: return ("A model for everyone", "Модель для всех")
        case .uiStepToSend: return ("A lesson and a step for everyone", "Урок и шаг для всех")
        }
    }
}
