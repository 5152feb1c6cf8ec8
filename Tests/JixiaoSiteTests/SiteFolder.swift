import Foundation

/// Writes rendered files into a folder, as the build does (the renderer itself writes nothing).
enum SiteFolder {
    static func write(_ files: [String: [UInt8]], to folder: URL) throws {
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }
}
