import Foundation
@testable import JixiaoBuild
import Testing

/// The build cache is written by hand (it is saved after every daemon batch); JSONDecoder must read
/// back exactly what was saved, whatever the page names hold.
struct BuildCacheTests {
    @Test func handWrittenJSONReadsBackExactly() throws {
        var cache = BuildCache(version: "0.1.0 \"测试\"", configurationKey: "key\\with\nnewline\u{1}")
        cache.pages = ["projects/2022/海河实验室 联盟.html": "123-1669897800.5-abc",
                       "projects/odd \"quote\"/back\\slash\t.html": "\u{0}\u{1F}é😀"]
        cache.outputs = ["index.html": UInt64.max, "projects/2022/海河实验室 联盟.html": 0, "data/x.csv": 42]
        let decoded = try JSONDecoder().decode(BuildCache.self, from: Data(cache.encoded()))
        #expect(decoded.version == cache.version)
        #expect(decoded.configurationKey == cache.configurationKey)
        #expect(decoded.pages == cache.pages)
        #expect(decoded.outputs == cache.outputs)
        let text = String(decoding: cache.encoded(), as: UTF8.self)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }
}
