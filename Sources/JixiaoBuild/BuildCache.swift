import Foundation
import JixiaoSite

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

    /// Saved after every batch, so written by hand (`JSONEncoder` took ~100 ms for 10,000 pages, a
    /// fifth of a daemon batch): the same JSON, keys sorted, read back by `JSONDecoder`.
    func save(to output: OutputFolder) throws {
        try output.write(encoded(), to: Self.path)
    }

    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pages.count * 160 + outputs.count * 80 + 256)
        bytes.append(contentsOf: #"{"configurationKey":"#.utf8)
        JSONSpelling.writeString(configurationKey, to: &bytes)
        bytes.append(contentsOf: #","outputs":{"#.utf8)
        for (index, key) in outputs.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONSpelling.writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: String(outputs[key] ?? 0).utf8)
        }
        bytes.append(contentsOf: #"},"pages":{"#.utf8)
        for (index, key) in pages.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONSpelling.writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONSpelling.writeString(pages[key] ?? "", to: &bytes)
        }
        bytes.append(contentsOf: #"},"version":"#.utf8)
        JSONSpelling.writeString(version, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}
