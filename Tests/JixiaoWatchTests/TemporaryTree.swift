import Foundation

/// A fresh folder under the system temp directory, removed by `remove()`.
struct TemporaryTree {
    let url: URL

    init(_ label: String = "watch") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Wraps a folder that already exists (removed together with its parent tree).
    init(existing url: URL) {
        self.url = url
    }

    var path: String { url.path }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ relative: String, _ text: String = "目标: 1\n") throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    func move(_ relative: String, to destination: URL) throws {
        try FileManager.default.moveItem(at: url.appendingPathComponent(relative), to: destination)
    }

    func delete(_ relative: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relative))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }
}
