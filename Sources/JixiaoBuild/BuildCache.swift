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
    func save(to output: OutputFolder, keys: SortedKeys? = nil) throws {
        try output.write(encoded(keys: keys), to: Self.path)
    }

    /// The keys of `pages` and `outputs`, sorted, when the caller has them already (a full build
    /// sorts them while the aggregates are written instead of on one thread at its end).
    struct SortedKeys {
        var pages: [String]
        var outputs: [String]

        /// With these output keys too, in their places (the few aggregates, added last).
        func adding(outputs more: [String]) -> SortedKeys {
            var keys = self
            for key in more {
                let place = keys.outputs.partitionPoint { $0 >= key }
                if place == keys.outputs.count || keys.outputs[place] != key { keys.outputs.insert(key, at: place) }
            }
            return keys
        }
    }

    /// `keys`, when given, must be exactly the dictionaries' keys, sorted (checked by count; the
    /// keys are sorted here otherwise).
    func encoded(keys: SortedKeys? = nil) -> [UInt8] {
        let outputKeys = keys.flatMap { $0.outputs.count == outputs.count ? $0.outputs : nil } ?? outputs.keys.sorted()
        let pageKeys = keys.flatMap { $0.pages.count == pages.count ? $0.pages : nil } ?? pages.keys.sorted()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pages.count * 160 + outputs.count * 80 + 256)
        bytes.append(contentsOf: #"{"configurationKey":"#.utf8)
        JSONSpelling.writeString(configurationKey, to: &bytes)
        bytes.append(contentsOf: #","outputs":{"#.utf8)
        for (index, key) in outputKeys.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONSpelling.writeString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: String(outputs[key] ?? 0).utf8)
        }
        bytes.append(contentsOf: #"},"pages":{"#.utf8)
        for (index, key) in pageKeys.enumerated() {
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

extension Array {
    /// The first index whose element satisfies `belongs` in an array where all elements that do
    /// come after all that do not (binary search).
    func partitionPoint(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
