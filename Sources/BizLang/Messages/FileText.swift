/// Messages about files Biz writes (`export`, `plot … to`, `report … to`,
/// `:save`) and reads (`use`): where a write may go, by the real path, and
/// why a file was refused (issue 16). `{1}` is the path as the user wrote it.
public enum FileText: String, CaseIterable, MessageKind {
    case destinationKind = "file.destination-kind"
    case extensionKind = "file.extension"
    case outside = "file.outside"
    case outsideHint = "file.outside-hint"
    case leadsOutside = "file.leads-outside"
    case noFolder = "file.no-folder"
    case danglingLink = "file.dangling-link"
    case notRegular = "file.not-regular"
    case cannotWrite = "file.cannot-write"
    case moduleLeadsOutside = "file.module-leads-outside"
    case moduleNotRegular = "file.module-not-regular"
    case moduleUnreadable = "file.module-unreadable"
    case historyNotRegular = "file.history-not-regular"

    public var texts: (en: String, ru: String) {
        switch self {
        case .destinationKind:
            return ("the destination must be a file name in quotes, like \"out.{1}\"",
                    "куда писать — имя файла в кавычках, например \"out.{1}\"")
        case .extensionKind: return ("the file must end in {1}", "имя файла должно оканчиваться на {1}")
        case .outside:
            return ("writing {1} is not allowed: files go under the current folder",
                    "писать в {1} нельзя: файлы пишутся только в текущую папку")
        case .outsideHint:
            return ("run biz with --allow-write FOLDER to write elsewhere",
                    "запустите biz с --allow-write ПАПКА, чтобы писать в другое место")
        case .leadsOutside:
            return ("writing {1} is not allowed: through a link it leads to {2}, outside the current folder",
                    "писать в {1} нельзя: по ссылке это {2}, вне текущей папки")
        case .noFolder:
            return ("cannot write {1}: the folder {2} does not exist", "не удаётся записать {1}: папки {2} нет")
        case .danglingLink:
            return ("cannot write {1}: it is a link to {2}, which does not exist",
                    "не удаётся записать {1}: это ссылка на {2}, которого нет")
        case .notRegular:
            return ("cannot write {1}: it is not a regular file", "не удаётся записать {1}: это не обычный файл")
        case .cannotWrite: return ("cannot write {1}: {2}", "не удаётся записать {1}: {2}")
        case .moduleLeadsOutside:
            return ("'use {1}' is refused: {2} leads to {3}, outside the script's folder",
                    "'use {1}' отклонено: {2} ведёт в {3}, вне папки скрипта")
        case .moduleNotRegular:
            return ("'use {1}' is refused: {2} is not a regular file",
                    "'use {1}' отклонено: {2} — не обычный файл")
        case .moduleUnreadable: return ("cannot read {2} for 'use {1}'", "не удаётся прочитать {2} для 'use {1}'")
        // After `biz: `, when the REPL starts; `{1}` is BIZ_HISTORY or the default path.
        case .historyNotRegular:
            return ("history is not saved in this session: {1} is not a regular file",
                    "история в этом сеансе не сохраняется: {1} — не обычный файл")
        }
    }
}
