import Foundation
@testable import JixiaoBuild
import JixiaoSite
import Testing

/// Incremental work is proportional to the change (as Hugo's rebuild tests count it): an edit
/// re-renders that project's page and fragments only, and only the aggregates that show what changed.
@Suite struct PerfIncrementalTests {
    let content: URL
    let output: URL
    /// Every content file gets this modification time, so the aggregates' "data updated" time does
    /// not move with the test's clock (a new minute would rightly re-render every aggregate).
    static let fixedTime = Date(timeIntervalSince1970: 1_669_858_200)

    init() throws {
        content = try TemporaryFolder.copyOfSeedContent()
        output = TemporaryFolder.make("site")
        for file in JixiaoBuildTests.projectFiles(in: content) { try setTime(file, Self.fixedTime) }
    }

    func setTime(_ file: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: content.appendingPathComponent(file).path)
    }

    /// Rewrites a file with `change` applied, then gives it a time just before the fixed one.
    func edit(_ file: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        try setTime(file, Self.fixedTime.addingTimeInterval(-3600))
    }

    func expectClean(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
        let differences = try SiteTreeComparison.differencesFromCleanLibraryBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences)", sourceLocation: sourceLocation)
    }

    @Test func anEditReRendersOneProjectsFragments() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        #expect(builder.fragmentsRendered == 13)
        let file = try #require(JixiaoBuildTests.projectFiles(in: content).first)
        try edit(file) { $0.replacingOccurrences(of: "资金用途: ", with: "资金用途: 修订：") }
        let summary = try builder.update(changed: [file])
        #expect(builder.fragmentsRendered == 14, "one project's fragments, not all thirteen")
        #expect(summary.filesParsed == 1)
        // The purpose shows on the project's page only (projects.json has the overview's figures).
        #expect(summary.pagesRendered == 1)
        #expect(summary.filesWritten == 1)
        try expectClean()
    }

    @Test func aNewNameReRendersTheAggregatesThatShowIt() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let file = try #require(JixiaoBuildTests.projectFiles(in: content).first)
        let before = try Data(contentsOf: output.appendingPathComponent("rules.html"))
        try edit(file) { $0.replacingOccurrences(of: "项目名称: ", with: "项目名称: 新") }
        let summary = try builder.update(changed: [file])
        #expect(builder.fragmentsRendered == 14)
        // Page, index, projects.json and indicators.csv (and findings.html when it has findings);
        // never the rules page, stylesheet or script.
        #expect(summary.pagesRendered >= 4 && summary.pagesRendered <= 5)
        #expect(try Data(contentsOf: output.appendingPathComponent("rules.html")) == before)
        try expectClean()
    }

    @Test func touchingWithoutChangeReRendersNoFragment() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let file = try #require(JixiaoBuildTests.projectFiles(in: content).first)
        try setTime(file, Self.fixedTime.addingTimeInterval(-60))
        let summary = try builder.update(changed: [file])
        // Same bytes, new time: the page shows the time, the fragments do not.
        #expect(builder.fragmentsRendered == 13)
        #expect(summary.pagesRendered == 1)
        try expectClean()
    }

    @Test func rowsKeptOnDiskSurviveEditsAndCompaction() throws {
        // The builder keeps the aggregates' row bytes in an unlinked file, rewritten once most of
        // it is stale: edits, a deletion and a new file later, the site is still a clean build's.
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        builder.storeCompactionMinimum = 0
        _ = try builder.fullBuild()
        let files = JixiaoBuildTests.projectFiles(in: content)
        for round in 1...3 {
            for file in files.prefix(8) {
                try edit(file) { $0.replacingOccurrences(of: "资金用途: ", with: "资金用途: 第\(round)轮：") }
            }
            _ = try builder.update(changed: Set(files.prefix(8)))
            try expectClean()
        }
        try FileManager.default.removeItem(at: content.appendingPathComponent(files[9]))
        try FileManager.default.copyItem(at: content.appendingPathComponent(files[10]),
                                         to: content.appendingPathComponent("2022/新文件.yaml"))
        try setTime("2022/新文件.yaml", Self.fixedTime.addingTimeInterval(-7200))
        _ = try builder.update(changed: [files[9], "2022/新文件.yaml"])
        try expectClean()
        #expect(builder.storeCompactions >= 1)
        // Nothing of the store is visible in the output folder.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".jixiao").path)
        #expect(hidden == ["cache.json"])
    }

    @Test func aDeletedAggregateIsWrittenAgainByTheNextBatch() throws {
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        try FileManager.default.removeItem(at: output.appendingPathComponent("assets/site.css"))
        let file = try #require(JixiaoBuildTests.projectFiles(in: content).first)
        try edit(file) { $0.replacingOccurrences(of: "资金用途: ", with: "资金用途: 再改：") }
        _ = try builder.update(changed: [file])
        try expectClean()
    }

    @Test func renamingIntoADuplicateStillReachesTheOtherFile() throws {
        // Batches skip the cross-file rules when nothing they read changed; a new name must not be skipped.
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        _ = try builder.fullBuild()
        let files = JixiaoBuildTests.projectFiles(in: content).filter { $0.hasPrefix("2022/") }
        let first = try #require(files.first), second = try #require(files.last)
        let secondText = try String(contentsOf: content.appendingPathComponent(second), encoding: .utf8)
        let nameLine = try #require(secondText.split(separator: "\n").first { $0.hasPrefix("项目名称: ") })
        let firstText = try String(contentsOf: content.appendingPathComponent(first), encoding: .utf8)
        try edit(first) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("项目名称: ") ? nameLine : $0 }.joined(separator: "\n")
        }
        _ = try builder.update(changed: [first])
        #expect(builder.fragmentsRendered == 15, "both files' reports change")
        let page = output.appendingPathComponent("projects/" + second.dropLast(5) + ".html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("duplicate_project"))
        try expectClean()
        try edit(first) { _ in firstText }
        _ = try builder.update(changed: [first])
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("duplicate_project"))
        try expectClean()
    }
}
