import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import BizServe

/// Small synchronous HTTP calls for tests that need no browser.
enum ServeHTTP {
    static func send(_ url: String, method: String = "GET", body: Data? = nil, secret: String? = nil) throws -> (Int, Data) {
        guard let u = URL(string: url) else { throw URLError(.badURL) }
        var request = URLRequest(url: u)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let secret { request.setValue(secret, forHTTPHeaderField: "X-Biz-Session") }
        let done = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var status = 0; var data = Data(); var error: (any Error)? }
        let box = Box()
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data ?? Data()
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        if let error = box.error { throw error }
        return (box.status, box.data)
    }

    static func get(_ url: String, secret: String? = nil) throws -> [String: Any] {
        let (_, data) = try send(url, secret: secret)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    static func join(_ base: String, _ name: String) throws -> String {
        let (_, data) = try send(base + "api/join", method: "POST", body: try JSONEncoder().encode(["name": name, "locale": "en"]))
        return try JSONDecoder().decode(ServeApp.Joined.self, from: data).secret
    }

    static func run(_ base: String, _ secret: String, _ source: String) throws -> EvaluationResult {
        let (_, data) = try send(base + "api/run", method: "POST", body: try JSONEncoder().encode(["source": source, "locale": "en"]), secret: secret)
        let answer = try JSONDecoder().decode(ServeApp.RunAnswer.self, from: data)
        guard let result = answer.result else { throw URLError(.cancelled) }
        return result
    }
}
