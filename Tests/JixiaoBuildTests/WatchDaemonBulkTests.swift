import Foundation
import JixiaoTestSupport
import Testing

/// Bulk changes: a git checkout of 500 files, a forced inotify queue overflow, and long random
/// sequences of edits. Each ends with the site equal to a clean build.
@Suite(.serialized) struct WatchDaemonBulkTests {
    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func seedTexts() throws -> [String] {
        let seed = PackageRoot.url.appendingPathComponent("content")
        return try projectFiles(in: seed).map { try String(contentsOf: seed.appendingPathComponent($0), encoding: .utf8) }
    }

    @Test func gitCheckoutOf500FilesIsOneBatchAndBuildsRight() throws {
        let repository = TemporaryFolder.make("repo")
        let output = TemporaryFolder.make("site")
        defer { try? FileManager.default.removeItem(at: repository); try? FileManager.default.removeItem(at: output) }
        let content = repository.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let texts = try Self.seedTexts()
        func writeAll(_ marker: String) throws {
            for index in 0..<500 {
                let folder = content.appendingPathComponent("\(2020 + index % 3)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let text = texts[index % texts.count].replacingOccurrences(of: "项目名称: ", with: "项目名称: \(marker)\(index)号")
                try text.write(to: folder.appendingPathComponent("项目 \(index).yaml"), atomically: false, encoding: .utf8)
            }
        }
        try Self.run(["git", "init", "-q", "-b", "main"], in: repository)
        try writeAll("甲")
        try Self.run(["git", "add", "-A"], in: repository)
        try Self.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "a"], in: repository)
        try Self.run(["git", "checkout", "-q", "-b", "other"], in: repository)
        try writeAll("乙")
        try Self.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "b"], in: repository)
        try Self.run(["git", "checkout", "-q", "main"], in: repository)

        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let before = daemon.generation()
        #expect(try Self.run(["git", "checkout", "-q", "other"], in: repository) == 0)
        try daemon.sync()
        let batches = daemon.generation() - before
        #expect(batches <= 3, "a checkout is one batch (plus the cookie's): saw \(batches)")
        let html = try String(contentsOf: output.appendingPathComponent("projects/2021/项目 499.html"), encoding: .utf8)
        #expect(html.contains("乙499号"))
        let differences = try SiteTreeComparison.differencesFromCleanBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    static let queueLimit = "/proc/sys/fs/inotify/max_queued_events"

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isWritableFile(atPath: queueLimit),
                   "needs root to lower fs.inotify.max_queued_events; skipped"))
    func queueOverflowRescansEverything() throws {
        let original = try String(contentsOfFile: Self.queueLimit, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let content = try TemporaryFolder.copyOfSeedContent()
        let output = TemporaryFolder.make("site")
        let daemon: DaemonHarness = try KernelSettingLock.withLock(exclusive: true) {
            try "16".write(toFile: Self.queueLimit, atomically: false, encoding: .utf8)
            // The limit only applies to inotify instances created after the change: restore it
            // once the daemon has its own.
            defer { try? original.write(toFile: Self.queueLimit, atomically: false, encoding: .utf8) }
            return try DaemonHarness(content: content, output: output, settingsLocked: true)
        }
        defer { daemon.stop() }
        let texts = try Self.seedTexts()
        // Stopped, the daemon reads nothing: the kernel's queue of 16 events must overflow.
        kill(daemon.pid, SIGSTOP)
        defer { kill(daemon.pid, SIGCONT) }
        for index in 0..<400 {
            try texts[index % texts.count].write(to: content.appendingPathComponent("溢出 \(index).yaml"), atomically: false, encoding: .utf8)
        }
        kill(daemon.pid, SIGCONT)
        try daemon.sync(timeout: 300)
        #expect(daemon.logText.lowercased().contains("overflow") || daemon.logText.contains("溢出"), "\(daemon.logText.suffix(2000))")
        let differences = try SiteTreeComparison.differencesFromCleanBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test func randomSequencesEndInACleanBuild() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["JIXIAO_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970 * 1000)
        let rounds = environment["JIXIAO_RANDOM_ROUNDS"].flatMap(Int.init) ?? 6
        let steps = environment["JIXIAO_RANDOM_STEPS"].flatMap(Int.init) ?? 40
        print("random-sequence test: JIXIAO_SEED=\(seed) JIXIAO_RANDOM_ROUNDS=\(rounds) JIXIAO_RANDOM_STEPS=\(steps)")
        let content = try TemporaryFolder.copyOfSeedContent()
        let output = TemporaryFolder.make("site")
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        var edits = RandomEdits(root: content, seed: seed, texts: try Self.seedTexts())
        for round in 1...rounds {
            var applied: [String] = []
            for _ in 0..<steps { applied.append(try edits.step()) }
            try daemon.sync()
            let differences = try SiteTreeComparison.differencesFromCleanBuild(content: content, site: output)
            #expect(differences.isEmpty, "seed \(seed) round \(round): \(differences.prefix(10)) after \(applied)")
            if !differences.isEmpty { break }
        }
    }
}
