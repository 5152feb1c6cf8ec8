import Foundation

/// One HTTP GET through curl, with the response headers as the server sent them (curl shows the
/// raw headers, Content-Encoding included, where URLSession would decode behind our back).
enum DeployHTTP {
    struct Response {
        var status: Int
        /// Header names lower-cased; the last value wins.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func get(_ url: String, headers: [String] = []) throws -> Response {
        let capture = try DeployPaths.temporaryFolder("jx-http")
        defer { try? FileManager.default.removeItem(at: capture) }
        let headerFile = capture.appendingPathComponent("headers"), bodyFile = capture.appendingPathComponent("body")
        var arguments = ["--silent", "--show-error", "--max-time", "10", "--globoff",
                         "--dump-header", headerFile.path, "--output", bodyFile.path]
        for header in headers { arguments += ["--header", header] }
        try DeployShell.check("curl", arguments + [url])
        let rawHeaders = (try? String(contentsOf: headerFile, encoding: .utf8)) ?? ""
        var status = 0
        var parsed: [String: String] = [:]
        for line in rawHeaders.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            if line.hasPrefix("HTTP/") {
                status = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
                parsed = [:]
            } else if let colon = line.firstIndex(of: ":") {
                parsed[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return Response(status: status, headers: parsed, body: (try? Data(contentsOf: bodyFile)) ?? Data())
    }

    /// RFC 3986 unreserved characters (ASCII only: `.alphanumerics` would let Chinese through).
    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A path with every segment percent-encoded, as the site's own links are written.
    static func encodedPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? String($0) }
            .joined(separator: "/")
    }
}
