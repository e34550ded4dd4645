// `biz serve`: binds, prints the playground's and the teacher view's
// addresses, and serves until SIGINT/SIGTERM (Hummingbird's service
// lifecycle shuts it down gracefully).

import BizFormat
import BizLang
import Foundation
import Hummingbird
import Logging
#if canImport(Glibc)
import Glibc
#endif

public enum ServeServer {
    /// Runs the server; returns the exit code (2 when the folder or the address cannot be used).
    public static func run(_ options: ServeOptions) -> Int32 {
        let locale = options.locale
        let say: @Sendable (Message) -> String = { $0.render(locale) }
        guard isDirectory(options.folder) else {
            writeAll(2, "biz: " + say(Message(ServeText.notAFolder, options.folder)) + "\n")
            return 2
        }
        guard let app = ServeApp(options: options) else {
            writeAll(2, "biz: " + say(Message(ServeText.cannotWrite, options.folder + "/.biz-serve")) + "\n")
            return 2
        }
        var logger = Logger(label: "biz-serve")
        logger.logLevel = .error
        let application = Application(
            router: Routes.router(app),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "biz"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let shownHost = options.host.contains(":") ? "[\(options.host)]" : options.host
                let base = "http://\(shownHost):\(port)"
                writeAll(1, say(Message(ServeText.listening, base + "/")) + "\n")
                writeAll(1, say(Message(ServeText.teacherAt, base + "/teacher?token=" + app.token)) + "\n")
                writeAll(1, say(Message(ServeText.stopHint, app.store.files.root)) + "\n")
            },
            logger: logger)
        let finished = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var error: (any Error)? }
        let outcome = Outcome()
        Task {
            do { try await application.runService() } catch { outcome.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            writeAll(2, "biz: " + say(Message(ServeText.cannotListen, "\(options.host):\(options.port)", String(describing: error))) + "\n")
            return 2
        }
        return 0
    }
}
