import Foundation

/// `.jixiao/cache.json` in the output folder: what each project page was rendered from, so a restart
/// does not re-render pages that are already correct. Losing it only costs time.
struct BuildCache: Codable {
    static let path = ".jixiao/cache.json"

    var version: String
    var configurationKey: String
    /// Project page → key of its inputs (source hash, mtime, report).
    var pages: [String: String] = [:]
    /// Output file → hash of the bytes written.
    var outputs: [String: UInt64] = [:]

    init(version: String, configurationKey: String) {
        self.version = version
        self.configurationKey = configurationKey
    }

    static func load(from output: OutputFolder) -> BuildCache {
        let url = output.root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data) else {
            return BuildCache(version: "", configurationKey: "")
        }
        return cache
    }

    func save(to output: OutputFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try output.write([UInt8](try encoder.encode(self)), to: Self.path)
    }
}
