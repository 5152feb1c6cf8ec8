import Foundation
import JixiaoModel
import JixiaoParsing

/// One content file as just read: its bytes' hash, its modification time, and the means to parse it.
/// Transient: a builder keeps a `FileState` per file, never the bytes or the parse.
struct SourceFile: Sendable {
    let path: String
    let hash: UInt64
    let modified: Date
    /// The bytes; nil for a file over the size limit (the parser reports it without reading it).
    let data: Data?
    let absolutePath: String

    /// Stats and reads a file; nil when it is gone or unreadable. Thread-safe (no shared state).
    ///
    /// One `open`, `fstat`, `read`s and `close`: the size and time come from the open file, so
    /// they describe the bytes read (a separate `stat` by path, then `FileManager`, cost two
    /// more system calls a file and Foundation's bookkeeping: 1.5 % of a cold build).
    static func read(_ path: String, in tree: ContentTree) -> SourceFile? {
        let absolute = tree.path(of: path)
        let descriptor = open(absolute, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let modified = modificationDate(info)
        let size = Int(info.st_size)
        let limit = ProjectParser.defaultSizeLimit
        if size > limit {
            return SourceFile(path: path, hash: UInt64(size), modified: modified, data: nil, absolutePath: absolute)
        }
        // The size fstat gave, as FileManager read it (bytes appended since are the next event's).
        var data = Data(count: size)
        var total = 0
        while total < size {
            let got = data.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + total, size - total) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }  // shrank since the fstat
            total += got
        }
        data.count = total
        let hash = data.withUnsafeBytes { ContentHash.of($0) }  // raw bytes: Data's own iterator is slow
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
