import JixiaoModel

/// One project's share of the aggregate files, rendered once per report: its row of the overview
/// table, its rows of the findings table, its element of `projects.json`, its rows of
/// `indicators.csv`, and the figures the headline, charts and filters add up. The aggregates are
/// these parts concatenated in path order plus small global parts, so a change re-renders only the
/// changed projects' fragments (`SiteRenderer.renderAggregates(_:fragments:)`).
public struct ProjectFragments: Sendable {
    /// The content path of the report (aggregates list projects in this order).
    public let path: String
    let figures: ReportFigures
    /// `<tr>…</tr>` of the overview table.
    let overviewRow: [UInt8]
    /// The `<tr>` of every finding of the findings table.
    let findingsRows: [UInt8]
    /// Findings by rule (count, most serious severity), for the findings chart, filters and rules page.
    let ruleCounts: [String: RuleCount]
    /// Indicators by category (一级, 二级) in first-seen order, for the category chart.
    let categoryCounts: [CategoryCount]
    let findingCount: Int
    /// The report as compact JSON with sorted keys, one line.
    let json: [UInt8]
    /// The indicator rows of the CSV export, each ending in CRLF.
    let csvRows: [UInt8]

    /// How often one rule fired in this project.
    struct RuleCount: Sendable, Equatable {
        var severity: Severity
        var count: Int
    }

    /// How many indicators this project has in one category.
    struct CategoryCount: Sendable, Equatable {
        var level1: String
        var level2: String
        var count: Int
    }

    init(report: ProjectReport, content: SiteContent) {
        path = report.path
        figures = ReportFigures(report)
        overviewRow = OverviewPage.row(figures).bytes
        let findings = FindingsPage.rows(report, content: content)
        findingsRows = findings.markup.bytes
        findingCount = findings.count
        var rules: [String: RuleCount] = [:]
        for diagnostic in report.diagnostics {
            let current = rules[diagnostic.rule]
            rules[diagnostic.rule] = RuleCount(severity: min(current?.severity ?? diagnostic.severity, diagnostic.severity),
                                               count: (current?.count ?? 0) + 1)
        }
        ruleCounts = rules
        var categories: [CategoryCount] = []
        for indicator in report.project?.indicators ?? [] {
            if let index = categories.firstIndex(where: { $0.level1 == indicator.level1.text && $0.level2 == indicator.level2.text }) {
                categories[index].count += 1
            } else {
                categories.append(CategoryCount(level1: indicator.level1.text, level2: indicator.level2.text, count: 1))
            }
        }
        categoryCounts = categories
        json = ProjectsExport.element(report)
        csvRows = IndicatorsExport.rows(report)
    }

    /// The aggregate files (output paths) that must be re-rendered when this project's fragments
    /// replace `old`: only those that show a part that differs. (Global inputs — the set of
    /// projects, the latest modification time, the version — are the builder's to check.)
    public func aggregatesChanged(from old: ProjectFragments) -> Set<String> {
        var changed: Set<String> = []
        if path != old.path { return Set(SiteRenderer.aggregatePaths) }
        if overviewRow != old.overviewRow || categoryCounts != old.categoryCounts || ruleCounts != old.ruleCounts
            || !figures.sameAggregateFigures(as: old.figures) {
            changed.insert(SitePaths.index)
        }
        if findingsRows != old.findingsRows || ruleCounts != old.ruleCounts
            || figures.errorCount != old.figures.errorCount || figures.warningCount != old.figures.warningCount {
            changed.insert(SitePaths.findings)
        }
        if ruleCounts != old.ruleCounts { changed.insert(SitePaths.rules) }
        if json != old.json { changed.insert(SitePaths.projectsJSON) }
        if csvRows != old.csvRows { changed.insert(SitePaths.indicatorsCSV) }
        return changed
    }
}
