import Foundation

/// `status.json` in the output folder: the one stated place with times. It tells operators and tests
/// what the daemon has done: a generation number, the last build's numbers, and the cookies seen.
///
/// Cookies (as in watchman): a test or script creates `.jixiao-cookie-NAME` in the content folder and
/// waits until NAME appears in `cookies`; since inotify keeps order, every change made before the
/// cookie has then been built.
final class StatusFile {
    static let fileName = "status.json"
    static let cookiePrefix = ".jixiao-cookie-"

    private let output: OutputFolder
    private var generation: UInt64 = 0
    private var cookies: [String] = []

    init(output: OutputFolder) {
        self.output = output
    }

    static func isCookie(_ path: String) -> Bool {
        !path.contains("/") && path.hasPrefix(cookiePrefix)
    }

    func noteCookies(_ paths: Set<String>) {
        for path in paths.sorted() {
            let name = String(path.dropFirst(Self.cookiePrefix.count))
            if !cookies.contains(name) { cookies.append(name) }
        }
        if cookies.count > 32 { cookies.removeFirst(cookies.count - 32) }
    }

    struct Document: Encodable {
        var generation: UInt64
        var lastBuild: String
        var lastBuildFull: Bool
        var durationMilliseconds: Double
        var projects: Int
        var errors: Int
        var warnings: Int
        var pagesRendered: Int
        var filesWritten: Int
        var filesRemoved: Int
        var cookies: [String]
    }

    func record(_ summary: BuildSummary) throws {
        generation += 1
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let document = Document(generation: generation, lastBuild: formatter.string(from: Date()),
                                lastBuildFull: summary.full, durationMilliseconds: summary.milliseconds,
                                projects: summary.projects, errors: summary.errors, warnings: summary.warnings,
                                pagesRendered: summary.pagesRendered, filesWritten: summary.filesWritten,
                                filesRemoved: summary.filesRemoved, cookies: cookies)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try output.write([UInt8](try encoder.encode(document)), to: Self.fileName, skipIfUnchanged: false)
    }
}
