import Foundation
import JixiaoSite

/// The output folder: the only place Jixiao ever writes. Every write is atomic (a temporary file in
/// the same folder, then rename), so a web server never serves a half-written page.
public struct OutputFolder: Sendable {
    public let root: URL
    /// `root.path`, kept: URL operations per page cost more than writing the page.
    let rootPath: String

    /// Thrown for a path that would leave the output folder.
    public struct UnsafePath: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "拒绝写到输出目录之外：\(path)" }
    }

    public init(root: URL) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        rootPath = self.root.path
    }

    /// Writes bytes atomically unless the file already holds exactly these bytes. Returns true when written.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String, skipIfUnchanged: Bool = true) throws -> Bool {
        let url = try safeURL(relativePath)
        if skipIfUnchanged, let existing = FileManager.default.contents(atPath: url.path), existing.elementsEqual(bytes) {
            return false
        }
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try checkInside(directory)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return true
    }

    /// Removes a file (if present) and then any folders left empty up to the root.
    public func remove(_ relativePath: String) throws {
        let url = try safeURL(relativePath)
        if FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.removeItem(at: url)
        }
        var directory = url.deletingLastPathComponent()
        while directory.path.count > root.path.count, directory.path.hasPrefix(root.path + "/") {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path), entries.isEmpty else { break }
            try? FileManager.default.removeItem(at: directory)
            directory = directory.deletingLastPathComponent()
        }
    }

    /// Every regular file below the root as relative paths (for comparisons and clean-up).
    public func allFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    func safeURL(_ relativePath: String) throws -> URL {
        URL(fileURLWithPath: try safePath(relativePath))
    }

    /// The absolute path of a relative output path that stays inside the folder (no empty, `.` or
    /// `..` segment, not absolute). Segments are cut at the byte `/`, as the kernel cuts them (a
    /// `Character` split would keep `/` plus a combining mark together and miss a `..`).
    func safePath(_ relativePath: String) throws -> String {
        guard SitePaths.isPlainRelative(relativePath) else { throw UnsafePath(path: relativePath) }
        return rootPath + "/" + relativePath
    }

    /// A folder inside the output may itself be a symlink to elsewhere: refuse to write through it.
    private func checkInside(_ directory: URL) throws {
        let resolved = directory.resolvingSymlinksInPath().path
        guard resolved == root.path || resolved.hasPrefix(root.path + "/") else {
            throw UnsafePath(path: directory.path)
        }
    }
}
