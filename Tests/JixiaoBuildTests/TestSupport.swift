import Foundation
import JixiaoTestSupport

/// Temporary folders under the system temp directory, one per test.
enum TemporaryFolder {
    static func make(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-\(label)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryCleanup.register(url)
        return url.resolvingSymlinksInPath()
    }

    /// A copy of the repository's content/ folder (tests never touch the real one).
    static func copyOfSeedContent() throws -> URL {
        let folder = make("content")
        let seed = PackageRoot.url.appendingPathComponent("content")
        for name in try FileManager.default.contentsOfDirectory(atPath: seed.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: seed.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }
}

/// The package root, found from this file's path.
enum PackageRoot {
    static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The built `jixiao` executable next to the test bundle.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("jixiao")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return url.appendingPathComponent(".build/debug/jixiao")
    }
}

/// Runs the real `jixiao` binary and captures what it prints.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func jixiao(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> CommandRun {
        let process = Process()
        process.executableURL = PackageRoot.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Project files below a folder, as paths relative to it, sorted.
func projectFiles(in folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return (enumerator.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
}
