import Glibc

/// Lists the content tree with opendir/lstat: never follows symlinks (a symlinked directory
/// may lead outside the content folder) and skips editor temp files and `.git`.
enum TreeWalker {
    /// Non-ignored entries of one directory, or nil when it cannot be opened (gone, not a dir).
    static func children(of absolutePath: String) -> [TreeEntry]? {
        guard let directory = opendir(absolutePath) else { return nil }
        defer { closedir(directory) }
        var entries: [TreeEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || EditorTempFiles.isIgnored(name) { continue }
            guard let stamp = stamp(of: absolutePath + "/" + name) else { continue }
            entries.append(TreeEntry(name: name, stamp: stamp))
        }
        return entries
    }

    /// lstat of one path; nil when it vanished in the meantime.
    static func stamp(of absolutePath: String) -> FileStamp? {
        var info = stat()
        guard lstat(absolutePath, &info) == 0 else { return nil }
        return FileStamp(
            isDirectory: (info.st_mode & S_IFMT) == S_IFDIR,
            size: Int64(info.st_size),
            modifiedSeconds: Int(info.st_mtim.tv_sec),
            modifiedNanoseconds: Int(info.st_mtim.tv_nsec)
        )
    }

    /// The whole tree below `root` as relative path → stamp, for the fallback scan.
    static func snapshot(root: String) -> [String: FileStamp] {
        var listing: [String: FileStamp] = [:]
        collect(root: root, relative: "", into: &listing)
        return listing
    }

    private static func collect(root: String, relative: String, into listing: inout [String: FileStamp]) {
        let absolute = relative.isEmpty ? root : root + "/" + relative
        for entry in children(of: absolute) ?? [] {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            listing[path] = entry.stamp
            if entry.isDirectory {
                collect(root: root, relative: path, into: &listing)
            }
        }
    }
}
