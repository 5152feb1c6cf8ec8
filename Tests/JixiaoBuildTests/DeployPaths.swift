import Foundation

/// Where the deploy tests find the package, the shipped deploy files and the built `jixiao` binary.
enum DeployPaths {
    /// The package root, three levels above this file (Tests/JixiaoBuildTests/DeployPaths.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let deploy = packageRoot.appendingPathComponent("deploy")

    /// `$JIXIAO_TEST_BINARY` (to test an installed release build, e.g. /usr/local/bin/jixiao), else
    /// `jixiao` next to the test bundle (swift test builds every product into the same folder),
    /// else `.build/debug/jixiao`.
    static var executable: URL? {
        if let chosen = ProcessInfo.processInfo.environment["JIXIAO_TEST_BINARY"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates: [URL] = []
        var folder = beside.deletingLastPathComponent()
        // The test binary may sit inside an .xctest bundle (Linux: a file; macOS: a folder).
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("jixiao"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/jixiao"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Finds a program on PATH (and the sbin folders, where Debian puts nginx).
    static func program(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin", "/usr/local/sbin"]
        return folders.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// True on a CI machine, where a missing tool is a failure rather than a reason to skip.
    static var isCI: Bool {
        guard let value = ProcessInfo.processInfo.environment["CI"] else { return false }
        return !value.isEmpty && value != "0" && value.lowercased() != "false"
    }

    /// A fresh folder under the temporary directory, readable by everyone (nginx workers run as nobody).
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return folder
    }
}
