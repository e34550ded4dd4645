import BizFormat
import BizLang

/// `biz` with no arguments on a terminal: the interactive prompt.
public struct REPL {
    let settings: Settings
    let version: String

    /// - Parameters:
    ///   - settings: the session's settings; `color` decides colouring.
    ///   - version: shown in the welcome line.
    public init(settings: Settings, version: String) {
        self.settings = settings
        self.version = version
    }

    public static var stdinIsTerminal: Bool { Terminal.stdinIsTerminal }

    /// Runs until `:quit` or Ctrl-D; returns the exit code.
    public func run() -> Int32 {
        let session = BizSession(settings: settings)
        let driver = REPLDriver(host: session, useColor: settings.color, locale: settings.locale)
        Output.standard(welcome + "\n")
        return driver.run()
    }

    var welcome: String {
        let hint = Terminal.paint(":help", .bold, enabled: settings.color)
        let name = Terminal.paint("Biz \(version)", .bold, enabled: settings.color)
        return Message(ReplText.welcome, name, hint).render(settings.locale)
    }
}
