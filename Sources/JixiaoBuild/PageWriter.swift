import Foundation

/// Fast atomic writes of many files into the output folder, with the same guarantees as
/// `OutputFolder.write`: only inside the output (no `..`, no folder that is a symlink leading out),
/// and a reader sees the old file or the new one, never a half-written one (temporary file in the
/// same folder, then rename). Faster because folders are made and checked once per batch
/// (`prepare`), and the bytes go straight to one temporary file (`FileManager.createFile` adds a
/// second temporary file of its own: two new inodes per page, which dominated cold builds).
enum PageWriter {
    /// Makes the folders of these output paths and checks each stays inside the output. Call from
    /// one thread before writing the files (possibly in parallel) with `write`.
    /// `prepared` holds folders already made and checked in this build; they are skipped (a full
    /// build prepares its pages chunk by chunk, and the chunks share most folders).
    /// `created` gets the folders this call made (`mkdir` succeeded): they were empty, so a page
    /// written there needs no check of what is on disk.
    static func prepare(_ relativePaths: [String], in output: OutputFolder, prepared: inout Set<String>,
                        created: inout Set<String>) throws {
        // The root too: the output folder may have been deleted under a running daemon.
        if !prepared.contains("") {
            try FileManager.default.createDirectory(at: output.root, withIntermediateDirectories: true)
            prepared.insert("")
        }
        // Paths come sorted, so a folder usually repeats the one before: compared by bytes, it is
        // not cut out and hashed again.
        var folders: Set<String> = []
        var previous: Substring = ""
        for path in relativePaths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = path[..<slash]
            if !previous.isEmpty, folder.utf8.elementsEqual(previous.utf8) { continue }
            previous = folder
            folders.insert(String(folder))
        }
        for folder in folders.subtracting(prepared).sorted() {
            try makeFolder(folder, in: output, prepared: &prepared, created: &created)
        }
    }

    /// Makes `folder` and any missing parent with one `mkdir` each, parents first. A folder that
    /// `mkdir` made is a real folder inside the output; one that was already there must be a
    /// folder, or a symlink that resolves inside the output (checked before anything is made
    /// through it). FileManager's recursive create plus a symlink resolution per folder took
    /// several system calls per path component, on one thread before every chunk of pages.
    private static func makeFolder(_ folder: String, in output: OutputFolder, prepared: inout Set<String>,
                                   created: inout Set<String>) throws {
        var start = folder.startIndex
        while true {
            // The byte `/`, as the kernel cuts paths (a `Character` search skips `/` + combining mark).
            let slash = folder.utf8[start...].firstIndex(of: UInt8(ascii: "/")) ?? folder.endIndex
            let prefix = String(folder[..<slash])
            if !prepared.contains(prefix) {
                let path = try output.safePath(prefix)
                if mkdir(path, 0o777) == 0 {
                    created.insert(prefix)
                } else {
                    guard errno == EEXIST else { throw posixError() }
                    try checkExisting(path, in: output)
                }
                prepared.insert(prefix)
            }
            guard slash < folder.endIndex else { return }
            start = folder.utf8.index(after: slash)
        }
    }

    private static func checkExisting(_ path: String, in output: OutputFolder) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw posixError() }
        if info.st_mode & S_IFMT == S_IFLNK {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard resolved == output.root.path || resolved.hasPrefix(output.root.path + "/") else {
                throw OutputFolder.UnsafePath(path: path)
            }
            guard stat(path, &info) == 0 else { throw posixError() }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw POSIXError(.ENOTDIR) }
    }

    /// Writes the file atomically; its folder must have been `prepare`d. Safe from several threads
    /// for different paths.
    static func prepare(_ relativePaths: [String], in output: OutputFolder) throws {
        var prepared: Set<String> = []
        var created: Set<String> = []
        try prepare(relativePaths, in: output, prepared: &prepared, created: &created)
    }

    static func write(_ bytes: [UInt8], to relativePath: String, in output: OutputFolder) throws {
        try write(parts: [bytes], to: relativePath, in: output)
    }

    /// Writes the parts one after the other into one file (an aggregate need not be assembled first).
    static func write(parts: [[UInt8]], to relativePath: String, in output: OutputFolder) throws {
        try write(to: relativePath, in: output) { sink in
            for part in parts { try part.withUnsafeBytes { try sink($0) } }
        }
    }

    /// Writes what `produce` hands its sink, piece by piece, into one file (atomically, as above).
    static func write(to relativePath: String, in output: OutputFolder,
                      _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let path = try output.safePath(relativePath)
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let temporary = String(path[...slash]) + "." + String(path[path.index(after: slash)...]) + temporarySuffix
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw posixError() }
        var failure: Error?
        do {
            try produce { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        throw posixError()
                    }
                    offset += count
                }
            }
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = posixError() }
        if failure == nil, rename(temporary, path) != 0 { failure = posixError() }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// `.PID.tmp`: unique to this process (getpid is a system call; the pid does not change).
    private static let temporarySuffix = ".\(getpid()).tmp"

    private static func posixError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
