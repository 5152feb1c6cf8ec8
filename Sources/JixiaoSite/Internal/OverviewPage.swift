import JixiaoModel

/// `index.html`: headline figures, charts and the sortable, filterable table of all projects.
struct OverviewPage {
    let content: SiteContent
    let fragments: [ProjectFragments]
    let figures: [ReportFigures]
    let layout: PageLayout
    /// Render a marker instead of the rows (see `plan`).
    var streamed = false

    /// `fragments` in path order.
    init(content: SiteContent, fragments: [ProjectFragments]) {
        self.content = content
        self.fragments = fragments
        figures = fragments.map(\.figures)
        layout = PageLayout(page: SitePaths.index, title: content.configuration.effectiveTitle,
                            siteTitle: content.configuration.effectiveTitle, section: .overview,
                            updated: content.latestModification, version: content.version)
    }

    /// The page cut where its rows go (`AggregateParts`); reads no row bytes.
    var plan: AggregatePlan {
        var page = self
        page.streamed = true
        return AggregateParts.plan(page.bytes, rows: .overview)
    }

    var bytes: [UInt8] {
        layout.document([
            el("h1", "绩效目标总览"),
            headline,
            el("section", [cls("charts")], [budgetChart, qualityChart, categoryChart, findingsChart].map(\.markup)),
            projectTable,
        ])
    }

    // MARK: Headline figures

    private var headline: Markup {
        let broken = figures.filter(\.isBroken).count
        let total = figures.compactMap(\.budgetTotal).reduce(0, +)
        let fiscal = figures.compactMap(\.budgetFiscal).reduce(0, +)
        let indicators = figures.map(\.indicatorCount).reduce(0, +)
        let quantified = figures.map(\.quantifiedCount).reduce(0, +)
        let classified = figures.map(\.classifiedCount).reduce(0, +)
        let errors = figures.map(\.errorCount).reduce(0, +)
        let warnings = figures.map(\.warningCount).reduce(0, +)
        let scores = figures.compactMap(\.quality?.score)
        let average = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
        let averageGrade = average.map { Grade(score: $0) }
        return el("section", [cls("cards"), attr("aria-label", "关键数字")], [
            card("项目", "\(figures.count)", unit: "个",
                 note: broken > 0 ? "其中 \(broken) 个文件无法读取" : "全部文件可读取", tone: broken > 0 ? "tone-error" : nil),
            card("预算总额", DisplayFormat.money(total), unit: "万元",
                 note: "财政资金占 " + DisplayFormat.percent(fiscal, of: total)),
            card("绩效指标", "\(indicators)", unit: "个",
                 note: "定量与时限指标占 " + DisplayFormat.percent(Double(quantified), of: Double(classified))),
            card("发现问题", "\(errors)", unit: "个错误",
                 note: "另有 \(warnings) 个警告", tone: errors > 0 ? "tone-error" : "tone-ok"),
            card("平均目标质量分", average.map(DisplayFormat.score) ?? "—", unit: averageGrade.map { "（\($0.rawValue)）" } ?? "",
                 note: "满分 100，按四项审核要点扣分", tone: ReportFigures.gradeClass(averageGrade)),
        ])
    }

    private func card(_ label: String, _ value: String, unit: String, note: String, tone: String? = nil) -> Markup {
        el("div", [cls("card" + (tone.map { " " + $0 } ?? ""))], [
            el("div", [cls("card-label")], label),
            el("div", [cls("card-value")], [.text(value), el("small", unit)]),
            el("div", [cls("card-note")], note),
        ])
    }

    // MARK: Charts

    private var budgetChart: BarChart {
        let bars = figures.compactMap { figure -> BarChart.Bar? in
            guard let total = figure.budgetTotal else { return nil }
            return .init(label: figure.name, value: total, valueLabel: DisplayFormat.money(total),
                         tooltip: "\(figure.name)：预算 \(DisplayFormat.money(total)) 万元", tone: nil)
        }
        return BarChart(title: "各项目预算（万元）", bars: sortedDescending(bars), scaleMaximum: nil)
    }

    private var qualityChart: BarChart {
        let bars = figures.compactMap { figure -> BarChart.Bar? in
            guard let quality = figure.quality else { return nil }
            return .init(label: figure.name, value: quality.score,
                         valueLabel: DisplayFormat.score(quality.score) + " " + quality.grade.rawValue,
                         tooltip: "\(figure.name)：目标质量 \(DisplayFormat.score(quality.score)) 分（\(quality.grade.rawValue)）",
                         tone: ReportFigures.gradeClass(quality.grade))
        }
        return BarChart(title: "各项目目标质量分", bars: sortedDescending(bars), scaleMaximum: 100)
    }

    private var categoryChart: BarChart {
        var counts: [String: (level1: String, level2: String, count: Int)] = [:]
        for fragment in fragments {
            for category in fragment.categoryCounts {
                let key = category.level1 + "\u{1F}" + category.level2
                counts[key, default: (category.level1, category.level2, 0)].count += category.count
            }
        }
        // Official table order first, then anything unknown by name.
        func rank(_ entry: (level1: String, level2: String, count: Int)) -> (Int, Int, String) {
            let first = IndicatorCategory.level1.firstIndex(of: entry.level1) ?? 99
            let second = IndicatorCategory.level2[entry.level1]?.firstIndex(of: entry.level2) ?? 99
            return (first, second, entry.level1 + entry.level2)
        }
        let bars = counts.values.sorted { rank($0) < rank($1) }.map { entry in
            BarChart.Bar(label: entry.level2.isEmpty ? "（未填）" : entry.level2, value: Double(entry.count),
                         valueLabel: "\(entry.count)",
                         tooltip: "\(entry.level1) › \(entry.level2)：\(entry.count) 个指标", tone: nil)
        }
        return BarChart(title: "各类指标数量", bars: bars, scaleMaximum: nil)
    }

    private var findingsChart: BarChart {
        var counts: [String: (severity: Severity, count: Int)] = [:]
        for fragment in fragments {
            for (rule, entry) in fragment.ruleCounts {
                let current = counts[rule]
                counts[rule] = (min(current?.severity ?? entry.severity, entry.severity), (current?.count ?? 0) + entry.count)
            }
        }
        let bars = counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { rule, entry in
            let name = content.rule(rule)?.name ?? rule
            return BarChart.Bar(label: name, value: Double(entry.count), valueLabel: "\(entry.count)",
                                tooltip: "\(name)（\(rule)）：\(entry.count) 处", tone: "severity-" + entry.severity.rawValue)
        }
        return BarChart(title: "各规则发现的问题", bars: bars, scaleMaximum: nil)
    }

    private func sortedDescending(_ bars: [BarChart.Bar]) -> [BarChart.Bar] {
        bars.sorted { ($1.value, $0.label) < ($0.value, $1.label) }
    }

    // MARK: Project table

    private var projectTable: Markup {
        let controls = TableControls.bar(for: "projects-table", noun: "个项目", [
            TableControls.search(placeholder: "搜索项目名称、单位或文件"),
            TableControls.select(key: "unit", label: "单位", allLabel: "全部单位",
                                 options: TableControls.distinct(figures.map(\.unit)).map { ($0, $0) }),
            TableControls.select(key: "year", label: "年度", allLabel: "全部年度",
                                 options: TableControls.distinct(figures.map(\.year)).map { ($0, $0) }),
            TableControls.select(key: "grade", label: "等级", allLabel: "全部等级",
                                 options: (Grade.allCases.map(\.rawValue) + ["无"]).map { ($0, $0) }),
            TableControls.checkbox(key: "errors", value: "yes", label: "只看有错误的"),
        ])
        let header = el("thead", [el("tr", [
            TableControls.sortableHeader("项目名称", kind: "text"),
            TableControls.sortableHeader("预算单位", kind: "text"),
            TableControls.sortableHeader("年度", kind: "text"),
            TableControls.sortableHeader("预算数（万元）", kind: "number", numeric: true),
            TableControls.sortableHeader("指标", kind: "number", numeric: true),
            TableControls.sortableHeader("定量占比", kind: "number", numeric: true),
            TableControls.sortableHeader("错误", kind: "number", numeric: true),
            TableControls.sortableHeader("警告", kind: "number", numeric: true),
            TableControls.sortableHeader("质量分", kind: "number", numeric: true),
            TableControls.sortableHeader("等级", kind: "text"),
            TableControls.sortableHeader("自评", kind: "number", numeric: true),
        ])])
        return el("section", [cls("projects")], [
            el("h2", "全部项目"),
            controls,
            el("div", [cls("table-scroll")], [
                el("table", [cls("data-table"), attr("id", "projects-table")], [header, el("tbody", streamed ? [.trusted(AggregateParts.marker)] : fragments.map { .trustedBytes($0.overviewRow) })]),
            ]),
        ])
    }

    /// One project's row; links are relative to index.html (at the root), so it is the same in every build.
    static func row(_ figure: ReportFigures) -> Markup {
        let page = SitePaths.projectPage(id: figure.id, path: figure.path)
        let share = figure.classifiedCount > 0 ? Double(figure.quantifiedCount) / Double(figure.classifiedCount) : nil
        let searchText = [figure.name, figure.unit, figure.year, figure.path].joined(separator: " ")
        let nameCell: [Markup] = [el("a", [attr("href", SitePaths.href(from: SitePaths.index, to: page))], figure.name)]
            + (figure.isBroken ? [.text(" "), el("span", [cls("badge badge-broken")], "无法读取")] : [])
        return el("tr", [attr("data-unit", figure.unit), attr("data-year", figure.year),
                         attr("data-grade", figure.gradeText), attr("data-errors", figure.errorCount > 0 ? "yes" : "no"),
                         attr("data-text", searchText)], [
            el("td", nameCell),
            el("td", figure.unit),
            el("td", figure.year),
            el("td", [cls("num"), attr("data-value", DisplayFormat.sortKey(figure.budgetTotal))],
               figure.budgetTotal.map(DisplayFormat.money) ?? "—"),
            el("td", [cls("num")], "\(figure.indicatorCount)"),
            el("td", [cls("num"), attr("data-value", DisplayFormat.sortKey(share))],
               DisplayFormat.percent(Double(figure.quantifiedCount), of: Double(figure.classifiedCount))),
            el("td", [cls("num" + (figure.errorCount > 0 ? " has-errors" : ""))], "\(figure.errorCount)"),
            el("td", [cls("num")], "\(figure.warningCount)"),
            el("td", [cls("num"), attr("data-value", DisplayFormat.sortKey(figure.quality?.score))],
               figure.quality.map { DisplayFormat.score($0.score) } ?? "—"),
            el("td", [el("span", [cls("grade " + figure.gradeClass)], figure.gradeText)]),
            el("td", [cls("num"), attr("data-value", DisplayFormat.sortKey(figure.selfEvaluation?.score))],
               figure.selfEvaluation.map { DisplayFormat.score($0.score) + " " + $0.grade.rawValue } ?? "—"),
        ])
    }
}
