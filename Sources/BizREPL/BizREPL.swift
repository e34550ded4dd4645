import BizLang
#if canImport(Glibc)
import Glibc
#endif

/// Placeholder REPL until the libedit line editor lands: plain lines.
public struct REPL {
    let settings: Settings
    public init(settings: Settings) { self.settings = settings }

    public static var stdinIsTerminal: Bool { isatty(0) != 0 }

    public func run() -> Int32 {
        let rt = Interpreter(settings: settings)
        Interrupt.installHandler()
        while true {
            print("biz> ", terminator: "")
            guard let line = readLine() else { return 0 }
            do {
                if let v = try rt.evaluateEntry(SourceFile(name: "<repl>", text: line)), !v.isNothing { print(rt.display(v)) }
            } catch {
                for d in error.items { print(d.render(color: settings.color), terminator: "") }
            }
        }
    }
}
