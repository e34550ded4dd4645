// `biz fmt [--check] PATHS…`: formats .biz files (folders: every .biz file
// below them) in place; with --check, lists the files that are not in
// canonical layout and changes nothing. Exit 0 when all is well, 1 when a
// file is not formatted (--check) or does not parse, 2 when one is unreadable.

import BizFormat
import BizLang
import Foundation

public enum FormatCommand {
    public static func run(_ paths: [String], check: Bool, locale: OutputLocale) -> Int32 {
        var files: [String] = []
        for p in paths {
            if isDirectory(p) { files += bizFiles(under: p) } else { files.append(p) }
        }
        var status: Int32 = 0
        for path in files {
            guard let text = readSourceFile(path) else {
                writeAll(2, "biz: " + Message(ModuleText.cannotRead, path).render(locale) + "\n")
                status = 2
                continue
            }
            switch Formatter.format(text, name: path, locale: locale) {
            case .notFormatted(let errors):
                writeAll(2, errors.joined())
                writeAll(2, "biz: " + Message(EditorText.fmtNotParsed, path).render(locale) + "\n")
                if status == 0 { status = 1 }
            case .formatted(let formatted) where formatted != text:
                if check {
                    writeAll(1, Message(EditorText.fmtWouldChange, path).render(locale) + "\n")
                    if status == 0 { status = 1 }
                } else {
                    do { try formatted.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                        writeAll(2, "biz: " + Message(FileText.cannotWrite, path, error.localizedDescription).render(locale) + "\n")
                        status = 2
                    }
                }
            case .formatted: break
            }
        }
        return status
    }
}
