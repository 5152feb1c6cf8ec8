import Foundation
import JixiaoBuild
import JixiaoSite
import Testing

/// The pipeline without the watcher: how many pages each change re-renders (as Hugo's rebuild tests
/// count them), and that every incremental result equals a clean build.
@Suite struct SiteBuilderTests {
    let content: URL
    let output: URL

    init() throws {
        content = try TemporaryFolder.copyOfSeedContent()
        output = TemporaryFolder.make("site")
    }

    func projectFiles() throws -> [String] {
        JixiaoBuildTests.projectFiles(in: content)
    }

    func expectClean(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
        let differences = try SiteTreeComparison.differencesFromCleanLibraryBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences)", sourceLocation: sourceLocation)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let other = TemporaryFolder.make("site2")
        _ = try SiteBuilder(content: content, output: output, version: "test").fullBuild()
        _ = try SiteBuilder(content: content, output: other, version: "test").fullBuild()
        #expect(SiteTreeComparison.differences(SiteTreeComparison.files(in: output), SiteTreeComparison.files(in: other)).isEmpty)
    }

    @Test func editingOneFileRendersOnePageAndTheAggregates() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        let first = try builder.fullBuild()
        #expect(first.projects == 13)
        let aggregates = first.pagesRendered - 13
        let file = try #require(try projectFiles().first)
        let url = content.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "项目名称: ", with: "项目名称: 改").write(to: url, atomically: false, encoding: .utf8)
        let summary = try builder.update(changed: [file])
        #expect(summary.filesParsed == 1)
        // The page and the aggregates that show the name (all of them if the edit moved the
        // "data updated" minute; PerfIncrementalTests pins the times and counts exactly).
        #expect((2...(1 + aggregates)).contains(summary.pagesRendered))
        #expect(summary.filesWritten <= 1 + aggregates)
        try expectClean()
    }

    @Test func pathsThatAreNotProjectsCostNothing() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let summary = try builder.update(changed: ["不存在.yaml", "也不存在/"])
        #expect(summary.filesParsed == 0)
        #expect(summary.filesWritten == 0)
    }

    /// A file deleted while no builder ran: the next full build (a restart, cache present)
    /// removes its page, and the cache it writes no longer lists it.
    @Test func aRestartRemovesThePageOfAFileDeletedMeanwhile() throws {
        _ = try SiteBuilder(content: content, output: output, version: "test").fullBuild()
        let file = try #require(try projectFiles().first)
        let page = output.appendingPathComponent("projects/" + file.dropLast(".yaml".count) + ".html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try FileManager.default.removeItem(at: content.appendingPathComponent(file))
        let restart = try SiteBuilder(content: content, output: output, version: "test").fullBuild()
        #expect(restart.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: page.path))
        try expectClean()
        let again = try SiteBuilder(content: content, output: output, version: "test").fullBuild()
        #expect(again.filesRemoved == 0)
        #expect(again.filesWritten == 0)
        let cache = try String(contentsOf: output.appendingPathComponent(".jixiao/cache.json"), encoding: .utf8)
        #expect(!cache.contains(String(file.dropLast(".yaml".count)) + ".html"))
    }

    @Test func deletionRemovesThePageAndFoldersFollow() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let folder = content.appendingPathComponent("2023/子目录")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = try #require(try projectFiles().first)
        try FileManager.default.copyItem(at: content.appendingPathComponent(file), to: folder.appendingPathComponent("新项目.yaml"))
        _ = try builder.update(changed: ["2023"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/2023/子目录/新项目.html").path))
        try expectClean()
        try FileManager.default.removeItem(at: content.appendingPathComponent("2023"))
        let summary = try builder.update(changed: ["2023"])
        #expect(summary.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/2023").path))
        try expectClean()
    }

    @Test func aYamlAndAYmlOfTheSameNameHaveTheirOwnPages() throws {
        let file = try #require(try projectFiles().first)
        let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
        let twin = String(file.dropLast(".yaml".count)) + ".yml"
        try text.replacingOccurrences(of: "项目名称: ", with: "项目名称: 另一份")
            .write(to: content.appendingPathComponent(twin), atomically: true, encoding: .utf8)
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let yamlPage = output.appendingPathComponent("projects/" + file.dropLast(".yaml".count) + ".html")
        let ymlPage = output.appendingPathComponent("projects/" + twin + ".html")
        #expect(try String(contentsOf: yamlPage, encoding: .utf8).contains("<h1>" + (text.split(separator: "\n")
            .first { $0.hasPrefix("项目名称: ") }?.dropFirst("项目名称: ".count) ?? "")))
        #expect(try String(contentsOf: ymlPage, encoding: .utf8).contains("另一份"))
        try expectClean()
        // Removing one leaves the other's page alone.
        try FileManager.default.removeItem(at: content.appendingPathComponent(twin))
        _ = try builder.update(changed: [twin])
        #expect(!FileManager.default.fileExists(atPath: ymlPage.path))
        #expect(FileManager.default.fileExists(atPath: yamlPage.path))
        try expectClean()
    }

    @Test func aFindingsLimitFromTheConfigurationCountsInsteadOfListing() throws {
        try "site:\n  findings_page_limit: 5\n".write(to: content.appendingPathComponent("jixiao.yaml"),
                                                     atomically: true, encoding: .utf8)
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let findings = output.appendingPathComponent("findings.html")
        #expect(try String(contentsOf: findings, encoding: .utf8).contains("问题超过 5 条，本页按规则汇总"))
        try expectClean()
        // An edit changes the CSV of findings and the counts; still a clean build's bytes.
        let file = try #require(try projectFiles().first)
        let url = content.appendingPathComponent(file)
        try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: "绩效指标描述: ", with: "绩效指标描述: 改")
            .write(to: url, atomically: true, encoding: .utf8)
        _ = try builder.update(changed: [file])
        try expectClean()
    }

    @Test func duplicateProjectReRendersBothPages() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let file = try #require(try projectFiles().first)
        try FileManager.default.copyItem(at: content.appendingPathComponent(file), to: content.appendingPathComponent("副本.yaml"))
        let summary = try builder.update(changed: ["副本.yaml"])
        // The copy, and the original read again: its report now has a finding (the builder keeps
        // no parses between batches).
        #expect(summary.filesParsed == 2)
        let original = try String(contentsOf: output.appendingPathComponent("projects/\(file.dropLast(5)).html"), encoding: .utf8)
        #expect(summary.pagesRendered == 2 + SiteRenderer.aggregatePaths.count, "the new page and the original's, which now names it")
        #expect(original.contains("duplicate_project"))
        try expectClean()
    }

    @Test func neverWritesOutsideTheOutputFolder() throws {
        let folder = try OutputFolder(root: output)
        #expect(throws: OutputFolder.UnsafePath.self) { try folder.write([1], to: "../escape.html") }
        #expect(throws: OutputFolder.UnsafePath.self) { try folder.write([1], to: "/etc/escape.html") }
        for unsafe in ["", "a//b.html", "a/./b.html", "a/../../b.html", "a/", "a/..", "."] {
            #expect(throws: OutputFolder.UnsafePath.self, "\(unsafe)") { try folder.write([1], to: unsafe) }
        }
        // `/` followed by a combining mark is one Character but two segments for the kernel.
        #expect(throws: OutputFolder.UnsafePath.self) { try folder.write([1], to: "../\u{301}escape.html") }
        try folder.write([1], to: "a/.../b.c.html")  // three dots are an ordinary name
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("a/.../b.c.html").path))
        let outside = TemporaryFolder.make("outside")
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link"), withDestinationURL: outside)
        #expect(throws: OutputFolder.UnsafePath.self) { try folder.write([1], to: "link/escape.html") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    /// A symlink to a folder it is in would list the files below it again and again under longer
    /// and longer paths; a symlink to another folder of the content still counts, as before.
    @Test func aSymlinkLoopInTheContentListsEachFileOnce() throws {
        let file = try #require(try projectFiles().first)
        let folder = content.appendingPathComponent("回环/子目录")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: content.appendingPathComponent(file), to: folder.appendingPathComponent("项目.yaml"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("上一级"),
                                                   withDestinationURL: content.appendingPathComponent("回环"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("别名"),
                                                   withDestinationURL: content.appendingPathComponent("回环"))
        let listed = ContentTree(root: content).projectPaths().filter { !$0.hasPrefix("20") }
        #expect(listed == ["别名/子目录/项目.yaml", "回环/子目录/项目.yaml"])
    }

    @Test func contentIsNeverModified() throws {
        func snapshot() throws -> [String: Data] {
            var result: [String: Data] = [:]
            for name in try projectFiles() { result[name] = FileManager.default.contents(atPath: content.appendingPathComponent(name).path) }
            return result
        }
        let before = try snapshot()
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        _ = try builder.update(changed: Set(try projectFiles()), rescanAll: true)
        #expect(try snapshot() == before)
    }
}
