import Foundation

/// A git working copy, read through the `git` command only: nothing is ever checked out or written.
struct GitRepository: Sendable {
    /// The top folder of the working tree (`git rev-parse --show-toplevel`).
    let root: URL

    /// What went wrong running git, with git's own message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository that contains `directory`.
    init(containing directory: URL) throws {
        let output = try Self.run(["rev-parse", "--show-toplevel"], in: directory)
        let top = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !top.isEmpty else { throw Failure(description: "不在 git 仓库中（not inside a git repository）") }
        root = URL(fileURLWithPath: top)
    }

    /// The full object name of a revision, or a failure naming the revision.
    func resolve(_ revision: String) throws -> String {
        do {
            let output = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
            return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw Failure(description: "找不到版本“\(revision)”（unknown revision）")
        }
    }

    /// Every regular file at or below `folder` (relative to the root) in `revision`: path under `folder` → bytes.
    /// Symlinks and submodules are skipped, as the content tree skips what leads elsewhere.
    func files(under folder: String, at revision: String, where include: (String) -> Bool) throws -> [String: Data] {
        let commit = try resolve(revision)
        let prefix = folder.isEmpty || folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        let listing = try run(["ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix.isEmpty ? "." : prefix])
        var objects: [(path: String, object: String)] = []
        for entry in listing.split(separator: 0) {
            // `<mode> SP <type> SP <object> TAB <path>`
            let text = String(decoding: entry, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { continue }
            let header = text[..<tab].split(separator: " ")
            let path = String(text[text.index(after: tab)...])
            guard header.count == 3, header[0] != "120000", header[1] == "blob", path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if include(relative) { objects.append((relative, String(header[2]))) }
        }
        let blobs = try readBlobs(objects.map(\.object))
        var result: [String: Data] = [:]
        for (entry, data) in zip(objects, blobs) { result[entry.path] = data }
        return result
    }

    /// Reads many blobs with one `git cat-file --batch`: `<object> blob <size>\n<bytes>\n` per object.
    private func readBlobs(_ objects: [String]) throws -> [Data] {
        guard !objects.isEmpty else { return [] }
        let input = Data(objects.map { $0 + "\n" }.joined().utf8)
        let output = try run(["cat-file", "--batch"], input: input)
        var blobs: [Data] = []
        var cursor = output.startIndex
        for object in objects {
            guard let newline = output[cursor...].firstIndex(of: 10) else {
                throw Failure(description: "git cat-file：输出不完整（\(object)）")
            }
            let header = String(decoding: output[cursor..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]),
                  output.distance(from: newline, to: output.endIndex) > size else {
                throw Failure(description: "git cat-file：无法读取对象 \(object)")
            }
            let start = output.index(after: newline)
            let end = output.index(start, offsetBy: size)
            blobs.append(Data(output[start..<end]))
            cursor = output.index(after: end)  // the newline after the bytes
        }
        return blobs
    }

    private func run(_ arguments: [String], input: Data? = nil) throws -> Data {
        try Self.run(arguments, in: root, input: input)
    }

    /// Runs git with stdin and stderr in temporary files, so no pipe can fill up and block either side.
    private static func run(_ arguments: [String], in directory: URL, input: Data? = nil) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputURL = scratch.appendingPathComponent("in")
        let errorURL = scratch.appendingPathComponent("err")
        try (input ?? Data()).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_OPTIONAL_LOCKS"] = "0"  // a read must never take the index lock
        process.environment = environment
        let inputHandle = try FileHandle(forReadingFrom: inputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer {
            try? inputHandle.close()
            try? errorHandle.close()
        }
        let pipe = Pipe()
        process.standardInput = inputHandle
        process.standardOutput = pipe
        process.standardError = errorHandle
        do {
            try process.run()
        } catch {
            throw Failure(description: "无法运行 git：\(error.localizedDescription)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw Failure(description: "git \(arguments.first ?? "")：\(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return output
    }
}
