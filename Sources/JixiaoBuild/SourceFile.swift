import Foundation
import JixiaoModel
import JixiaoParsing

/// One content file as last read: its bytes' hash, its modification time and its parse result.
struct SourceFile: Sendable {
    var hash: UInt64
    var modified: Date
    var result: ParseResult

    /// Reads and parses a file, reusing `previous`'s parse result when the bytes are the same.
    /// Safe to call from several threads at once (no shared state). `parsed` is false when reused.
    static func read(_ path: String, in tree: ContentTree, previous: SourceFile?) -> (source: SourceFile?, parsed: Bool) {
        let url = tree.url(of: path)
        // One stat for size and time (FileManager.attributesOfItem also looks up the owner's name).
        var info = stat()
        let found = stat(url.path, &info) == 0
        let modified = found ? modificationDate(info) : Date(timeIntervalSince1970: 0)
        let size = found ? Int(info.st_size) : 0
        if size > ProjectParser.defaultSizeLimit {
            let result = ProjectParser.parse(fileAt: url, path: path)
            return (SourceFile(hash: UInt64(size), modified: modified, result: result), true)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, false) }
        let hash = data.withUnsafeBytes { ContentHash.of($0) }  // raw bytes: Data's own iterator is slow
        if let previous, previous.hash == hash {
            return (SourceFile(hash: hash, modified: modified, result: previous.result), false)
        }
        return (SourceFile(hash: hash, modified: modified, result: ProjectParser.parse(data: data, path: path)), true)
    }

    /// The same value `FileManager.attributesOfItem(…)[.modificationDate]` gives (the cache keys and
    /// the pages' time must not change with the way the time was read).
    static func modificationDate(_ info: stat) -> Date {
        let seconds = TimeInterval(info.st_mtim.tv_sec)
        let nanoseconds = TimeInterval(info.st_mtim.tv_nsec)
        return Date(timeIntervalSinceReferenceDate: (seconds - Date.timeIntervalBetween1970AndReferenceDate)
            + nanoseconds / 1_000_000_000.0)
    }
}
