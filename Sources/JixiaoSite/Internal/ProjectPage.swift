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
        guard let project = report.project else { return layout.document(brokenFile) }
        let lines = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
        var main: [Markup] = [breadcrumb, title(project), summary]
        if !lines.unmatched.isEmpty {
            main.append(el("section", [cls("findings-top print-optional"), attr("id", "findings")], [
                el("h2", "整体问题"),
                el("p", [cls("hint")], "以下问题不对应某一行指标；对应指标的问题列在该行右侧。"),
                findings.list(lines.unmatched),
            ]))
        }
        main.append(TargetForm(project: project, lines: lines, findings: findings).markup)
        main.append(qualitySection)
        main.append(selfEvaluationSection)
        return layout.document(main)
    }

    // MARK: Parts

    /// The line above the title: where we are, and the edit link when a repository is configured.
    private var breadcrumb: Markup {
        el("div", [cls("page-tools no-print")], [
            el("nav", [cls("breadcrumb"), attr("aria-label", "位置")], [
                el("a", [attr("href", layout.link(SitePaths.index))], "总览"),
                .text(" › "),
                el("span", report.path),
            ]),
            editLink ?? .empty,
        ])
    }

    private func title(_ project: Project) -> Markup {
        let meta: [Markup] = [
            el("span", [cls("form-unit")], project.unit?.text ?? ""),
            el("span", [cls("form-money-unit")], "单位：" + moneyUnit(project)),
        ]
        return el("div", [cls("form-title")], [
            el("h1", project.displayName + "绩效目标表"),
            el("div", [cls("form-meta")], meta),
        ])
    }

    private func moneyUnit(_ project: Project) -> String {
        guard let unit = project.moneyUnit, !unit.isBlank else { return "万元" }
        return unit.text
    }

    private var editLink: Markup? {
        guard let url = content.configuration.editURL(forContentPath: report.path) else { return nil }
        return el("a", [cls("edit-link no-print"), attr("href", url), attr("rel", "noopener noreferrer")], "编辑此文件")
    }

    private var summary: Markup {
        var cards: [Markup] = []
        if let quality = report.quality {
            cards.append(scoreCard("目标质量", quality.score, quality.grade))
        }
        if let evaluation = report.selfEvaluation {
            cards.append(scoreCard("年终自评", evaluation.score, evaluation.grade))
        }
        cards.append(el("div", [cls("card" + (report.errorCount > 0 ? " tone-error" : " tone-ok"))], [
            el("div", [cls("card-label")], "审核发现"),
            el("div", [cls("card-value")], [.text("\(report.errorCount)"), el("small", "个错误")]),
            el("div", [cls("card-note")], "\(report.warningCount) 个警告 · 源文件 \(report.path)"),
        ]))
        return el("section", [cls("cards cards-compact no-print"), attr("aria-label", "得分")], cards)
    }

    private func scoreCard(_ label: String, _ score: Double, _ grade: Grade) -> Markup {
        el("div", [cls("card " + ReportFigures.gradeClass(grade))], [
            el("div", [cls("card-label")], label),
            el("div", [cls("card-value")], [.text(DisplayFormat.score(score)),
                                            el("small", [cls("grade " + ReportFigures.gradeClass(grade))], grade.rawValue)]),
            el("div", [cls("card-note")], "满分 100"),
        ])
    }

    private var qualitySection: Markup {
        guard let quality = report.quality else { return .empty }
        var parts: [Markup] = [
            el("h2", "目标质量评分"),
            el("p", [cls("score-line")], [
                el("strong", [cls("score-big")], DisplayFormat.score(quality.score)),
                .text(" 分 "),
                el("span", [cls("grade " + ReportFigures.gradeClass(quality.grade))], quality.grade.rawValue),
            ]),
        ]
        if quality.lost.isEmpty {
            parts.append(el("p", "未扣分：没有影响目标质量的问题。"))
        } else {
            let subtotals = ReviewCriterion.allCases.compactMap { criterion -> String? in
                let points = quality.lost.filter { $0.criterion == criterion }.map(\.points).reduce(0, +)
                return points > 0 ? "\(criterion.rawValue) −\(DisplayFormat.points(points))" : nil
            }
            parts.append(el("p", [cls("hint")], "扣分合计按审核要点：" + subtotals.joined(separator: "，")))
            let rows = quality.lost.map { loss in
                el("tr", [
                    el("td", loss.criterion.rawValue),
                    el("td", [el("a", [attr("href", layout.link(SitePaths.rules, fragment: loss.rule))],
                                 content.rule(loss.rule)?.name ?? loss.rule)]),
                    el("td", [cls("num points")], "−" + DisplayFormat.points(loss.points)),
                    el("td", [el("code", "\(report.path):\(loss.location.line)")]),
                    el("td", loss.message),
                ])
            }
            parts.append(el("div", [cls("table-scroll")], [el("table", [cls("data-table losses")], [
                el("thead", [el("tr", ["审核要点", "规则", "扣分", "位置", "说明"].map { el("th", [attr("scope", "col")], $0) })]),
                el("tbody", rows),
            ])]))
        }
        return el("section", [cls("quality print-optional")], parts)
    }

    private var selfEvaluationSection: Markup {
        guard let evaluation = report.selfEvaluation else {
            return el("section", [cls("self-evaluation no-print")], [
                el("h2", "年终自评"),
                el("p", [cls("no-year-end")], "本表尚未填写年终实际完成值，暂不进行自评打分。"),
            ])
        }
        let rows = evaluation.items.map { item in
            el("tr", [
                el("td", item.label), el("td", item.category),
                el("td", [cls("num")], DisplayFormat.points(item.weight)),
                el("td", [cls("num")], DisplayFormat.points(item.earned)),
                el("td", item.explanation),
            ])
        }
        let total = el("tr", [cls("total")], [
            el("th", [attr("scope", "row"), attr("colspan", "2")], "合计"),
            el("td", [cls("num")], DisplayFormat.points(evaluation.items.map(\.weight).reduce(0, +))),
            el("td", [cls("num")], DisplayFormat.score(evaluation.score)),
            el("td", [el("span", [cls("grade " + ReportFigures.gradeClass(evaluation.grade))], evaluation.grade.rawValue),
                      .text(" 权重方案：" + evaluation.profile)]),
        ])
        return el("section", [cls("self-evaluation")], [
            el("h2", "年终自评"),
            el("p", [cls("score-line")], [
                el("strong", [cls("score-big")], DisplayFormat.score(evaluation.score)),
                .text(" 分 "),
                el("span", [cls("grade " + ReportFigures.gradeClass(evaluation.grade))], evaluation.grade.rawValue),
            ]),
            el("div", [cls("table-scroll")], [el("table", [cls("data-table evaluation")], [
                el("thead", [el("tr", ["项目", "类别", "分值", "得分", "计算过程"].map { el("th", [attr("scope", "col")], $0) })]),
                el("tbody", rows + [total]),
            ])]),
        ])
    }

    private var brokenFile: [Markup] {
        let meta: [Markup] = [el("code", report.path)]
        return [
            breadcrumb,
            el("div", [cls("form-title")], [el("h1", report.path), el("div", [cls("form-meta")], meta)]),
            el("div", [cls("alert alert-error"), attr("role", "alert")], [
                el("strong", "此文件无法读取。"),
                .text("修正下列问题后，本页会显示完整的绩效目标表。"),
            ]),
            findings.list(report.diagnostics.sorted()),
        ]
    }
}
