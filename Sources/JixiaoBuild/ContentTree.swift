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
        return !hasHiddenComponent(relativePath)
    }

    /// Whether a component starts with `.`. A component can start with the character `.` only where
    /// the byte `.` comes first or right after a `/`; without such a byte the answer is no, found
    /// without cutting the path into characters (which took most of the time of listing 10,000 files).
    static func hasHiddenComponent(_ relativePath: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        var candidate = false
        for byte in relativePath.utf8 {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") {
                candidate = true
                break
            }
            previous = byte
        }
        guard candidate else { return false }
        return relativePath.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// Every project file, as paths relative to the root, sorted.
    public func projectPaths() -> [String] {
        projectPaths(under: "")
    }

    /// Project files at or below `relativeDirectory` ("" for everything).
    /// Folders are listed with `readdir`, whose entry type saves an `lstat` per file; only symlinks
    /// (and file systems that give no type) are looked at with `kind(of:)`. FileManager's listing
    /// plus an `lstat` per entry took a fifth of a millisecond per 10 files, before any file was read.
    /// Names that are not UTF-8 are skipped, as FileManager skipped them.
    /// A folder reached again through a symlink to a folder it is in (`2022/sub/up -> ../..`) is
    /// not entered again: without this, every file below came back under ever longer paths, until
    /// the kernel refused them (41 "projects" from one file). A symlink to a folder elsewhere in
    /// the content is still followed, as before.
    public func projectPaths(under relativeDirectory: String) -> [String] {
        var result: [String] = []
        // Each folder to list with the device and inode of the folders it is in.
        var pending: [(path: String, ancestors: [FolderID])] = [(relativeDirectory, [])]
        while let (directory, ancestors) = pending.popLast() {
            var info = stat()
            guard stat(path(of: directory), &info) == 0 else { continue }
            let id = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard !ancestors.contains(id) else { continue }
            let chain = ancestors + [id]
            guard let stream = opendir(path(of: directory)) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let type = Int32(entry.pointee.d_type)
                let decoded = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    String(validatingCString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                guard let name = decoded, !name.hasPrefix(".") else { continue }
                let relative = directory.isEmpty ? name : directory + "/" + name
                let kind: EntryKind = switch type {
                case Int32(DT_DIR): .directory
                case Int32(DT_REG): .file
                case Int32(DT_LNK), Int32(DT_UNKNOWN): kind(of: relative)
                default: .other
                }
                switch kind {
                case .directory: pending.append((relative, chain))
                case .file where Self.isProjectPath(relative): result.append(relative)
                default: break
                }
            }
        }
        return result.sorted()
    }

    enum EntryKind { case file, directory, other }

    private struct FolderID: Equatable {
        let device: UInt64
        let inode: UInt64
    }

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
