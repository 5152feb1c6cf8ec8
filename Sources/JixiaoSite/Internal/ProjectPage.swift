import JixiaoModel

/// One project's page: the official table with findings beside their rows, the quality score
/// with every lost point, and the self-evaluation; a broken file gets its findings instead.
struct ProjectPage {
    let report: ProjectReport
    let content: SiteContent
    let layout: PageLayout
    let findings: FindingMarkup

    init(report: ProjectReport, content: SiteContent) {
        self.report = report
        self.content = content
        let page = SitePaths.projectPage(id: report.id, path: report.path)
        let name = report.project?.displayName ?? report.path
        layout = PageLayout(page: page, title: name + "绩效目标表", siteTitle: content.configuration.effectiveTitle,
                            section: .project, updated: content.sourceModified[report.path], version: content.version)
        findings = FindingMarkup(content: content, layout: layout, path: report.path)
    }

    var bytes: [UInt8] {
        layout.document { html in main(&html, byElements: false) }
    }

    /// The page as it was written element by element, before the literal runs (for tests).
    var bytesByElements: [UInt8] {
        layout.documentByElements { html in main(&html, byElements: true) }
    }

    private func main(_ html: inout HTMLWriter, byElements: Bool) {
        guard let project = report.project else { return brokenFile(&html) }
        let lines = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
        breadcrumb(&html)
        title(project, &html)
        if byElements { summaryByElements(&html) } else { summary(&html) }
        if !lines.unmatched.isEmpty {
            html.element("section", .cls("findings-top print-optional"), .attr("id", "findings")) { html in
                html.element("h2", text: "整体问题")
                html.element("p", .cls("hint"), text: "以下问题不对应某一行指标；对应指标的问题列在该行右侧。")
                findings.writeList(lines.unmatched, to: &html)
            }
        }
        TargetForm(project: project, lines: lines, findings: findings).write(to: &html, byElements: byElements)
        if byElements {
            qualitySectionByElements(&html)
            selfEvaluationSectionByElements(&html)
        } else {
            qualitySection(&html)
            selfEvaluationSection(&html)
        }
    }

    // MARK: Parts

    /// The line above the title: where we are, and the edit link when a repository is configured.
    private func breadcrumb(_ html: inout HTMLWriter) {
        html.element("div", .cls("page-tools no-print")) { html in
            html.element("nav", .cls("breadcrumb"), .attr("aria-label", "位置")) { html in
                html.element("a", layout.href(SitePaths.index), text: "总览")
                html.text(" › ")
                html.element("span", text: report.path)
            }
            if let url = content.configuration.editURL(forContentPath: report.path) {
                html.element("a", .cls("edit-link no-print"), .attr("href", url), .attr("rel", "noopener noreferrer"),
                             text: "编辑此文件")
            }
        }
    }

    private func title(_ project: Project, _ html: inout HTMLWriter) {
        html.element("div", .cls("form-title")) { html in
            html.element("h1") { html in
                html.text(project.displayName)
                html.text("绩效目标表")
            }
            html.element("div", .cls("form-meta")) { html in
                html.element("span", .cls("form-unit"), text: project.unit?.text ?? "")
                html.element("span", .cls("form-money-unit")) { html in
                    html.text("单位：")
                    html.text(moneyUnit(project))
                }
            }
        }
    }

    private func moneyUnit(_ project: Project) -> String {
        guard let unit = project.moneyUnit, !unit.isBlank else { return "万元" }
        return unit.text
    }

    private func summary(_ html: inout HTMLWriter) {
        html.raw("<section class=\"cards cards-compact no-print\" aria-label=\"得分\">")
        if let quality = report.quality {
            scoreCard("目标质量", quality.score, quality.grade, &html)
        }
        if let evaluation = report.selfEvaluation {
            scoreCard("年终自评", evaluation.score, evaluation.grade, &html)
        }
        let severities = SeverityCounts(report.diagnostics)
        html.raw(severities.errors > 0 ? "<div class=\"card tone-error\">" : "<div class=\"card tone-ok\">")
        html.raw("<div class=\"card-label\">审核发现</div><div class=\"card-value\">")
        html.text(severities.errors)
        html.raw("<small>个错误</small></div><div class=\"card-note\">")
        html.text(severities.warnings)
        html.raw(" 个警告 · 源文件 ")
        html.raw(findings.escapedPath)
        html.raw("</div></div></section>")
    }

    private func summaryByElements(_ html: inout HTMLWriter) {
        html.element("section", .cls("cards cards-compact no-print"), .attr("aria-label", "得分")) { html in
            if let quality = report.quality {
                scoreCard("目标质量", quality.score, quality.grade, &html)
            }
            if let evaluation = report.selfEvaluation {
                scoreCard("年终自评", evaluation.score, evaluation.grade, &html)
            }
            html.element("div", .cls("card", report.errorCount > 0 ? " tone-error" : " tone-ok")) { html in
                html.element("div", .cls("card-label"), text: "审核发现")
                html.element("div", .cls("card-value")) { html in
                    html.text(report.errorCount)
                    html.element("small", text: "个错误")
                }
                html.element("div", .cls("card-note")) { html in
                    html.text(report.warningCount)
                    html.text(" 个警告 · 源文件 ")
                    html.text(report.path)
                }
            }
        }
    }

    private func scoreCard(_ label: String, _ score: Double, _ grade: Grade, _ html: inout HTMLWriter) {
        html.element("div", .cls("card ", ReportFigures.gradeClass(grade))) { html in
            html.element("div", .cls("card-label"), text: label)
            html.element("div", .cls("card-value")) { html in
                html.text(DisplayFormat.score(score))
                html.element("small", .cls("grade ", ReportFigures.gradeClass(grade)), text: grade.rawValue)
            }
            html.element("div", .cls("card-note"), text: "满分 100")
        }
    }

    /// `87.5 分 良` under a section's heading.
    private func scoreLine(_ score: Double, _ grade: Grade, _ html: inout HTMLWriter) {
        html.element("p", .cls("score-line")) { html in
            html.element("strong", .cls("score-big"), text: DisplayFormat.score(score))
            html.text(" 分 ")
            html.element("span", .cls("grade ", ReportFigures.gradeClass(grade)), text: grade.rawValue)
        }
    }

    /// A table's header row of plain column headings.
    private func headerRow(_ labels: [String], _ html: inout HTMLWriter) {
        html.element("thead") { html in
            html.element("tr") { html in
                for label in labels { html.element("th", .attr("scope", "col"), text: label) }
            }
        }
    }

    /// The quality score and every lost point; the table's rows in literal runs of markup, each
    /// rule's name and link escaped once per site (`RuleMarkup`).
    private func qualitySection(_ html: inout HTMLWriter) {
        guard let quality = report.quality else { return }
        html.raw("<section class=\"quality print-optional\"><h2>目标质量评分</h2>")
        scoreLine(quality.score, quality.grade, &html)
        guard !quality.lost.isEmpty else {
            html.raw("<p>未扣分：没有影响目标质量的问题。</p></section>")
            return
        }
        html.element("p", .cls("hint")) { html in lossSubtotals(quality, &html) }
        html.raw("<div class=\"table-scroll\"><table class=\"data-table losses\"><thead><tr><th scope=\"col\">审核要点</th>")
        html.raw("<th scope=\"col\">规则</th><th scope=\"col\">扣分</th><th scope=\"col\">位置</th><th scope=\"col\">说明</th>")
        html.raw("</tr></thead><tbody>")
        for loss in quality.lost {
            let rule = content.ruleMarkup(loss.rule)
            html.raw("<tr><td>")
            html.text(loss.criterion.rawValue)
            html.raw("</td><td><a href=\"")
            html.raw(findings.rootPrefix)
            html.raw(rule.link)
            html.raw("\">")
            html.raw(rule.name)
            html.raw("</a></td><td class=\"num points\">−")
            DisplayFormat.writePoints(loss.points, to: &html)
            html.raw("</td><td><code>")
            html.raw(findings.escapedPath)
            html.raw(":")
            html.text(loss.location.line)
            html.raw("</code></td><td>")
            html.text(loss.message)
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table></div></section>")
    }

    /// `扣分合计按审核要点：` and each criterion's points summed in the order lost, in one pass.
    private func lossSubtotals(_ quality: QualityScore, _ html: inout HTMLWriter) {
        html.text("扣分合计按审核要点：")
        var subtotals = [Double](repeating: 0, count: ReviewCriterion.allCases.count)
        for loss in quality.lost {
            if let index = ReviewCriterion.allCases.firstIndex(of: loss.criterion) { subtotals[index] += loss.points }
        }
        var first = true
        for (criterion, points) in zip(ReviewCriterion.allCases, subtotals) {
            guard points > 0 else { continue }
            if !first { html.text("，") }
            first = false
            html.text(criterion.rawValue)
            html.text(" −")
            html.text(DisplayFormat.points(points))
        }
    }

    /// The self-evaluation; its rows in literal runs of markup.
    private func selfEvaluationSection(_ html: inout HTMLWriter) {
        guard let evaluation = report.selfEvaluation else {
            html.raw("<section class=\"self-evaluation no-print\"><h2>年终自评</h2><p class=\"no-year-end\">")
            html.raw("本表尚未填写年终实际完成值，暂不进行自评打分。</p></section>")
            return
        }
        html.raw("<section class=\"self-evaluation\"><h2>年终自评</h2>")
        scoreLine(evaluation.score, evaluation.grade, &html)
        html.raw("<div class=\"table-scroll\"><table class=\"data-table evaluation\"><thead><tr><th scope=\"col\">项目</th>")
        html.raw("<th scope=\"col\">类别</th><th scope=\"col\">分值</th><th scope=\"col\">得分</th><th scope=\"col\">计算过程</th>")
        html.raw("</tr></thead><tbody>")
        var totalWeight = 0.0
        for item in evaluation.items {
            totalWeight += item.weight
            html.raw("<tr><td>")
            html.text(item.label)
            html.raw("</td><td>")
            html.text(item.category)
            html.raw("</td><td class=\"num\">")
            DisplayFormat.writePoints(item.weight, to: &html)
            html.raw("</td><td class=\"num\">")
            DisplayFormat.writePoints(item.earned, to: &html)
            html.raw("</td><td>")
            html.text(item.explanation)
            html.raw("</td></tr>")
        }
        html.raw("<tr class=\"total\"><th scope=\"row\" colspan=\"2\">合计</th><td class=\"num\">")
        DisplayFormat.writePoints(totalWeight, to: &html)
        html.raw("</td><td class=\"num\">")
        DisplayFormat.writeScore(evaluation.score, to: &html)
        html.raw("</td><td>")
        html.element("span", .cls("grade ", ReportFigures.gradeClass(evaluation.grade)), text: evaluation.grade.rawValue)
        html.raw(" 权重方案：")
        html.text(evaluation.profile)
        html.raw("</td></tr></tbody></table></div></section>")
    }

    private func qualitySectionByElements(_ html: inout HTMLWriter) {
        guard let quality = report.quality else { return }
        html.element("section", .cls("quality print-optional")) { html in
            html.element("h2", text: "目标质量评分")
            scoreLine(quality.score, quality.grade, &html)
            guard !quality.lost.isEmpty else {
                html.element("p", text: "未扣分：没有影响目标质量的问题。")
                return
            }
            html.element("p", .cls("hint")) { html in lossSubtotals(quality, &html) }
            html.element("div", .cls("table-scroll")) { html in
                html.element("table", .cls("data-table losses")) { html in
                    headerRow(["审核要点", "规则", "扣分", "位置", "说明"], &html)
                    html.element("tbody") { html in
                        for loss in quality.lost {
                            html.element("tr") { html in
                                html.element("td", text: loss.criterion.rawValue)
                                html.element("td") { html in
                                    html.element("a", .attr("href", layout.link(SitePaths.rules, fragment: loss.rule)),
                                                 text: content.ruleName(loss.rule) ?? loss.rule)
                                }
                                html.element("td", .cls("num points")) { html in
                                    html.text("−")
                                    html.text(DisplayFormat.points(loss.points))
                                }
                                html.element("td") { html in
                                    html.element("code") { html in
                                        html.text(report.path)
                                        html.text(":")
                                        html.text(loss.location.line)
                                    }
                                }
                                html.element("td", text: loss.message)
                            }
                        }
                    }
                }
            }
        }
    }

    private func selfEvaluationSectionByElements(_ html: inout HTMLWriter) {
        guard let evaluation = report.selfEvaluation else {
            return html.element("section", .cls("self-evaluation no-print")) { html in
                html.element("h2", text: "年终自评")
                html.element("p", .cls("no-year-end"), text: "本表尚未填写年终实际完成值，暂不进行自评打分。")
            }
        }
        html.element("section", .cls("self-evaluation")) { html in
            html.element("h2", text: "年终自评")
            scoreLine(evaluation.score, evaluation.grade, &html)
            html.element("div", .cls("table-scroll")) { html in
                html.element("table", .cls("data-table evaluation")) { html in
                    headerRow(["项目", "类别", "分值", "得分", "计算过程"], &html)
                    html.element("tbody") { html in
                        for item in evaluation.items {
                            html.element("tr") { html in
                                html.element("td", text: item.label)
                                html.element("td", text: item.category)
                                html.element("td", .cls("num"), text: DisplayFormat.points(item.weight))
                                html.element("td", .cls("num"), text: DisplayFormat.points(item.earned))
                                html.element("td", text: item.explanation)
                            }
                        }
                        html.element("tr", .cls("total")) { html in
                            html.element("th", .attr("scope", "row"), .attr("colspan", "2"), text: "合计")
                            html.element("td", .cls("num"), text: DisplayFormat.points(evaluation.items.map(\.weight).reduce(0, +)))
                            html.element("td", .cls("num"), text: DisplayFormat.score(evaluation.score))
                            html.element("td") { html in
                                html.element("span", .cls("grade ", ReportFigures.gradeClass(evaluation.grade)),
                                             text: evaluation.grade.rawValue)
                                html.text(" 权重方案：")
                                html.text(evaluation.profile)
                            }
                        }
                    }
                }
            }
        }
    }

    private func brokenFile(_ html: inout HTMLWriter) {
        breadcrumb(&html)
        html.element("div", .cls("form-title")) { html in
            html.element("h1", text: report.path)
            html.element("div", .cls("form-meta")) { html in html.element("code", text: report.path) }
        }
        html.element("div", .cls("alert alert-error"), .attr("role", "alert")) { html in
            html.element("strong", text: "此文件无法读取。")
            html.text("修正下列问题后，本页会显示完整的绩效目标表。")
        }
        findings.writeList(report.diagnostics.sorted(), to: &html)
    }
}
