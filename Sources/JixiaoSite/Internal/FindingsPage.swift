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
        let errors = fragments.reduce(0) { $0 + $1.figures.errorCount }
        let warnings = fragments.reduce(0) { $0 + $1.figures.warningCount }
        if isCounted { return countedPage(count: count, errors: errors, warnings: warnings) }
        let rules = TableControls.distinct(Array(ruleIDs)).map { ($0, content.rule($0)?.name ?? $0) }
        return layout.document { html in
            html.element("h1", text: "问题清单")
            html.element("p", .cls("lead"), text: "共 \(count) 条：\(errors) 个错误，\(warnings) 个警告，其余为提示。点项目名称查看该表，点规则查看说明。")
            TableControls.bar(for: "findings-table", noun: "条问题", &html) { html in
                TableControls.search(placeholder: "搜索项目或问题说明", &html)
                TableControls.select(key: "rule", label: "规则", allLabel: "全部规则", options: rules, &html)
                TableControls.select(key: "severity", label: "级别", allLabel: "全部级别",
                                     options: Severity.allCases.map { ($0.rawValue, $0.chineseName) }, &html)
            }
            guard count > 0 else { return html.element("p", .cls("empty"), text: "没有发现任何问题。") }
            html.element("div", .cls("table-scroll")) { html in
                html.element("table", .cls("data-table"), .attr("id", "findings-table")) { html in
                    html.element("thead") { html in
                        html.element("tr") { html in
                            TableControls.sortableHeader("项目", kind: "text", &html)
                            TableControls.sortableHeader("位置", kind: "text", &html)
                            TableControls.sortableHeader("级别", kind: "text", &html)
                            TableControls.sortableHeader("规则", kind: "text", &html)
                            html.element("th", .attr("scope", "col"), text: "说明")
                        }
                    }
                    html.element("tbody") { html in
                        if streamed {
                            html.raw(AggregateParts.marker)
                        } else {
                            for fragment in fragments { html.raw(fragment.findingsRows) }
                        }
                    }
                }
            }
        }
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
        let limit = content.configuration.effectiveFindingsPageLimit
        return layout.document { html in
            html.element("h1", text: "问题清单")
            html.element("p", .cls("lead"), text: "共 \(count) 条：\(errors) 个错误，\(warnings) 个警告，其余为提示。")
            html.element("div", .cls("alert"), .attr("role", "note")) { html in
                html.text("问题超过 \(limit) 条，本页按规则汇总，不逐条列出（逐条列出时浏览器要很久才能打开）。全部问题见 ")
                html.element("a", layout.href(SitePaths.findingsCSV), text: "findings.csv")
                html.text("（可用 Excel 打开）；在")
                html.element("a", layout.href(SitePaths.index), text: "总览")
                html.text("中按单位、年度或错误数筛选排序后，打开项目页查看每条问题所在的行。")
            }
            html.element("div", .cls("table-scroll")) { html in
                html.element("table", .cls("data-table"), .attr("id", "findings-by-rule")) { html in
                    html.element("thead") { html in
                        html.element("tr") { html in
                            TableControls.sortableHeader("规则", kind: "text", &html)
                            html.element("th", .attr("scope", "col"), text: "编号")
                            TableControls.sortableHeader("级别", kind: "text", &html)
                            TableControls.sortableHeader("问题数", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("涉及项目", kind: "number", numeric: true, &html)
                        }
                    }
                    html.element("tbody") { html in
                        for rule in rules {
                            let total = totals[rule]!
                            html.element("tr") { html in
                                html.element("td") { html in
                                    html.element("a", .attr("href", layout.link(SitePaths.rules, fragment: rule)),
                                                 text: content.rule(rule)?.name ?? rule)
                                }
                                html.element("td") { html in html.element("code", text: rule) }
                                html.element("td") { html in
                                    html.element("span", .cls("severity severity-", total.severity.rawValue),
                                                 text: total.severity.chineseName)
                                }
                                html.element("td", .cls("num"), .attr("data-value", total.findings)) { html in html.text(total.findings) }
                                html.element("td", .cls("num"), .attr("data-value", total.projects)) { html in html.text(total.projects) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes one project's rows of the findings table (links relative to findings.html at the
    /// root) and returns their number. `lines` places the findings on the project page (nil for a
    /// file that could not be read). Literal runs of markup around text escaped once per project:
    /// the bytes of `writeRowsByElements`.
    static func writeRows(_ report: ProjectReport, sorted: [Diagnostic], lines: IndicatorLines?, content: SiteContent,
                          page: String? = nil, to html: inout HTMLWriter) -> Int {
        guard !sorted.isEmpty else { return 0 }
        let name = HTMLWriter.escaped(report.project?.displayName ?? report.path)
        let pageLink = HTMLWriter.escaped(link(page ?? SitePaths.projectPage(id: report.id, path: report.path)))
        let path = HTMLWriter.escaped(report.path)
        let indicators = report.project?.indicators ?? []
        for diagnostic in sorted {
            let rule = content.ruleMarkup(diagnostic.rule)
            let line = diagnostic.location.line
            html.raw("<tr data-rule=\"")
            html.raw(rule.escapedIdentifier)
            html.raw("\" data-severity=\"")
            html.raw(diagnostic.severity.key)
            html.raw("\"><td><a href=\"")
            html.raw(pageLink)
            html.raw("\">")
            html.raw(name)
            html.raw("</a></td><td data-value=\"")
            html.raw(path)
            html.raw(":")
            html.zeroPadded(line, width: 6)
            html.raw("\"><a href=\"")
            html.raw(pageLink)
            if let lines {
                // The anchors are `row-N` or `findings`: nothing in them to percent-encode or escape.
                if let index = lines.indicator(containingLine: line) {
                    html.raw("#row-")
                    html.text(indicators[index].location.line)
                } else {
                    html.raw("#findings")
                }
            }
            html.raw("\"><code>")
            html.raw(path)
            html.raw(":")
            html.text(line)
            html.raw("</code></a></td><td data-value=\"")
            html.text(severityRank(diagnostic.severity))
            html.raw("\"><span class=\"severity severity-")
            html.raw(diagnostic.severity.key)
            html.raw("\">")
            html.raw(diagnostic.severity.chineseLiteral)
            html.raw("</span></td><td><a href=\"")
            html.raw(rule.link)
            html.raw("\">")
            html.raw(rule.name)
            html.raw("</a></td><td>")
            html.text(diagnostic.message)
            html.raw("</td></tr>")
        }
        return sorted.count
    }

    private static func severityRank(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }

    /// `writeRows` element by element, as it was written before the literal runs (for tests).
    static func writeRowsByElements(_ report: ProjectReport, sorted: [Diagnostic], content: SiteContent,
                                    to html: inout HTMLWriter) -> Int {
        let anchors = anchors(report, sorted: sorted)
        let name = report.project?.displayName ?? report.path
        let pageLink = link(SitePaths.projectPage(id: report.id, path: report.path))
        for (index, diagnostic) in sorted.enumerated() {
            writeRow(report, diagnostic, name: name, pageLink: pageLink, anchor: anchors[index], content: content, to: &html)
        }
        return sorted.count
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

    private static func writeRow(_ report: ProjectReport, _ diagnostic: Diagnostic, name: String, pageLink: String,
                                 anchor: String?, content: SiteContent, to html: inout HTMLWriter) {
        let severityRank = Severity.allCases.firstIndex(of: diagnostic.severity) ?? 0
        // Search and sort read the cells' text where it is the value: no copies in attributes
        // (a province has tens of thousands of findings; each byte here is repeated as often).
        html.element("tr", .attr("data-rule", diagnostic.rule), .attr("data-severity", diagnostic.severity.rawValue)) { html in
            html.element("td") { html in html.element("a", .attr("href", pageLink), text: name) }
            html.element("td", .attr("data-value", report.path, format6(diagnostic.location.line))) { html in
                html.element("a", .attr("href", pageLink, anchor.map { "#" + SitePaths.encodeSegment($0) } ?? "")) { html in
                    html.element("code") { html in
                        html.text(report.path)
                        html.text(":")
                        html.text(diagnostic.location.line)
                    }
                }
            }
            html.element("td", .attr("data-value", severityRank)) { html in
                html.element("span", .cls("severity severity-", diagnostic.severity.rawValue), text: diagnostic.severity.chineseName)
            }
            html.element("td") { html in
                html.element("a", .attr("href", content.ruleLinkFromRoot(diagnostic.rule)),
                             text: content.ruleName(diagnostic.rule) ?? diagnostic.rule)
            }
            html.element("td", text: diagnostic.message)
        }
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
