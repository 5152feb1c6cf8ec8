import Foundation
import Testing
@testable import JixiaoWatch

/// A real `git checkout` in the repository that holds the content folder.
extension ContentWatcherTests {
    static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=test", "-c", "user.email=test@example.invalid",
                             "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: gitAvailable, "needs /usr/bin/git"))
    func gitCheckoutOfAnotherBranchIsOneBatch() throws {
        let repository = try TemporaryTree("repo")
        defer { repository.remove() }
        for index in 0..<100 {
            try repository.write("content/2022/\(index).yaml", "版本: 1\n")
        }
        #expect(try Self.git(["init", "-q"], in: repository.url) == 0)
        #expect(try Self.git(["add", "-A"], in: repository.url) == 0)
        #expect(try Self.git(["commit", "-q", "-m", "v1"], in: repository.url) == 0)
        #expect(try Self.git(["checkout", "-q", "-b", "v2"], in: repository.url) == 0)
        for index in 0..<100 {
            try repository.write("content/2022/\(index).yaml", "版本: 2\n")
        }
        try repository.write("content/2023/new.yaml")
        #expect(try Self.git(["add", "-A"], in: repository.url) == 0)
        #expect(try Self.git(["commit", "-q", "-m", "v2"], in: repository.url) == 0)

        let recorder = BatchRecorder()
        let watcher = try ContentWatcher(root: repository.url.appendingPathComponent("content"))
        try watcher.start { recorder.record($0) }
        defer { watcher.stop() }
        #expect(try Self.git(["checkout", "-q", "main"], in: repository.url) == 0)
        let batch = recorder.next()
        #expect(batch?.paths.filter { $0.hasPrefix("2022/") }.count == 100)
        #expect(batch?.paths.contains("2023/new.yaml") == true)
        try repository.write("content/marker.yaml")
        #expect(recorder.next()?.paths == ["marker.yaml"], "the checkout must be exactly one batch")
    }
}
