import Foundation
import JixiaoBuild
import JixiaoModel
import JixiaoRules
import JixiaoSite
import Testing

/// The site made from real files through the real parser (the parser's own fixtures copied into a
/// temporary content folder), looked at in code and in Chromium.
@Suite(.serialized) struct ParsedContentTests {
    static let fixtures = BrowserTests.packageRoot.appendingPathComponent("Tests/JixiaoParsingTests/Fixtures")

    /// content/2022: the valid fixtures; content/2023: three broken ones.
    static func makeContent() throws -> (URL, SiteContent) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-content-\(UUID().uuidString)")
        let copies = [("valid/科技重大专项评估.yaml", "2022/科技重大专项评估.yaml"), ("valid/bom_crlf.yaml", "2022/bom crlf.yaml"),
                      ("broken/yaml_syntax.yaml", "2023/yaml_syntax.yaml"), ("broken/unknown_key.yaml", "2023/unknown_key.yaml"),
                      ("broken/wrong_type.yaml", "2023/wrong_type.yaml")]
        for (source, target) in copies {
            let url = root.appendingPathComponent(target)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(source), to: url)
        }
        return (root, content(of: root))
    }

    /// Every project file under `root` through parse → check → score, as the build does it.
    static func content(of root: URL) -> SiteContent {
        let tree = ContentTree(root: root)
        let paths = tree.projectPaths().sorted()
        let reports = ProjectAnalysis.reports(for: paths.map { ProjectAnalysis.parse($0, in: tree) })
        var modified: [String: Date] = [:]
        for path in paths { modified[path] = tree.modificationDate(of: path) }
        return SiteContent(reports: reports, sourceModified: modified, rules: RuleCatalogue.descriptions,
                           configuration: SiteConfiguration(repositoryURL: "https://git.example.org/finance/targets"),
                           version: "0.1.0")
    }

    static let packageContent = BrowserTests.packageRoot.appendingPathComponent("content")
    static var hasPackageContent: Bool { !ContentTree(root: packageContent).projectPaths().isEmpty }

    /// The package's own `content/` (the real tables, once imported) in Chromium; screenshots in .artifacts/content.
    @Test(.enabled(if: BrowserTests.hasChromium && ParsedContentTests.hasPackageContent, "content/ is empty or no Chromium"))
    func packageContentWorksInChromium() throws {
        let content = Self.content(of: Self.packageContent)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try SiteFolder.write(SiteRenderer.render(content), to: site)
        let result = try PythonScript.run(
            BrowserTests.packageRoot.appendingPathComponent("Tests/browser/check_site.py"),
            arguments: ["--site", site.path, "--artifacts", BrowserTests.packageRoot.appendingPathComponent(".artifacts/content").path,
                        "--chromium", BrowserTests.chromium])
        #expect(result.status == 0, "check_site.py failed:\n\(result.output)")
    }

    @Test func parsedFilesBecomePages() throws {
        let (root, content) = try Self.makeContent()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(content.reports.count == 5)
        let files = SiteRenderer.render(content)
        let page = try #require(files["projects/2022/科技重大专项评估.html"]).text
        #expect(page.contains("<h1>2022年度科技重大专项评估绩效目标表</h1>"))
        #expect(page.contains("rowspan=\"3\" class=\"level1\">产出指标</th>"))
        #expect(page.contains("<span class=\"target-text\">≥20个</span>"))
        let broken = try #require(files["projects/2023/yaml_syntax.html"]).text
        #expect(broken.contains("此文件无法读取。"))
        let unknown = try #require(files["projects/2023/unknown_key.html"]).text
        #expect(unknown.contains("unknown_key"))
        #expect(unknown.contains("2023/unknown_key.yaml:9"))
        #expect(files["projects/2022/bom crlf.html"] != nil)
        #expect(SiteRenderer.render(content) == files)
    }

    @Test(.enabled(if: BrowserTests.shouldRun, BrowserTests.skipReason))
    func parsedSiteWorksInChromium() throws {
        guard BrowserTests.hasChromium else {
            Issue.record("Chromium is missing at \(BrowserTests.chromium); CI must run the browser test")
            return
        }
        let (root, content) = try Self.makeContent()
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-site-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: site)
        }
        try SiteFolder.write(SiteRenderer.render(content), to: site)
        let result = try PythonScript.run(
            BrowserTests.packageRoot.appendingPathComponent("Tests/browser/check_site.py"),
            arguments: ["--site", site.path, "--artifacts", BrowserTests.packageRoot.appendingPathComponent(".artifacts/parsed").path,
                        "--chromium", BrowserTests.chromium])
        #expect(result.status == 0, "check_site.py failed:\n\(result.output)")
    }
}
