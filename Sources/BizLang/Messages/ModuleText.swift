/// `use` and reading files: the module loader and the command runner.
public enum ModuleText: String, CaseIterable, MessageKind {
    case noModule = "module.not-found"
    case lookedFor = "module.not-found.looked-for"
    case cannotRead = "module.cannot-read"

    public var texts: (en: String, ru: String) {
        switch self {
        case .noModule: return ("no module named '{1}'", "нет модуля '{1}'")
        case .lookedFor: return ("looked for {1}.biz in {2} and in the standard library ({3})",
                                 "искали {1}.biz в {2} и в стандартной библиотеке ({3})")
        // After the program's name, `biz: `.
        case .cannotRead: return ("cannot read {1}", "не удалось прочитать {1}")
        }
    }
}
