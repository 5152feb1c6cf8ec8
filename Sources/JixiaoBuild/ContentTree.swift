import Foundation

/// The project files under a content folder: `.yaml` files, sorted, without hidden folders,
/// the configuration file, or symlinks that lead outside the folder.
public struct ContentTree: Sendable {
    /// The content folder (absolute, symlinks resolved).
    public let root: URL
    /// `root.path`, kept (a URL operation per file read costs more than the read).
    let rootPath: String
    /// Name of the optional configuration file at the root; never a project.
    public static let configurationFileName = "jixiao.yaml"

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        rootPath = self.root.path
    }

    /// The absolute path of a path relative to the root.
    func path(of relativePath: String) -> String {
        relativePath.isEmpty ? rootPath : rootPath + "/" + relativePath
    }

    /// True for a path (relative to the root) that names a project file.
    public static func isProjectPath(_ relativePath: String) -> Bool {
        guard relativePath.hasSuffix(".yaml") || relativePath.hasSuffix(".yml") else { return false }
        if relativePath == configurationFileName { return false }
        return !relativePath.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// Every project file, as paths relative to the root, sorted.
    public func projectPaths() -> [String] {
        projectPaths(under: "")
    }

    /// Project files at or below `relativeDirectory` ("" for everything).
    public func projectPaths(under relativeDirectory: String) -> [String] {
        var result: [String] = []
        var pending = [relativeDirectory]
        let manager = FileManager.default
        while let directory = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: path(of: directory)) else { continue }
            for name in names where !name.hasPrefix(".") {
                let relative = directory.isEmpty ? name : directory + "/" + name
                switch kind(of: relative) {
                case .directory: pending.append(relative)
                case .file where Self.isProjectPath(relative): result.append(relative)
                default: break
                }
            }
        }
        return result.sorted()
    }

    enum EntryKind { case file, directory, other }

    /// What a path is, following a symlink only when it stays inside the root.
    func kind(of relativePath: String) -> EntryKind {
        let path = path(of: relativePath)
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard target.hasPrefix(root.path + "/") else { return .other }
            guard stat(target, &info) == 0 else { return .other }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The absolute URL of a project path.
    public func url(of relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// True when the path exists as a project file now (symlinks outside the root do not count).
    public func isProjectFile(_ relativePath: String) -> Bool {
        Self.isProjectPath(relativePath) && kind(of: relativePath) == .file
    }

    /// The modification time of a file, for the pages' "data updated" line.
    public func modificationDate(of relativePath: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url(of: relativePath).path))?[.modificationDate] as? Date
    }
}
