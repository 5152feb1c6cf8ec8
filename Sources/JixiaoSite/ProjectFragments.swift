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
    /// The `<tr>` of every finding of the findings table (none when `listsFindings` is false).
    let findingsRows: [UInt8]
    /// False when the findings rows were left out (`listingFindings: false`): findings.html only
    /// lists findings up to `findings_page_limit`, and a builder that already counts more than that
    /// need not render rows nobody will show (it renders them when the total drops to the limit).
    public let listsFindings: Bool
    /// Findings by rule (count, most serious severity), for the findings chart, filters and rules page.
    let ruleCounts: [String: RuleCount]
    /// Indicators by category (一级, 二级) in first-seen order, for the category chart.
    let categoryCounts: [CategoryCount]
    /// The findings of the report (listed or not).
    public let findingCount: Int
    /// The project's summary as compact JSON with sorted keys, one line, after `,` and a newline
    /// (the first element of projects.json drops the comma: `AggregatePlan.firstRowSkip`).
    let json: [UInt8]
    /// The indicator rows of the CSV export, each ending in CRLF.
    let csvRows: [UInt8]
    /// The rows of data/findings.csv, each ending in CRLF.
    let findingsCSVRows: [UInt8]
    /// A hash of each of `Rows`'s bytes, in `Rows.allCases` order: what `aggregatesChanged`
    /// compares, so a copy `withoutRows()` can stand for the old fragments.
    let rowHashes: [UInt64]

    /// The per-project bytes of the aggregates that list projects: a builder may keep them apart
    /// (on disk) and stream them into `AggregatePlan`'s files itself.
    public enum Rows: Int, CaseIterable, Sendable {
        case overview, findings, json, csv, findingsCSV
    }

    /// The report's errors and warnings (`ProjectReport.errorCount` and `warningCount`, counted
    /// once: those properties filter the findings into a new array on every read).
    public var errorCount: Int { figures.errorCount }
    public var warningCount: Int { figures.warningCount }

    /// This project's bytes of one listing aggregate (empty in a copy `withoutRows()`).
    public func bytes(_ rows: Rows) -> [UInt8] {
        switch rows {
        case .overview: overviewRow
        case .findings: findingsRows
        case .json: json
        case .csv: csvRows
        case .findingsCSV: findingsCSVRows
        }
    }

    /// A copy without the row bytes: enough for `SiteRenderer.aggregatePlan` and for
    /// `aggregatesChanged`, a fraction of the memory.
    public func withoutRows() -> ProjectFragments {
        ProjectFragments(self, keepingRows: false)
    }

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

    init(report: ProjectReport, content: SiteContent, listingFindings: Bool = true) {
        path = report.path
        figures = ReportFigures(report)
        let sorted = report.diagnostics.sorted()
        // Where each finding sits on the project page: for the findings rows' anchors and the
        // CSV's count per indicator (worked out once for both).
        let lines = report.project.map { IndicatorLines(indicators: $0.indicators, sortedDiagnostics: sorted) }
        // Rows are written into scratch buffers and copied out at their exact size: fragments are
        // kept for every project, and spare capacity held a third of the builder's memory unused.
        // The project page's path, for the overview's link, the findings rows' and the JSON line.
        let page = SitePaths.projectPage(id: report.id, path: report.path)
        var html = HTMLWriter(capacity: 16_384)
        OverviewPage.writeRow(figures, page: page, to: &html)
        overviewRow = html.takeBytes()
        listsFindings = listingFindings
        if listingFindings {
            findingCount = FindingsPage.writeRows(report, sorted: sorted, lines: lines, content: content, page: page, to: &html)
            findingsRows = html.takeBytes()
        } else {
            findingCount = sorted.count
            findingsRows = []
        }
        var rows = ByteBuffer(capacity: 16_384)
        FindingsExport.writeRows(report, sorted: sorted, content: content, to: &rows)
        findingsCSVRows = rows.take()
        if let lines { IndicatorsExport.writeRows(report, lines: lines, to: &rows) }
        csvRows = rows.take()
        var rules: [String: RuleCount] = [:]
        for diagnostic in report.diagnostics {
            let current = rules[diagnostic.rule]
            rules[diagnostic.rule] = RuleCount(severity: min(current?.severity ?? diagnostic.severity, diagnostic.severity),
                                               count: (current?.count ?? 0) + 1)
        }
        ruleCounts = rules
        var categories: [CategoryCount] = []
        // Whether both texts of each category are plain (`PlainText`: equal exactly when their
        // bytes are).
        var plain: [Bool] = []
        var last = 0
        for indicator in report.project?.indicators ?? [] {
            let level1 = indicator.level1.text, level2 = indicator.level2.text
            // The category whose texts are `==` these; there is at most one (the list never holds
            // two equal ones), so the first found is it. Equal bytes are `==`: the previous row's
            // category first (rows of a category are together), then any with the same bytes;
            // the canonical comparison only when none has them and some text is not plain.
            func sameBytes(_ index: Int) -> Bool {
                TextBytes.same(categories[index].level1, level1) && TextBytes.same(categories[index].level2, level2)
            }
            var index = last < categories.count && sameBytes(last) ? last : categories.indices.first(where: sameBytes)
            if index == nil {
                let isPlain = PlainText.isPlain(level1) && PlainText.isPlain(level2)
                index = categories.indices.first {
                    !(isPlain && plain[$0]) && categories[$0].level1 == level1 && categories[$0].level2 == level2
                }
                if index == nil {
                    categories.append(CategoryCount(level1: level1, level2: level2, count: 0))
                    plain.append(isPlain)
                    index = categories.count - 1
                }
            }
            if let index {
                categories[index].count += 1
                last = index
            }
        }
        categoryCounts = categories
        var line = ProjectsExport.separator
        line.reserveCapacity(1024)
        ProjectsExport.writeElement(report, ruleCounts: rules.mapValues(\.count), page: page, to: &line)
        rows.append(line)
        json = rows.take()
        rowHashes = [overviewRow, findingsRows, json, csvRows, findingsCSVRows].map(Self.hash)
    }

    private init(_ other: ProjectFragments, keepingRows: Bool) {
        path = other.path
        figures = other.figures
        ruleCounts = other.ruleCounts
        categoryCounts = other.categoryCounts
        findingCount = other.findingCount
        listsFindings = other.listsFindings
        rowHashes = other.rowHashes
        overviewRow = keepingRows ? other.overviewRow : []
        findingsRows = keepingRows ? other.findingsRows : []
        json = keepingRows ? other.json : []
        csvRows = keepingRows ? other.csvRows : []
        findingsCSVRows = keepingRows ? other.findingsCSVRows : []
    }

    /// `OutputHash`, 8 bytes a step (SipHash through `Hasher` was 6 % of rendering).
    private static func hash(_ bytes: [UInt8]) -> UInt64 { OutputHash.of(bytes) }

    /// The aggregate files (output paths) that must be re-rendered when this project's fragments
    /// replace `old`: only those that show a part that differs. (Global inputs — the set of
    /// projects, the latest modification time, the version — are the builder's to check.)
    public func aggregatesChanged(from old: ProjectFragments) -> Set<String> {
        var changed: Set<String> = []
        if path != old.path { return Set(SiteRenderer.aggregatePaths) }
        func differs(_ rows: Rows) -> Bool { rowHashes[rows.rawValue] != old.rowHashes[rows.rawValue] }
        if differs(.overview) || categoryCounts != old.categoryCounts || ruleCounts != old.ruleCounts
            || !figures.sameAggregateFigures(as: old.figures) {
            changed.insert(SitePaths.index)
        }
        if differs(.findings) || ruleCounts != old.ruleCounts
            || figures.errorCount != old.figures.errorCount || figures.warningCount != old.figures.warningCount {
            changed.insert(SitePaths.findings)
        }
        if ruleCounts != old.ruleCounts { changed.insert(SitePaths.rules) }
        if differs(.json) { changed.insert(SitePaths.projectsJSON) }
        if differs(.csv) { changed.insert(SitePaths.indicatorsCSV) }
        if differs(.findingsCSV) { changed.insert(SitePaths.findingsCSV) }
        return changed
    }
}
