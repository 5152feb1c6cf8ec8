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

    /// The same for a report not made yet: its id and content path are enough.
    public static func projectPagePath(id: String, path: String) -> String {
        SitePaths.projectPage(id: id, path: path)
    }

    /// The page of one project. It depends only on this report, the rules, the configuration, the
    /// version and this file's modification time, so editing one file re-renders one page.
    public static func renderProjectPage(_ report: ProjectReport, in content: SiteContent) -> [UInt8] {
        ProjectPage(report: report, content: content).bytes
    }

    /// One project's parts of the aggregates. They depend only on this report and the rule catalogue
    /// (not on the modification times, configuration or version), so a builder may keep them for as
    /// long as the report is unchanged.
    /// `listingFindings: false` leaves out the findings.html rows (see `ProjectFragments.listsFindings`).
    public static func renderFragments(_ report: ProjectReport, in content: SiteContent,
                                       listingFindings: Bool = true) -> ProjectFragments {
        ProjectFragments(report: report, content: content, listingFindings: listingFindings)
    }

    /// Everything that aggregates all projects: index.html, findings.html, rules.html,
    /// data/projects.json, data/indicators.csv and the assets.
    public static func renderAggregates(_ content: SiteContent) -> [String: [UInt8]] {
        renderAggregates(content, fragments: content.sortedReports.map { renderFragments($0, in: content) })
    }

    /// The aggregates assembled from every project's fragments (any order: they are put in path
    /// order here). `content.reports` is not read: the fragments stand for the reports; the rest of
    /// `content` (modification times, rules, configuration, version) is.
    /// `only` limits the work to those output paths (see `ProjectFragments.aggregatesChanged`).
    public static func renderAggregates(_ content: SiteContent, fragments: [ProjectFragments],
                                        only: Set<String>? = nil) -> [String: [UInt8]] {
        let ordered = isSorted(fragments) ? fragments : fragments.sorted { $0.path < $1.path }
        var files: [String: [UInt8]] = [:]
        for path in aggregatePaths where only?.contains(path) ?? true {
            switch path {
            case SitePaths.index: files[path] = OverviewPage(content: content, fragments: ordered).bytes
            case SitePaths.findings: files[path] = FindingsPage(content: content, fragments: ordered).bytes
            case SitePaths.rules: files[path] = RulesPage(content: content, fragments: ordered).bytes
            case SitePaths.projectsJSON: files[path] = ProjectsExport.plan(content: content, fragments: ordered).bytes(ordered)
            case SitePaths.indicatorsCSV: files[path] = IndicatorsExport.plan.bytes(ordered)
            case SitePaths.findingsCSV: files[path] = FindingsExport.plan.bytes(ordered)
            case SitePaths.stylesheet: files[path] = Array(SiteStylesheet.source.utf8)
            case SitePaths.script: files[path] = Array(SiteScript.source.utf8)
            default: break
            }
        }
        return files
    }

    /// One aggregate as consecutive parts whose concatenation is `renderAggregates(…)[path]`, so a
    /// writer can stream a 100 MB aggregate instead of assembling it (most parts are the fragments'
    /// own bytes, shared, not copied).
    public static func renderAggregateParts(_ path: String, content: SiteContent, fragments: [ProjectFragments]) -> [[UInt8]] {
        let ordered = isSorted(fragments) ? fragments : fragments.sorted { $0.path < $1.path }
        return aggregatePlan(path, content: content, fragments: ordered).parts(ordered)
    }

    /// How one aggregate is made from the projects' row bytes (`ProjectFragments.Rows`), without
    /// reading them: the fragments may be copies `withoutRows()` (in path order) while the caller
    /// streams the rows from where it keeps them. The rules page, stylesheet and script have no rows.
    public static func aggregatePlan(_ path: String, content: SiteContent, fragments: [ProjectFragments]) -> AggregatePlan {
        switch path {
        case SitePaths.index: return OverviewPage(content: content, fragments: fragments).plan
        case SitePaths.findings: return FindingsPage(content: content, fragments: fragments).plan
        case SitePaths.projectsJSON: return ProjectsExport.plan(content: content, fragments: fragments)
        case SitePaths.indicatorsCSV: return IndicatorsExport.plan
        case SitePaths.findingsCSV: return FindingsExport.plan
        // Whole files, made here rather than through `renderAggregates(_:fragments:only:)`, which
        // checks the 10,000 fragments' order again for each (the rules page only counts findings).
        case SitePaths.rules: return AggregatePlan(head: RulesPage(content: content, fragments: fragments).bytes, rows: nil, tail: [])
        case SitePaths.stylesheet: return AggregatePlan(head: Array(SiteStylesheet.source.utf8), rows: nil, tail: [])
        case SitePaths.script: return AggregatePlan(head: Array(SiteScript.source.utf8), rows: nil, tail: [])
        default:
            return AggregatePlan(head: renderAggregates(content, fragments: fragments, only: [path])[path] ?? [],
                                 rows: nil, tail: [])
        }
    }

    /// What every aggregate shows besides the projects' fragments: the version and the latest
    /// modification time as displayed. When it is unchanged, an aggregate none of whose fragments
    /// changed is unchanged too.
    public static func aggregateStamp(_ content: SiteContent) -> String {
        [content.version, content.configuration.effectiveTitle, String(content.configuration.effectiveFindingsPageLimit),
         content.latestModification.map(DisplayFormat.chinaTime) ?? ""]
            .joined(separator: "\u{1F}")
    }

    /// The output paths `renderAggregates` produces, for a build that needs to know them up front.
    /// The findings page, which lists findings only up to `findings_page_limit`.
    public static let findingsPagePath = SitePaths.findings

    public static let aggregatePaths: [String] = [
        SitePaths.index, SitePaths.findings, SitePaths.rules, SitePaths.projectsJSON, SitePaths.indicatorsCSV,
        SitePaths.findingsCSV, SitePaths.stylesheet, SitePaths.script,
    ]

    private static func isSorted(_ fragments: [ProjectFragments]) -> Bool {
        zip(fragments, fragments.dropFirst()).allSatisfy { $0.path < $1.path }
    }
}
