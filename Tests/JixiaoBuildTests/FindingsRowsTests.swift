import Foundation
@testable import JixiaoBuild
import JixiaoSite
import Testing

/// findings.html lists findings one by one only up to `findings_page_limit`; above it a full build
/// leaves the rows out of the files it does once it has counted more than the limit. The page must
/// still be a clean build's, and must list every finding again when edits bring the total down.
@Suite struct FindingsRowsTests {
    let content: URL
    let output: URL

    init() throws {
        content = try TemporaryFolder.copyOfSeedContent()
        output = TemporaryFolder.make("site")
    }

    func expectClean(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
        let differences = try SiteTreeComparison.differencesFromCleanLibraryBuild(content: content, site: output)
        #expect(differences.isEmpty, "\(differences)", sourceLocation: sourceLocation)
    }

    /// Findings per project file (cross-file ones included), by path.
    func findingCounts() -> [String: Int] {
        let tree = ContentTree(root: content)
        let reports = ProjectAnalysis.reports(for: tree.projectPaths().map { ProjectAnalysis.parse($0, in: tree) })
        return Dictionary(uniqueKeysWithValues: reports.map { ($0.path, $0.diagnostics.count) })
    }

    @Test func rowsLeftOutAboveTheLimitComeBackWhenTheTotalDrops() throws {
        let counts = findingCounts()
        let paths = counts.keys.sorted()
        let last = try #require(paths.last)
        // The limit is the last file's own count: the files before it add up to more, so the full
        // build leaves out its rows; alone, it is within the limit and must be listed.
        let limit = try #require(counts[last])
        #expect(counts.values.reduce(0, +) - limit > limit, "the seed has findings enough")
        try "site:\n  findings_page_limit: \(limit)\n".write(to: content.appendingPathComponent("jixiao.yaml"),
                                                             atomically: true, encoding: .utf8)
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        builder.chunkSize = 1
        _ = try builder.fullBuild()
        #expect(builder.findingsRowsLeftOut > 0)
        let findings = output.appendingPathComponent("findings.html")
        #expect(try String(contentsOf: findings, encoding: .utf8).contains("问题超过 \(limit) 条"))
        try expectClean()

        // Every other file goes: the last one's findings are now all there is, listed row by row.
        for path in paths.dropLast() { try FileManager.default.removeItem(at: content.appendingPathComponent(path)) }
        _ = try builder.update(changed: Set(paths.dropLast()))
        let page = try String(contentsOf: findings, encoding: .utf8)
        #expect(!page.contains("问题超过"))
        #expect(page.components(separatedBy: "<tr data-rule=").count - 1 == limit)
        try expectClean()
    }

    @Test func aFullBuildWithinTheLimitListsEveryRow() throws {
        let total = findingCounts().values.reduce(0, +)
        try "site:\n  findings_page_limit: \(total)\n".write(to: content.appendingPathComponent("jixiao.yaml"),
                                                             atomically: true, encoding: .utf8)
        let builder = try SiteBuilder(content: content, output: output, version: "test")
        builder.chunkSize = 1
        _ = try builder.fullBuild()
        #expect(builder.findingsRowsLeftOut == 0)
        #expect(try String(contentsOf: output.appendingPathComponent("findings.html"), encoding: .utf8)
            .components(separatedBy: "<tr data-rule=").count - 1 == total)
        try expectClean()
    }
}
