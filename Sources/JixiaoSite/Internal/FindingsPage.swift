import JixiaoModel

/// `findings.html`: every finding of every project, filterable by rule and severity.
struct FindingsPage {
    let content: SiteContent
    let fragments: [ProjectFragments]
    let layout: PageLayout
    /// Render a marker instead of the rows (see `plan`).
    var streamed = false

    /// `fragments` in path order.
    init(content: SiteContent, fragments: [ProjectFragments]) {
        self.content = content
        self.fragments = fragments
        layout = PageLayout(page: SitePaths.findings, title: "问题清单", siteTitle: content.configuration.effectiveTitle,
                            section: .findings, updated: content.latestModification, version: content.version)
    }

    /// The page cut where its rows go (`AggregateParts`); reads no row bytes. Over the limit the
    /// page has no rows: it is whole.
    var plan: AggregatePlan {
        if isCounted { return AggregatePlan(head: bytes, rows: nil, tail: []) }
        var page = self
        page.streamed = true
        return AggregateParts.plan(page.bytes, rows: .findings)
    }

    /// More findings than `findings_page_limit`: the page counts them by rule instead of listing them.
    var isCounted: Bool { totalCount > content.configuration.effectiveFindingsPageLimit }

    private var totalCount: Int { fragments.reduce(0) { $0 + $1.findingCount } }

    var bytes: [UInt8] {
        var ruleIDs: Set<String> = []
        var count = 0
        for fragment in fragments {
            ruleIDs.formUnion(fragment.ruleCounts.keys)
            count += fragment.findingCount
        }
        let controls = TableControls.bar(for: "findings-table", noun: "条问题", [
            TableControls.search(placeholder: "搜索项目或问题说明"),
            TableControls.select(key: "rule", label: "规则", allLabel: "全部规则",
                                 options: TableControls.distinct(Array(ruleIDs)).map { ($0, content.rule($0)?.name ?? $0) }),
            TableControls.select(key: "severity", label: "级别", allLabel: "全部级别",
                                 options: Severity.allCases.map { ($0.rawValue, $0.chineseName) }),
        ])
        let errors = fragments.reduce(0) { $0 + $1.figures.errorCount }
        let warnings = fragments.reduce(0) { $0 + $1.figures.warningCount }
        if isCounted { return countedPage(count: count, errors: errors, warnings: warnings) }
        let table: Markup = count == 0
            ? el("p", [cls("empty")], "没有发现任何问题。")
            : el("div", [cls("table-scroll")], [el("table", [cls("data-table"), attr("id", "findings-table")], [
                el("thead", [el("tr", [
                    TableControls.sortableHeader("项目", kind: "text"),
                    TableControls.sortableHeader("位置", kind: "text"),
                    TableControls.sortableHeader("级别", kind: "text"),
                    TableControls.sortableHeader("规则", kind: "text"),
                    el("th", [attr("scope", "col")], "说明"),
                ])]),
                el("tbody", streamed ? [.trusted(AggregateParts.marker)] : fragments.map { .trustedBytes($0.findingsRows) }),
            ])])
        return layout.document([
            el("h1", "问题清单"),
            el("p", [cls("lead")], "共 \(count) 条：\(errors) 个错误，\(warnings) 个警告，其余为提示。点项目名称查看该表，点规则查看说明。"),
            controls,
            table,
        ])
    }

    /// The page for more findings than a browser can list: how many of each rule, in how many
    /// projects, with the way to all of them (the CSV, the overview, each project's page).
    private func countedPage(count: Int, errors: Int, warnings: Int) -> [UInt8] {
        var totals: [String: (severity: Severity, findings: Int, projects: Int)] = [:]
        for fragment in fragments {
            for (rule, counted) in fragment.ruleCounts {
                let current = totals[rule] ?? (counted.severity, 0, 0)
                totals[rule] = (min(current.severity, counted.severity), current.findings + counted.count, current.projects + 1)
            }
        }
        let rules = totals.keys.sorted {
            let left = totals[$0]!, right = totals[$1]!
            if left.severity != right.severity { return left.severity < right.severity }
            if left.findings != right.findings { return left.findings > right.findings }
            return $0 < $1
        }
        let rows = rules.map { rule -> Markup in
            let total = totals[rule]!
            return el("tr", [
                el("td", [el("a", [attr("href", layout.link(SitePaths.rules, fragment: rule))], content.rule(rule)?.name ?? rule)]),
                el("td", [el("code", rule)]),
                el("td", [el("span", [cls("severity severity-" + total.severity.rawValue)], total.severity.chineseName)]),
                el("td", [cls("num"), attr("data-value", "\(total.findings)")], "\(total.findings)"),
                el("td", [cls("num"), attr("data-value", "\(total.projects)")], "\(total.projects)"),
            ])
        }
        let limit = content.configuration.effectiveFindingsPageLimit
        return layout.document([
            el("h1", "问题清单"),
            el("p", [cls("lead")], "共 \(count) 条：\(errors) 个错误，\(warnings) 个警告，其余为提示。"),
            el("div", [cls("alert"), attr("role", "note")], [
                .text("问题超过 \(limit) 条，本页按规则汇总，不逐条列出（逐条列出时浏览器要很久才能打开）。全部问题见 "),
                el("a", [attr("href", layout.link(SitePaths.findingsCSV))], "findings.csv"),
                .text("（可用 Excel 打开）；在"),
                el("a", [attr("href", layout.link(SitePaths.index))], "总览"),
                .text("中按单位、年度或错误数筛选排序后，打开项目页查看每条问题所在的行。"),
            ]),
            el("div", [cls("table-scroll")], [el("table", [cls("data-table"), attr("id", "findings-by-rule")], [
                el("thead", [el("tr", [
                    TableControls.sortableHeader("规则", kind: "text"),
                    el("th", [attr("scope", "col")], "编号"),
                    TableControls.sortableHeader("级别", kind: "text"),
                    TableControls.sortableHeader("问题数", kind: "number", numeric: true),
                    TableControls.sortableHeader("涉及项目", kind: "number", numeric: true),
                ])]),
                el("tbody", rows),
            ])]),
        ])
    }

    /// One project's rows of the findings table (links relative to findings.html at the root) and their number.
    static func rows(_ report: ProjectReport, content: SiteContent) -> (markup: Markup, count: Int) {
        let sorted = report.diagnostics.sorted()
        let anchors = anchors(report, sorted: sorted)
        let name = report.project?.displayName ?? report.path
        let pageLink = link(SitePaths.projectPage(id: report.id, path: report.path))
        let rows = sorted.enumerated().map {
            row(report, $0.element, name: name, pageLink: pageLink, anchor: anchors[$0.offset], content: content)
        }
        return (.group(rows), rows.count)
    }

    /// For each finding (in sorted order), where on its project page it is shown: the indicator's
    /// row, or the list of findings at the top.
    static func anchors(_ report: ProjectReport, sorted: [Diagnostic]) -> [String?] {
        guard let project = report.project else { return sorted.map { _ in nil } }
        // By line, as the page places them (no dictionary keyed by findings: hashing their
        // Chinese messages cost more than the rest of the row).
        let lines = IndicatorLines(indicators: project.indicators, diagnostics: [])
        return sorted.map { diagnostic in
            lines.indicator(containingLine: diagnostic.location.line).map { TargetForm.rowAnchor(project.indicators[$0]) }
                ?? "findings"
        }
    }

    private static func row(_ report: ProjectReport, _ diagnostic: Diagnostic, name: String, pageLink: String,
                            anchor: String?, content: SiteContent) -> Markup {
        let ruleName = content.rule(diagnostic.rule)?.name ?? diagnostic.rule
        let severityRank = Severity.allCases.firstIndex(of: diagnostic.severity) ?? 0
        // Search and sort read the cells' text where it is the value: no copies in attributes
        // (a province has tens of thousands of findings; each byte here is repeated as often).
        return el("tr", [attr("data-rule", diagnostic.rule), attr("data-severity", diagnostic.severity.rawValue)], [
            el("td", [el("a", [attr("href", pageLink)], name)]),
            el("td", [attr("data-value", report.path + String(format6(diagnostic.location.line)))],
               [el("a", [attr("href", anchor.map { pageLink + "#" + SitePaths.encodeSegment($0) } ?? pageLink)], [el("code", "\(report.path):\(diagnostic.location.line)")])]),
            el("td", [attr("data-value", "\(severityRank)")],
               [el("span", [cls("severity severity-" + diagnostic.severity.rawValue)], diagnostic.severity.chineseName)]),
            el("td", [el("a", [attr("href", link(SitePaths.rules, fragment: diagnostic.rule))], ruleName)]),
            el("td", diagnostic.message),
        ])
    }

    private static func link(_ target: String, fragment: String? = nil) -> String {
        SitePaths.href(from: SitePaths.findings, to: target, fragment: fragment)
    }

    /// Zero-padded line numbers so `a.yaml:9` sorts before `a.yaml:10` as text.
    private static func format6(_ line: Int) -> String {
        let digits = String(line)
        return ":" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
