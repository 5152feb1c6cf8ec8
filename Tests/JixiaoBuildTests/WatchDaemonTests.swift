import Foundation
import Testing

/// The real daemon, real inotify, real files: after each kind of change, once the daemon has seen it,
/// the site equals a clean build of the same content byte for byte.
@Suite(.serialized) struct WatchDaemonTests {
    let content: URL
    let output: URL

    init() throws {
        content = try TemporaryFolder.copyOfSeedContent()
        output = TemporaryFolder.make("site")
    }

    func expectCleanBuildEquality(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
        let differences = try SiteTreeComparison.differencesFromCleanBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences.prefix(20))", sourceLocation: sourceLocation)
    }

    func anyProject() throws -> URL {
        let name = try #require(projectFiles(in: content).first)
        return content.appendingPathComponent(name)
    }

    func page(for file: URL) -> URL {
        let relative = String(file.path.dropFirst(content.path.count + 1))
        let id = String(relative.dropLast(".yaml".count))
        return output.appendingPathComponent("projects/\(id).html")
    }

    func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
    }

    @Test func plainWriteReplacesThePage() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        try expectCleanBuildEquality()
        let file = try anyProject()
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "项目名称: ", with: "项目名称: 已修改")
        try edited.write(to: file, atomically: false, encoding: .utf8)
        try daemon.sync()
        let html = try String(contentsOf: page(for: file), encoding: .utf8)
        #expect(html.contains("已修改"))
        try expectCleanBuildEquality()
    }

    @Test func sedInPlaceCountsAsAChangeOfTheTarget() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let file = try anyProject()
        let sed = Process()
        sed.executableURL = URL(fileURLWithPath: "/bin/sed")
        sed.arguments = ["-i", "s/项目名称: /项目名称: 经sed修改/", file.path]
        try sed.run()
        sed.waitUntilExit()
        #expect(sed.terminationStatus == 0)
        try daemon.sync()
        #expect(try String(contentsOf: page(for: file), encoding: .utf8).contains("经sed修改"))
        try expectCleanBuildEquality()
    }

    @Test func vimStyleSave() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let file = try anyProject()
        let text = try String(contentsOf: file, encoding: .utf8)
        let backup = URL(fileURLWithPath: file.path + "~")
        try FileManager.default.moveItem(at: file, to: backup)
        try text.replacingOccurrences(of: "项目名称: ", with: "项目名称: 经vim保存").write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: backup)
        try daemon.sync()
        #expect(try String(contentsOf: page(for: file), encoding: .utf8).contains("经vim保存"))
        try expectCleanBuildEquality()
    }

    @Test func newDirectoryWithAnImmediateFile() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let source = try anyProject()
        let deep = content.appendingPathComponent("2023/新 目录/第三层")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: deep.appendingPathComponent("复制 的项目.yaml"))
        try daemon.sync()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/2023/新 目录/第三层/复制 的项目.html").path))
        try expectCleanBuildEquality()
    }

    @Test func directoryMovedInAndOut() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let outside = TemporaryFolder.make("outside")
        defer { try? FileManager.default.removeItem(at: outside) }
        let batch = outside.appendingPathComponent("2024")
        try FileManager.default.createDirectory(at: batch.appendingPathComponent("inner"), withIntermediateDirectories: true)
        let source = try anyProject()
        try FileManager.default.copyItem(at: source, to: batch.appendingPathComponent("甲.yaml"))
        try FileManager.default.copyItem(at: source, to: batch.appendingPathComponent("inner/乙.yaml"))
        let inside = content.appendingPathComponent("2024")
        try FileManager.default.moveItem(at: batch, to: inside)
        try daemon.sync()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/2024/inner/乙.html").path))
        try expectCleanBuildEquality()
        try FileManager.default.moveItem(at: inside, to: batch)
        try daemon.sync()
        try expectCleanBuildEquality()
        // Writes in the moved-out folder must not reach the site through stale watches.
        try FileManager.default.copyItem(at: source, to: batch.appendingPathComponent("inner/丙.yaml"))
        try replace("项目名称: ", with: "项目名称: 外面", in: batch.appendingPathComponent("甲.yaml"))
        try daemon.sync()
        try expectCleanBuildEquality()
    }

    @Test func deletedFileLosesItsPage() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let file = try anyProject()
        #expect(FileManager.default.fileExists(atPath: page(for: file).path))
        try FileManager.default.removeItem(at: file)
        try daemon.sync()
        #expect(!FileManager.default.fileExists(atPath: page(for: file).path))
        try expectCleanBuildEquality()
    }

    @Test func brokenFileNeverStopsTheDaemon() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let file = try anyProject()
        try Data([0xB2, 0xE2, 0xCA, 0xD4, 0x3A, 0x20, 0xFF]).write(to: file)
        try daemon.sync()
        #expect(daemon.isRunning)
        #expect(try String(contentsOf: page(for: file), encoding: .utf8).contains("not_utf8"))
        try expectCleanBuildEquality()
    }

    @Test func symlinksLeadingOutsideAreNotFollowed() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        defer { daemon.stop() }
        let outside = TemporaryFolder.make("secret")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.copyItem(at: try anyProject(), to: outside.appendingPathComponent("秘密.yaml"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("链接.yaml"),
                                                   withDestinationURL: outside.appendingPathComponent("秘密.yaml"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("链接目录"), withDestinationURL: outside)
        try daemon.sync()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/链接.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/链接目录").path))
        try expectCleanBuildEquality()
    }

    @Test func signals() throws {
        let daemon = try DaemonHarness(content: content, output: output)
        let before = daemon.generation()
        kill(daemon.pid, SIGHUP)
        // The rebuild is logged once done; wait for that line (bounded), then for quiet.
        let deadline = Date().addingTimeInterval(30)
        while !daemon.logText.contains("SIGHUP"), Date() < deadline { usleep(5_000) }
        #expect(daemon.logText.contains("SIGHUP：完整构建"))
        try daemon.sync()
        #expect(daemon.generation() > before)
        #expect(daemon.stop() == 0)
    }

    @Test func restartAfterAnEditWhileDownGivesTheRightSite() throws {
        var daemon: DaemonHarness? = try DaemonHarness(content: content, output: output)
        daemon?.stop()
        daemon = nil
        let file = try anyProject()
        try replace("项目名称: ", with: "项目名称: 停机时修改", in: file)
        let untouched = projectFiles(in: content).last.map { page(for: content.appendingPathComponent($0)) }
        let untouchedDate = try untouched.map { try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }
        daemon = try DaemonHarness(content: content, output: output)
        defer { daemon?.stop() }
        #expect(try String(contentsOf: page(for: file), encoding: .utf8).contains("停机时修改"))
        try expectCleanBuildEquality()
        let status = try #require(daemon?.status())
        #expect((status["pagesRendered"] as? Int ?? 99) < 13, "the cache spares pages that are already correct")
        if let untouched {
            #expect(try FileManager.default.attributesOfItem(atPath: untouched.path)[.modificationDate] as? Date == untouchedDate ?? nil)
        }
    }
}
