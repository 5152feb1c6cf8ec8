import Foundation
import JixiaoModel
import JixiaoParsing
import JixiaoSite

/// One content file as just read: its bytes' hash, its modification time, and the means to parse it.
/// Transient: a builder keeps a `FileState` per file, never the bytes or the parse.
struct SourceFile: Sendable {
    let path: String
    let hash: UInt64
    let modified: Date
    /// The bytes; nil for a file over the size limit (the parser reports it without reading it).
    let data: Data?
    let absolutePath: String

    /// Stats and reads a file (`FileBytes`: one open, fstat and read); nil when it is gone or
    /// unreadable. Thread-safe (no shared state).
    static func read(_ path: String, in tree: ContentTree) -> SourceFile? {
        let absolute = tree.path(of: path)
        guard let file = FileBytes.read(atPath: absolute, sizeLimit: ProjectParser.defaultSizeLimit) else { return nil }
        let modified = modificationDate(file.status)
        guard var data = file.data else {
            return SourceFile(path: path, hash: UInt64(file.size), modified: modified, data: nil, absolutePath: absolute)
        }
        // The size fstat gave, as FileManager read it (bytes appended since are the next event's).
        if file.grew { data = data.prefix(file.size) }
        // Raw bytes (Data's own iterator is slow), 8 at a time (byte-wise FNV was half of reading).
        let hash = data.withUnsafeBytes { raw in
            var state = OutputHash.State(count: raw.count)
            state.feed(raw)
            return state.finish()
        }
        return SourceFile(path: path, hash: hash, modified: modified, data: data, absolutePath: absolute)
    }

    func parse() -> ParseResult {
        guard let data else { return ProjectParser.parse(fileAt: URL(fileURLWithPath: absolutePath), path: path) }
        return ProjectParser.parse(data: data, path: path)
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
