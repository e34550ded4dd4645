// The HTTP surface. Pages and scripts are compiled-in strings (Assets/), so
// no URL maps to a file: a path traversal has nothing to traverse, and an
// unknown path is a 404. Participant APIs take the session's secret in the
// X-Biz-Session header; teacher APIs take the token (?token=). Bodies are
// read up to ServeLimits.bodyBytes, answers are JSON, errors are
// `{"error": …}` in the caller's language (?locale=).

import BizFormat
import BizLang
import Foundation
import HTTPTypes
import Hummingbird

enum Routes {
    static func router(_ app: ServeApp) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)

        router.get("/") { _, _ in page(Assets.playgroundHTML) }
        router.get("/teacher") { request, _ in
            do throws(ServeFailure) {
                try app.checkToken(request.uri.queryParameters.get("token"))
                return page(Assets.teacherHTML)
            } catch {
                return failure(error, locale(request))
            }
        }
        router.get("/assets/style.css") { _, _ in asset(Assets.styleCSS, "text/css; charset=utf-8") }
        router.get("/assets/common.js") { _, _ in asset(Assets.commonJS, "text/javascript; charset=utf-8") }
        router.get("/assets/playground.js") { _, _ in asset(Assets.playgroundJS, "text/javascript; charset=utf-8") }
        router.get("/assets/teacher.js") { _, _ in asset(Assets.teacherJS, "text/javascript; charset=utf-8") }

        router.get("/api/strings") { request, _ in json(ServeApp.strings(locale(request))) }
        router.get("/api/lessons") { request, _ in json(ServeLessons.list(locale(request))) }

        router.post("/api/join") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                struct Body: Codable { var name: String; var locale: String? }
                let body: Body = try await decode(request)
                return json(try app.join(name: body.name, locale: body.locale ?? "en"))
            }
        }
        router.get("/api/session") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                json(app.state(of: try app.participant(secret(request))))
            }
        }
        router.post("/api/run") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                let p = try app.participant(secret(request))
                let body: ServeApp.RunBody = try await decode(request)
                return json(try await app.run(p, body))
            }
        }
        router.post("/api/lesson") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                let p = try app.participant(secret(request))
                let body: ServeApp.LessonBody = try await decode(request)
                try app.setLesson(p, body)
                return json(app.state(of: try app.participant(secret(request))))
            }
        }
        router.post("/api/push-seen") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                struct Body: Codable { var seq: Int }
                let p = try app.participant(secret(request))
                let body: Body = try await decode(request)
                app.acknowledgePush(p, body.seq)
                return json(["ok": true])
            }
        }

        router.get("/api/teacher/room") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                try app.checkToken(request.uri.queryParameters.get("token"))
                return json(app.room())
            }
        }
        router.post("/api/teacher/probes") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                try app.checkToken(request.uri.queryParameters.get("token"))
                let body: ServeApp.ProbesBody = try await decode(request)
                try app.setProbes(body)
                return json(app.room())
            }
        }
        router.post("/api/teacher/push") { request, _ in
            await answer(request) { () async throws(ServeFailure) -> Response in
                try app.checkToken(request.uri.queryParameters.get("token"))
                let body: ServeApp.PushBody = try await decode(request)
                return json(try app.push(body))
            }
        }
        return router
    }

    // MARK: helpers

    static func locale(_ request: Request) -> OutputLocale {
        ServeApp.locale(request.uri.queryParameters.get("locale"))
    }

    static func secret(_ request: Request) -> String? {
        guard let name = HTTPField.Name("X-Biz-Session") else { return nil }
        return request.headers[name]
    }

    /// Runs a handler, turning its ServeFailure into an error answer.
    static func answer(_ request: Request, _ body: () async throws(ServeFailure) -> Response) async -> Response {
        do throws(ServeFailure) { return try await body() } catch { return failure(error, locale(request)) }
    }

    static func decode<T: Decodable>(_ request: Request) async throws(ServeFailure) -> T {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: ServeLimits.bodyBytes) } catch {
            throw ServeFailure(kind: .tooLarge, message: Message(ServeText.tooLarge, String(ServeLimits.bodyBytes)))
        }
        do { return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView)) } catch {
            throw ServeFailure(kind: .badRequest, message: Message(ServeText.badRequest))
        }
    }

    static func failure(_ f: ServeFailure, _ locale: OutputLocale) -> Response {
        let status: HTTPResponse.Status
        switch f.kind {
        case .badRequest: status = .badRequest
        case .tooLarge: status = .contentTooLarge
        case .unknownSession: status = .unauthorized
        case .forbidden: status = .forbidden
        case .notFound: status = .notFound
        case .busy: status = .serviceUnavailable
        }
        return json(["error": f.message.render(locale)], status: status)
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func page(_ html: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        // The pages load only their own scripts: a participant's text never runs as code.
        if let csp = HTTPField.Name("Content-Security-Policy") {
            headers[csp] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func asset(_ text: String, _ type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
