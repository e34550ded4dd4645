// The server's state and its answers, apart from HTTP (Routes.swift maps
// requests onto these). Everything here is safe to call from the event loop:
// it only touches the session store and enqueues runs.

import BizFormat
import BizLang
import Foundation

public struct ServeOptions: Sendable {
    public var folder: String
    public var host = "127.0.0.1"
    public var port = 8080
    public var limits = ServeLimits()
    /// The `biz` binary that runs the children (`biz serve --evaluate`).
    public var executable: String
    /// The teacher's token; random unless given (tests).
    public var token: String?
    public var locale: OutputLocale = .en
    public init(folder: String, executable: String) {
        self.folder = folder
        self.executable = executable
    }
}

/// An answer the routes turn into an HTTP status and a JSON `{error: …}`.
struct ServeFailure: Error {
    enum Kind { case badRequest, tooLarge, unknownSession, forbidden, notFound, busy }
    let kind: Kind
    let message: Message
}

final class ServeApp: @unchecked Sendable {
    let options: ServeOptions
    let store: SessionStore
    let pool: EvaluationPool
    let token: String
    let folder: String

    init?(options: ServeOptions) {
        guard let files = SessionFiles(servedFolder: options.folder) else { return nil }
        self.options = options
        self.folder = String(files.root.dropLast("/.biz-serve".count))
        store = SessionStore(files: files)
        token = options.token ?? SessionStore.randomHex(16)
        let runner = ChildRun(executable: options.executable, folder: folder, limits: options.limits)
        pool = EvaluationPool(workers: options.limits.workers, maxQueued: options.limits.maxQueued) { runner.run($0) }
    }

    // MARK: participants

    struct Joined: Codable { var id: String; var secret: String; var name: String }

    func join(name raw: String, locale: String) throws(ServeFailure) -> Joined {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= ServeLimits.nameCharacters, !name.contains(where: \.isNewline) else {
            throw ServeFailure(kind: .badRequest, message: Message(ServeText.badName))
        }
        guard store.count < options.limits.maxSessions else {
            throw ServeFailure(kind: .busy, message: Message(ServeText.tooManySessions, options.limits.maxSessions))
        }
        let p = store.join(name: name, locale: Self.locale(locale).rawValue)
        return Joined(id: p.id, secret: p.secret, name: p.name)
    }

    func participant(_ secret: String?) throws(ServeFailure) -> Participant {
        guard let secret, let p = store.participant(secret: secret) else {
            throw ServeFailure(kind: .unknownSession, message: Message(ServeText.unknownSession))
        }
        return p
    }

    struct SessionState: Codable {
        var id: String
        var name: String
        var source: String
        var locale: String
        var lesson: String?
        var step: Int
        var push: Push?
        var queuedAhead: Int?
        var running: Bool
    }

    func state(of p: Participant) -> SessionState {
        let push = store.room.push.flatMap { $0.seq > p.pushSeen ? $0 : nil }
        return SessionState(id: p.id, name: p.name, source: p.source, locale: p.locale, lesson: p.lesson, step: p.step, push: push,
                            queuedAhead: pool.position(of: p.id), running: pool.isRunning(p.id))
    }

    struct RunBody: Codable { var source: String; var locale: String? }
    struct RunAnswer: Codable { var result: EvaluationResult?; var superseded: Bool }

    /// Runs the model and keeps it: the source is written (atomically) once the run ends.
    func run(_ p: Participant, _ body: RunBody) async throws(ServeFailure) -> RunAnswer {
        guard body.source.count <= ServeLimits.sourceCharacters else {
            throw ServeFailure(kind: .tooLarge, message: Message(ServeText.sourceTooLarge, ServeLimits.sourceCharacters))
        }
        let locale = Self.locale(body.locale ?? p.locale).rawValue
        let request = EvaluationRequest(source: body.source, locale: locale, lesson: p.lesson, step: p.lesson == nil ? nil : p.step,
                                        probes: store.room.probes)
        switch await pool.run(session: p.id, request) {
        case .superseded: return RunAnswer(result: nil, superseded: true)
        case .full(let n): throw ServeFailure(kind: .busy, message: Message(ServeText.queueFull, n))
        case .finished(let result):
            store.update(p.id, source: true) {
                $0.source = body.source
                $0.locale = locale
                $0.probes = result.probes
                $0.stepDone = result.stepDone
                $0.errors = result.errorCount + (result.stopped == nil ? 0 : 1)
                $0.lastRun = Date()
            }
            return RunAnswer(result: result, superseded: false)
        }
    }

    struct LessonBody: Codable { var lesson: String?; var step: Int?; var pushSeen: Int? }

    func setLesson(_ p: Participant, _ body: LessonBody) throws(ServeFailure) {
        if let key = body.lesson, ServeLessons.lesson(key) == nil {
            throw ServeFailure(kind: .badRequest, message: Message(ServeText.unknownLesson))
        }
        store.update(p.id) {
            $0.lesson = body.lesson
            $0.step = max(0, body.step ?? 0)
            if let seen = body.pushSeen { $0.pushSeen = max($0.pushSeen, seen) }
            $0.stepDone = nil
        }
    }

    func acknowledgePush(_ p: Participant, _ seq: Int) {
        store.update(p.id) { $0.pushSeen = max($0.pushSeen, seq) }
    }

    // MARK: the teacher

    func checkToken(_ given: String?) throws(ServeFailure) {
        guard let given, Self.constantTimeEqual(given, token) else {
            throw ServeFailure(kind: .forbidden, message: Message(ServeText.needsToken))
        }
    }

    struct RoomRow: Codable {
        var id: String
        var name: String
        var online: Bool
        var lesson: String?
        var step: Int
        var stepDone: Bool?
        var errors: Int
        var probes: [ProbeReport]
        var lastRun: Date?
        var running: Bool
    }

    struct RoomAnswer: Codable {
        var probes: [String]
        var participants: [RoomRow]
        var push: Push?
        var queued: Int
    }

    func room() -> RoomAnswer {
        let now = Date()
        let rows = store.all().map { p, seen in
            RoomRow(id: p.id, name: p.name, online: seen.map { now.timeIntervalSince($0) < ServeLimits.onlineSeconds } ?? false,
                    lesson: p.lesson, step: p.step, stepDone: p.stepDone, errors: p.errors, probes: p.probes, lastRun: p.lastRun,
                    running: pool.isRunning(p.id))
        }
        return RoomAnswer(probes: store.room.probes, participants: rows, push: store.room.push, queued: pool.queued)
    }

    struct ProbesBody: Codable { var probes: [String] }

    /// New expressions: every participant's saved model runs again in the background to answer them.
    func setProbes(_ body: ProbesBody) throws(ServeFailure) {
        let probes = body.probes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard probes.count <= ServeLimits.probeCount, probes.allSatisfy({ $0.count <= ServeLimits.probeCharacters && !$0.contains(where: \.isNewline) }) else {
            throw ServeFailure(kind: .badRequest, message: Message(ServeText.badRequest))
        }
        _ = store.updateRoom { $0.probes = probes }
        for (p, _) in store.all() where !p.source.isEmpty {
            let request = EvaluationRequest(source: p.source, locale: p.locale, lesson: p.lesson, step: p.lesson == nil ? nil : p.step, probes: probes)
            pool.submit(session: p.id, request) { [store] outcome in
                guard case .finished(let result) = outcome else { return }
                store.update(p.id) { $0.probes = result.probes; $0.stepDone = result.stepDone }
            }
        }
    }

    struct PushBody: Codable { var model: String?; var lesson: String?; var step: Int? }

    func push(_ body: PushBody) throws(ServeFailure) -> Push {
        if let model = body.model, model.count > ServeLimits.sourceCharacters {
            throw ServeFailure(kind: .tooLarge, message: Message(ServeText.sourceTooLarge, ServeLimits.sourceCharacters))
        }
        if let key = body.lesson, ServeLessons.lesson(key) == nil {
            throw ServeFailure(kind: .badRequest, message: Message(ServeText.unknownLesson))
        }
        guard body.model != nil || body.lesson != nil else { throw ServeFailure(kind: .badRequest, message: Message(ServeText.badRequest)) }
        let room = store.updateRoom { r in
            r.push = Push(seq: (r.push?.seq ?? 0) + 1, model: body.model, lesson: body.lesson, step: body.lesson == nil ? nil : max(0, body.step ?? 0))
        }
        return room.push ?? Push(seq: 0)
    }

    // MARK: helpers

    static func locale(_ s: String?) -> OutputLocale { s.flatMap(OutputLocale.init(rawValue:)) ?? .en }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// The page's words, in one language: the templates as they are (the
    /// page fills in `{1}`; none of them needs a plural form).
    static func strings(_ locale: OutputLocale) -> [String: String] {
        var out: [String: String] = [:]
        for kind in ServeText.allCases where kind.rawValue.hasPrefix("serve.ui.") {
            out[String(kind.rawValue.dropFirst("serve.ui.".count))] = locale == .ru ? kind.texts.ru : kind.texts.en
        }
        return out
    }
}
