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
        layout.document { html in
            html.element("h1", text: "绩效目标总览")
            headline(&html)
            html.element("section", .cls("charts")) { html in
                for chart in [budgetChart, qualityChart, categoryChart, findingsChart] { chart.write(to: &html) }
            }
            projectTable(&html)
        }
    }

    // MARK: Headline figures

    private func headline(_ html: inout HTMLWriter) {
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
        html.element("section", .cls("cards"), .attr("aria-label", "关键数字")) { html in
            card("项目", "\(figures.count)", unit: "个",
                 note: broken > 0 ? "其中 \(broken) 个文件无法读取" : "全部文件可读取", tone: broken > 0 ? "tone-error" : nil, &html)
            card("预算总额", DisplayFormat.money(total), unit: "万元",
                 note: "财政资金占 " + DisplayFormat.percent(fiscal, of: total), &html)
            card("绩效指标", "\(indicators)", unit: "个",
                 note: "定量与时限指标占 " + DisplayFormat.percent(Double(quantified), of: Double(classified)), &html)
            card("发现问题", "\(errors)", unit: "个错误",
                 note: "另有 \(warnings) 个警告", tone: errors > 0 ? "tone-error" : "tone-ok", &html)
            card("平均目标质量分", average.map(DisplayFormat.score) ?? "—", unit: averageGrade.map { "（\($0.rawValue)）" } ?? "",
                 note: "满分 100，按四项审核要点扣分", tone: ReportFigures.gradeClass(averageGrade), &html)
        }
    }

    private func card(_ label: String, _ value: String, unit: String, note: String, tone: String? = nil,
                      _ html: inout HTMLWriter) {
        html.element("div", .cls("card", tone.map { " " + $0 } ?? "")) { html in
            html.element("div", .cls("card-label"), text: label)
            html.element("div", .cls("card-value")) { html in
                html.text(value)
                html.element("small", text: unit)
            }
            html.element("div", .cls("card-note"), text: note)
        }
    }

    // MARK: Charts

    var budgetChart: BarChart {
        let ranked = topRanked(figures.indices.compactMap { index in figures[index].budgetTotal.map { (index, $0) } })
        let bars = ranked.top.map { index, total -> BarChart.Bar in
            let figure = figures[index]
            return .init(label: figure.name, value: total, valueLabel: DisplayFormat.money(total),
                         tooltip: "\(figure.name)：预算 \(DisplayFormat.money(total)) 万元", tone: nil)
        }
        return BarChart(title: "各项目预算（万元）", bars: bars, scaleMaximum: nil, total: ranked.count)
    }

    var qualityChart: BarChart {
        let ranked = topRanked(figures.indices.compactMap { index in figures[index].quality.map { (index, $0.score) } })
        let bars = ranked.top.map { index, _ -> BarChart.Bar in
            let figure = figures[index]
            let quality = figure.quality!
            return .init(label: figure.name, value: quality.score,
                         valueLabel: DisplayFormat.score(quality.score) + " " + quality.grade.rawValue,
                         tooltip: "\(figure.name)：目标质量 \(DisplayFormat.score(quality.score)) 分（\(quality.grade.rawValue)）",
                         tone: ReportFigures.gradeClass(quality.grade))
        }
        return BarChart(title: "各项目目标质量分", bars: bars, scaleMaximum: 100, total: ranked.count)
    }

    /// The projects (index into `figures`, value) a chart of every project draws: sorted as
    /// bars were sorted (value descending, then name), the first `BarChart.limit`; the bars are
    /// made for those only, not for every project.
    /// Values at least the `limit`-th largest come first in that order, so only those are sorted
    /// (10,000 projects with many equal scores were compared by name; with a NaN, all are sorted).
    private func topRanked(_ values: [(index: Int, value: Double)]) -> (top: ArraySlice<(index: Int, value: Double)>, count: Int) {
        let limit = BarChart(title: "", bars: []).limit
        var candidates = values
        if values.count > limit, !values.contains(where: { $0.value.isNaN }) {
            let cutoff = values.map(\.value).sorted(by: >)[limit - 1]
            candidates = values.filter { $0.value >= cutoff }
        }
        let sorted = candidates.sorted { ($1.value, figures[$0.index].name) < ($0.value, figures[$1.index].name) }
        return (sorted.prefix(limit), values.count)
    }

    /// Both texts of an entry have the bytes of the category's.
    private static func sameBytes(_ entry: (level1: String, level2: String, count: Int),
                                  _ category: ProjectFragments.CategoryCount) -> Bool {
        TextBytes.same(entry.level1, category.level1) && TextBytes.same(entry.level2, category.level2)
    }

    private var categoryChart: BarChart {
        // Merged as a dictionary keyed by `level1 + "\u{1F}" + level2` merges them (the first
        // texts seen stand for the category): equal bytes in both parts make equal keys, so those
        // are looked for first; only a category without them compares keys canonically.
        var entries: [(level1: String, level2: String, count: Int)] = []
        // Projects list their categories in the same order, so the entry after the last one
        // matched is tried first (a search of every entry for each category was 25 ms at 10,000).
        var next = 0
        for fragment in fragments {
            for category in fragment.categoryCounts {
                var found: Int?
                if next < entries.count, Self.sameBytes(entries[next], category) {
                    found = next
                } else {
                    for index in entries.indices where Self.sameBytes(entries[index], category) {
                        found = index
                        break
                    }
                }
                let index = found ?? {
                    let key = category.level1 + "\u{1F}" + category.level2
                    return entries.firstIndex { $0.level1 + "\u{1F}" + $0.level2 == key }
                }()
                if let index {
                    entries[index].count += category.count
                    next = index + 1
                } else {
                    entries.append((category.level1, category.level2, category.count))
                    next = entries.count
                }
            }
        }
        // Official table order first, then anything unknown by name.
        func rank(_ entry: (level1: String, level2: String, count: Int)) -> (Int, Int, String) {
            let first = IndicatorCategory.level1.firstIndex(of: entry.level1) ?? 99
            let second = IndicatorCategory.level2[entry.level1]?.firstIndex(of: entry.level2) ?? 99
            return (first, second, entry.level1 + entry.level2)
        }
        let bars = entries.sorted { rank($0) < rank($1) }.map { entry in
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

    // MARK: Project table

    private func projectTable(_ html: inout HTMLWriter) {
        let units = TableControls.distinct(figures.map(\.unit)), years = TableControls.distinct(figures.map(\.year))
        html.element("section", .cls("projects")) { html in
            html.element("h2", text: "全部项目")
            TableControls.bar(for: "projects-table", noun: "个项目", &html) { html in
                TableControls.search(placeholder: "搜索项目名称、单位或文件", &html)
                TableControls.select(key: "unit", label: "单位", allLabel: "全部单位", options: units.map { ($0, $0) }, &html)
                TableControls.select(key: "year", label: "年度", allLabel: "全部年度", options: years.map { ($0, $0) }, &html)
                TableControls.select(key: "grade", label: "等级", allLabel: "全部等级",
                                     options: (Grade.allCases.map(\.rawValue) + ["无"]).map { ($0, $0) }, &html)
                TableControls.checkbox(key: "errors", value: "yes", label: "只看有错误的", &html)
            }
            html.element("div", .cls("table-scroll")) { html in
                html.element("table", .cls("data-table"), .attr("id", "projects-table")) { html in
                    html.element("thead") { html in
                        html.element("tr") { html in
                            TableControls.sortableHeader("项目名称", kind: "text", &html)
                            TableControls.sortableHeader("预算单位", kind: "text", &html)
                            TableControls.sortableHeader("年度", kind: "text", &html)
                            TableControls.sortableHeader("预算数（万元）", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("指标", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("定量占比", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("错误", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("警告", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("质量分", kind: "number", numeric: true, &html)
                            TableControls.sortableHeader("等级", kind: "text", &html)
                            TableControls.sortableHeader("自评", kind: "number", numeric: true, &html)
                        }
                    }
                    html.element("tbody") { html in
                        if streamed {
                            html.raw(AggregateParts.marker)
                        } else {
                            for fragment in fragments { html.raw(fragment.overviewRow) }
                        }
                    }
                }
            }
        }
    }

    /// One project's row; links are relative to index.html (at the root), so it is the same in
    /// every build. Literal runs of markup: the bytes of `writeRowByElements`.
    static func writeRow(_ figure: ReportFigures, page: String? = nil, to html: inout HTMLWriter) {
        let page = page ?? SitePaths.projectPage(id: figure.id, path: figure.path)
        let share = figure.classifiedCount > 0 ? Double(figure.quantifiedCount) / Double(figure.classifiedCount) : nil
        html.raw("<tr data-unit=\"")
        html.text(figure.unit)
        html.raw("\" data-year=\"")
        html.text(figure.year)
        html.raw("\" data-grade=\"")
        html.text(figure.gradeText)
        html.raw(figure.errorCount > 0 ? "\" data-errors=\"yes\" data-text=\"" : "\" data-errors=\"no\" data-text=\"")
        // The search text: name, unit, year and path joined by spaces.
        html.text(figure.name)
        html.raw(" ")
        html.text(figure.unit)
        html.raw(" ")
        html.text(figure.year)
        html.raw(" ")
        html.text(figure.path)
        html.raw("\"><td><a href=\"")
        html.text(SitePaths.href(from: SitePaths.index, to: page))
        html.raw("\">")
        html.text(figure.name)
        html.raw(figure.isBroken ? "</a> <span class=\"badge badge-broken\">无法读取</span></td><td>" : "</a></td><td>")
        html.text(figure.unit)
        html.raw("</td><td>")
        html.text(figure.year)
        html.raw("</td><td class=\"num\" data-value=\"")
        html.text(DisplayFormat.sortKey(figure.budgetTotal))
        html.raw("\">")
        html.text(figure.budgetTotal.map(DisplayFormat.money) ?? "—")
        html.raw("</td><td class=\"num\">")
        html.text(figure.indicatorCount)
        html.raw("</td><td class=\"num\" data-value=\"")
        html.text(DisplayFormat.sortKey(share))
        html.raw("\">")
        html.text(DisplayFormat.percent(Double(figure.quantifiedCount), of: Double(figure.classifiedCount)))
        html.raw(figure.errorCount > 0 ? "</td><td class=\"num has-errors\">" : "</td><td class=\"num\">")
        html.text(figure.errorCount)
        html.raw("</td><td class=\"num\">")
        html.text(figure.warningCount)
        html.raw("</td><td class=\"num\" data-value=\"")
        html.text(DisplayFormat.sortKey(figure.quality?.score))
        html.raw("\">")
        html.text(figure.quality.map { DisplayFormat.score($0.score) } ?? "—")
        html.raw("</td><td><span class=\"grade ")
        html.text(figure.gradeClass)
        html.raw("\">")
        html.text(figure.gradeText)
        html.raw("</span></td><td class=\"num\" data-value=\"")
        html.text(DisplayFormat.sortKey(figure.selfEvaluation?.score))
        html.raw("\">")
        if let evaluation = figure.selfEvaluation {
            html.text(DisplayFormat.score(evaluation.score))
            html.raw(" ")
            html.text(evaluation.grade.rawValue)
        } else {
            html.raw("—")
        }
        html.raw("</td></tr>")
    }

    /// `writeRow` element by element, as it was written before the literal runs (for tests).
    static func writeRowByElements(_ figure: ReportFigures, to html: inout HTMLWriter) {
        let page = SitePaths.projectPage(id: figure.id, path: figure.path)
        let share = figure.classifiedCount > 0 ? Double(figure.quantifiedCount) / Double(figure.classifiedCount) : nil
        let searchText = [figure.name, figure.unit, figure.year, figure.path].joined(separator: " ")
        html.element("tr", .attr("data-unit", figure.unit), .attr("data-year", figure.year),
                     .attr("data-grade", figure.gradeText), .attr("data-errors", figure.errorCount > 0 ? "yes" : "no"),
                     .attr("data-text", searchText)) { html in
            html.element("td") { html in
                html.element("a", .attr("href", SitePaths.href(from: SitePaths.index, to: page)), text: figure.name)
                if figure.isBroken {
                    html.text(" ")
                    html.element("span", .cls("badge badge-broken"), text: "无法读取")
                }
            }
            html.element("td", text: figure.unit)
            html.element("td", text: figure.year)
            html.element("td", .cls("num"), .attr("data-value", DisplayFormat.sortKey(figure.budgetTotal)),
                         text: figure.budgetTotal.map(DisplayFormat.money) ?? "—")
            html.element("td", .cls("num")) { html in html.text(figure.indicatorCount) }
            html.element("td", .cls("num"), .attr("data-value", DisplayFormat.sortKey(share)),
                         text: DisplayFormat.percent(Double(figure.quantifiedCount), of: Double(figure.classifiedCount)))
            html.element("td", .cls("num", figure.errorCount > 0 ? " has-errors" : "")) { html in html.text(figure.errorCount) }
            html.element("td", .cls("num")) { html in html.text(figure.warningCount) }
            html.element("td", .cls("num"), .attr("data-value", DisplayFormat.sortKey(figure.quality?.score)),
                         text: figure.quality.map { DisplayFormat.score($0.score) } ?? "—")
            html.element("td") { html in
                html.element("span", .cls("grade ", figure.gradeClass), text: figure.gradeText)
            }
            html.element("td", .cls("num"), .attr("data-value", DisplayFormat.sortKey(figure.selfEvaluation?.score))) { html in
                if let evaluation = figure.selfEvaluation {
                    html.text(DisplayFormat.score(evaluation.score))
                    html.text(" ")
                    html.text(evaluation.grade.rawValue)
                } else {
                    html.text("—")
                }
            }
        }
    }
}
