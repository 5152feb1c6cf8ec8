import JixiaoModel

/// Renders the dashboard site: pure functions from reports to file bytes (no I/O, no clock,
/// no randomness), so two renders of the same content are byte-identical.
public enum SiteRenderer {
    /// Every file of the site: relative output path → bytes (pages, data exports, assets).
    public static func render(_ content: SiteContent) -> [String: [UInt8]] {
        var files = renderAggregates(content)
        for report in content.reports {
            files[projectPagePath(for: report)] = renderProjectPage(report, in: content)
        }
        return files
    }

    /// The output path of a project's page, e.g. `projects/2022/海河实验室联盟.html`
    /// (the file on disk keeps its Chinese name; links to it are percent-encoded).
    public static func projectPagePath(for report: ProjectReport) -> String {
        SitePaths.projectPage(id: report.id, path: report.path)
    }

    /// The page of one project. It depends only on this report, the rules, the configuration, the
    /// version and this file's modification time, so editing one file re-renders one page.
    public static func renderProjectPage(_ report: ProjectReport, in content: SiteContent) -> [UInt8] {
        ProjectPage(report: report, content: content).bytes
    }

    /// Everything that aggregates all projects: index.html, findings.html, rules.html,
    /// data/projects.json, data/indicators.csv and the assets.
    public static func renderAggregates(_ content: SiteContent) -> [String: [UInt8]] {
        [
            SitePaths.index: OverviewPage(content: content).bytes,
            SitePaths.findings: FindingsPage(content: content).bytes,
            SitePaths.rules: RulesPage(content: content).bytes,
            SitePaths.projectsJSON: ProjectsExport(content: content).bytes,
            SitePaths.indicatorsCSV: IndicatorsExport(content: content).bytes,
            SitePaths.stylesheet: Array(SiteStylesheet.source.utf8),
            SitePaths.script: Array(SiteScript.source.utf8),
        ]
    }

    /// The output paths `renderAggregates` produces, for a build that needs to know them up front.
    public static let aggregatePaths: [String] = [
        SitePaths.index, SitePaths.findings, SitePaths.rules, SitePaths.projectsJSON, SitePaths.indicatorsCSV,
        SitePaths.stylesheet, SitePaths.script,
    ]
}
