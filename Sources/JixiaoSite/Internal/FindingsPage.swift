import JixiaoModel

/// `findings.html`: every finding of every project, filterable by rule and severity.
struct FindingsPage {
    let content: SiteContent
    let layout: PageLayout

    init(content: SiteContent) {
        self.content = content
        layout = PageLayout(page: SitePaths.findings, title: "问题清单", siteTitle: content.configuration.effectiveTitle,
                            section: .findings, updated: content.latestModification, version: content.version)
    }

    var bytes: [UInt8] {
        let entries = content.sortedReports.flatMap { report in
            let anchors = Self.anchors(report)
            return report.diagnostics.sorted().enumerated().map { (report, $0.element, anchors[$0.offset]) }
        }
        let ruleIDs = TableControls.distinct(entries.map(\.1.rule))
        let controls = TableControls.bar(for: "findings-table", noun: "条问题", [
            TableControls.search(placeholder: "搜索项目或问题说明"),
            TableControls.select(key: "rule", label: "规则", allLabel: "全部规则",
                                 options: ruleIDs.map { ($0, content.rule($0)?.name ?? $0) }),
            TableControls.select(key: "severity", label: "级别", allLabel: "全部级别",
                                 options: Severity.allCases.map { ($0.rawValue, $0.chineseName) }),
        ])
        let errors = entries.filter { $0.1.severity == .error }.count
        let warnings = entries.filter { $0.1.severity == .warning }.count
        let table: Markup = entries.isEmpty
            ? el("p", [cls("empty")], "没有发现任何问题。")
            : el("div", [cls("table-scroll")], [el("table", [cls("data-table"), attr("id", "findings-table")], [
                el("thead", [el("tr", [
                    TableControls.sortableHeader("项目", kind: "text"),
                    TableControls.sortableHeader("位置", kind: "text"),
                    TableControls.sortableHeader("级别", kind: "text"),
                    TableControls.sortableHeader("规则", kind: "text"),
                    el("th", [attr("scope", "col")], "说明"),
                ])]),
                el("tbody", entries.map { row($0.0, $0.1, anchor: $0.2) }),
            ])])
        return layout.document([
            el("h1", "问题清单"),
            el("p", [cls("lead")], "共 \(entries.count) 条：\(errors) 个错误，\(warnings) 个警告，其余为提示。点项目名称查看该表，点规则查看说明。"),
            controls,
            table,
        ])
    }

    /// For each finding (in sorted order), where on its project page it is shown: the indicator's
    /// row, or the list of findings at the top.
    static func anchors(_ report: ProjectReport) -> [String?] {
        let sorted = report.diagnostics.sorted()
        guard let project = report.project else { return sorted.map { _ in nil } }
        let lines = IndicatorLines(indicators: project.indicators, diagnostics: sorted)
        var rowOf: [Diagnostic: String] = [:]
        for (index, matched) in lines.byIndicator.enumerated() {
            for diagnostic in matched { rowOf[diagnostic] = TargetForm.rowAnchor(project.indicators[index]) }
        }
        return sorted.map { rowOf[$0] ?? "findings" }
    }

    private func row(_ report: ProjectReport, _ diagnostic: Diagnostic, anchor: String?) -> Markup {
        let name = report.project?.displayName ?? report.path
        let page = SitePaths.projectPage(id: report.id, path: report.path)
        let ruleName = content.rule(diagnostic.rule)?.name ?? diagnostic.rule
        let severityRank = Severity.allCases.firstIndex(of: diagnostic.severity) ?? 0
        return el("tr", [attr("data-rule", diagnostic.rule), attr("data-severity", diagnostic.severity.rawValue),
                         attr("data-text", [name, report.path, ruleName, diagnostic.message].joined(separator: " "))], [
            el("td", [attr("data-value", name)], [el("a", [attr("href", layout.link(page))], name)]),
            el("td", [attr("data-value", report.path + String(format6(diagnostic.location.line)))],
               [el("a", [attr("href", layout.link(page, fragment: anchor))], [el("code", "\(report.path):\(diagnostic.location.line)")])]),
            el("td", [attr("data-value", "\(severityRank)")],
               [el("span", [cls("severity severity-" + diagnostic.severity.rawValue)], diagnostic.severity.chineseName)]),
            el("td", [attr("data-value", ruleName)],
               [el("a", [attr("href", layout.link(SitePaths.rules, fragment: diagnostic.rule))], ruleName)]),
            el("td", diagnostic.message),
        ])
    }

    /// Zero-padded line numbers so `a.yaml:9` sorts before `a.yaml:10` as text.
    private func format6(_ line: Int) -> String {
        let digits = String(line)
        return ":" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
