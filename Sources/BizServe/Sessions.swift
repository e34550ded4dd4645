// The participants and the room. A participant is known to the browser by a
// secret (random, 128 bits) kept in its localStorage; every participant API
// is keyed by that secret, so nobody can name another's session. The id is
// only the file name and the teacher's row key.

import Foundation

struct Participant: Codable, Sendable {
    var id: String
    var secret: String
    var name: String
    var locale: String
    var lesson: String?
    var step: Int = 0
    /// The last push from the teacher this browser has applied.
    var pushSeen: Int = 0
    /// The answers of the last run, for the teacher view (kept across restarts).
    var probes: [ProbeReport] = []
    var stepDone: Bool?
    var errors: Int = 0
    var lastRun: Date?
    /// The model (stored in ID.biz, not in the JSON).
    var source: String = ""

    enum CodingKeys: String, CodingKey { case id, secret, name, locale, lesson, step, pushSeen, probes, stepDone, errors, lastRun }
}

/// What the teacher pushed to everyone: a model, a lesson step, or both.
struct Push: Codable, Sendable, Equatable {
    var seq: Int
    var model: String?
    var lesson: String?
    var step: Int?
}

struct Room: Codable, Sendable {
    var probes: [String] = ["price", "run.cash.last"]
    var push: Push?
}

final class SessionStore: @unchecked Sendable {
    private let lock = NSLock()
    private var byID: [String: Participant] = [:]
    private var bySecret: [String: String] = [:]
    private var lastSeen: [String: Date] = [:]
    private(set) var room = Room()
    let files: SessionFiles

    init(files: SessionFiles) {
        self.files = files
        load()
    }

    private func load() {
        let decoder = JSONDecoder()
        for id in files.storedIDs() {
            guard let data = files.read(files.metaPath(id)), var p = try? decoder.decode(Participant.self, from: data), p.id == id else { continue }
            p.source = files.read(files.sourcePath(id)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            byID[id] = p
            bySecret[p.secret] = id
        }
        if let data = files.read(files.roomPath), let r = try? decoder.decode(Room.self, from: data) { room = r }
    }

    var count: Int { lock.withLock { byID.count } }

    func join(name: String, locale: String) -> Participant {
        let p = Participant(id: SessionStore.randomHex(8), secret: SessionStore.randomHex(16), name: name, locale: locale,
                            pushSeen: lock.withLock { room.push?.seq ?? 0 })
        lock.withLock {
            byID[p.id] = p
            bySecret[p.secret] = p.id
            lastSeen[p.id] = Date()
        }
        save(p, source: true)
        return p
    }

    /// The participant with this secret; marks it as seen.
    func participant(secret: String) -> Participant? {
        lock.withLock {
            guard let id = bySecret[secret] else { return nil }
            lastSeen[id] = Date()
            return byID[id]
        }
    }

    func all() -> [(Participant, Date?)] {
        lock.withLock { byID.values.sorted { $0.name < $1.name || ($0.name == $1.name && $0.id < $1.id) }.map { ($0, lastSeen[$0.id]) } }
    }

    /// Changes a participant and writes it down; `source` when the model changed.
    @discardableResult
    func update(_ id: String, source: Bool = false, _ change: (inout Participant) -> Void) -> Participant? {
        let updated: Participant? = lock.withLock {
            guard var p = byID[id] else { return nil }
            change(&p)
            byID[id] = p
            return p
        }
        if let updated { save(updated, source: source) }
        return updated
    }

    func updateRoom(_ change: (inout Room) -> Void) -> Room {
        let r: Room = lock.withLock {
            change(&room)
            return room
        }
        if let data = try? JSONEncoder().encode(r) { files.write(files.roomPath, Array(data)) }
        return r
    }

    private func save(_ p: Participant, source: Bool) {
        if source { files.write(files.sourcePath(p.id), text: p.source) }
        if let data = try? JSONEncoder().encode(p) { files.write(files.metaPath(p.id), Array(data)) }
    }

    static func randomHex(_ bytes: Int) -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }
}
