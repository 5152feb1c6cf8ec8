import JixiaoModel

/// The official 项目支出绩效目标表 layout: the head (name, budget, purpose, goals) and the indicator
/// table with merged 一级/二级 cells, year-end columns when filled, and findings beside their rows.
struct TargetForm {
    let project: Project
    let lines: IndicatorLines
    let findings: FindingMarkup

    /// The form; `byElements` writes it as it was written before the literal runs (for tests).
    func write(to html: inout HTMLWriter, byElements: Bool = false) {
        html.raw("<div class=\"form-sheet\">")
        if byElements { headByElements(&html) } else { head(&html) }
        indicatorTable(byElements: byElements, &html)
        html.raw("</div>")
    }

    // MARK: Head

    private func head(_ html: inout HTMLWriter) {
        let budget = project.budget
        html.raw("<div class=\"table-scroll\"><table class=\"form form-head\"><colgroup><col class=\"c-label\">")
        html.raw("<col class=\"c-sub\"><col class=\"c-value\"><col class=\"c-sub\"><col class=\"c-value\"><col class=\"c-sub\">")
        html.raw("<col class=\"c-value\"></colgroup><tbody><tr><th scope=\"row\">项目名称</th><td colspan=\"6\">")
        html.text(project.name?.text)
        html.raw("</td></tr><tr><th scope=\"row\" rowspan=\"2\">预算规模及资金用途</th><th>预算数</th><td class=\"num\">")
        html.text(budget?.total?.text)
        html.raw("</td><th>其中：财政资金</th><td class=\"num\">")
        html.text(budget?.fiscal?.text)
        html.raw("</td><th>其他资金</th><td class=\"num\">")
        html.text(budget?.other?.text)
        html.raw("</td></tr><tr><th>资金用途</th><td colspan=\"5\">")
        html.text(project.purpose?.text)
        html.raw("</td></tr><tr><th scope=\"row\">绩效目标</th><td colspan=\"6\">")
        if project.goals.isEmpty { html.raw("<span class=\"blank\">（未填写）</span>") }
        for goal in project.goals {
            html.raw("<p class=\"goal\">")
            html.text(goal.text)
            html.raw("</p>")
        }
        html.raw("</td></tr></tbody></table></div>")
    }

    private func headByElements(_ html: inout HTMLWriter) {
        let budget = project.budget
        html.element("div", .cls("table-scroll")) { html in
            html.element("table", .cls("form form-head")) { html in
                html.element("colgroup") { html in
                    for column in ["c-label", "c-sub", "c-value", "c-sub", "c-value", "c-sub", "c-value"] {
                        html.void("col", .cls(column))
                    }
                }
                html.element("tbody") { html in
                    html.element("tr") { html in
                        html.element("th", .attr("scope", "row"), text: "项目名称")
                        html.element("td", .attr("colspan", "6"), text: project.name?.text ?? "")
                    }
                    html.element("tr") { html in
                        html.element("th", .attr("scope", "row"), .attr("rowspan", "2"), text: "预算规模及资金用途")
                        html.element("th", text: "预算数")
                        html.element("td", .cls("num"), text: budget?.total?.text ?? "")
                        html.element("th", text: "其中：财政资金")
                        html.element("td", .cls("num"), text: budget?.fiscal?.text ?? "")
                        html.element("th", text: "其他资金")
                        html.element("td", .cls("num"), text: budget?.other?.text ?? "")
                    }
                    html.element("tr") { html in
                        html.element("th", text: "资金用途")
                        html.element("td", .attr("colspan", "5"), text: project.purpose?.text ?? "")
                    }
                    html.element("tr") { html in
                        html.element("th", .attr("scope", "row"), text: "绩效目标")
                        html.element("td", .attr("colspan", "6")) { html in
                            if project.goals.isEmpty {
                                html.element("span", .cls("blank"), text: "（未填写）")
                            }
                            for goal in project.goals { html.element("p", .cls("goal"), text: goal.text) }
                        }
                    }
                }
            }
        }
    }

    // MARK: Indicators

    private var showsYearEnd: Bool {
        project.indicators.contains {
            $0.actual != nil || $0.deviationReason != nil || $0.weight != nil || $0.score != nil
        }
    }

    private var showsFindings: Bool { lines.byIndicator.contains { !$0.isEmpty } }

    private func indicatorTable(byElements: Bool, _ html: inout HTMLWriter) {
        let showsYearEnd = showsYearEnd, showsFindings = showsFindings
        var headers = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]
        if showsYearEnd { headers += ["实际完成值", "偏差原因", "分值", "得分"] }
        html.element("div", .cls("table-scroll")) { html in
            html.element("table", .cls("form form-indicators")) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for header in headers { html.element("th", .attr("scope", "col"), text: header) }
                        if showsFindings { html.element("th", .attr("scope", "col"), .cls("col-findings"), text: "审核发现") }
                    }
                }
                html.element("tbody") { html in
                    if project.indicators.isEmpty {
                        html.element("tr") { html in
                            html.element("td", .attr("colspan", headers.count + (showsFindings ? 1 : 0)), .cls("blank"),
                                         text: "（未填写绩效指标）")
                        }
                    } else {
                        if byElements {
                            rowsByElements(showsYearEnd: showsYearEnd, showsFindings: showsFindings, &html)
                        } else {
                            rows(showsYearEnd: showsYearEnd, showsFindings: showsFindings, &html)
                        }
                    }
                }
            }
        }
    }

    /// One row per indicator; the first row of a run of equal 一级 (and 二级) gets the merged cell.
    /// Literal runs of markup around the escaped cells: the same bytes as `rowsByElements`.
    func rows(showsYearEnd: Bool, showsFindings: Bool, _ html: inout HTMLWriter) {
        let indicators = project.indicators
        let (level1Runs, level2Runs) = Self.categoryRuns(indicators)
        for index in indicators.indices {
            let indicator = indicators[index]
            let line = indicator.location.line
            html.raw("<tr class=\"indicator")
            if let worst = Self.worstSeverity(lines.byIndicator[index]) {
                html.raw(" has-finding row-")
                html.raw(worst.key)
            }
            html.raw("\" id=\"row-")
            html.text(line)
            html.raw("\" data-line=\"")
            html.text(line)
            html.raw("\">")
            if let span = level1Runs[index] {
                html.raw("<th scope=\"rowgroup\"")
                html.rowspan(span)
                html.raw(" class=\"level1\">")
                html.text(indicator.level1.text)
                html.raw("</th>")
            }
            if let span = level2Runs[index] {
                html.raw("<td")
                html.rowspan(span)
                html.raw(" class=\"level2\">")
                html.text(indicator.level2.text)
                html.raw("</td>")
            }
            html.raw("<td class=\"name\">")
            html.text(indicator.name?.text)
            html.raw("</td><td class=\"description\">")
            html.text(indicator.description?.text)
            html.raw("</td><td class=\"target\"><span class=\"target-text\">")
            html.text(indicator.target?.text)
            html.raw("</span>")
            if let value = indicator.targetValue {
                html.raw(" <span class=\"badge kind-")
                html.raw(value.kindKeyLiteral)
                html.raw("\" title=\"")
                html.raw(value.kindHelp)
                html.raw("\">")
                html.raw(value.kindNameLiteral)
                html.raw("</span>")
            }
            html.raw("</td>")
            if showsYearEnd {
                html.raw("<td class=\"actual\">")
                html.text(indicator.actual?.text)
                html.raw("</td><td class=\"deviation\">")
                html.text(indicator.deviationReason?.text)
                html.raw("</td><td class=\"num\">")
                html.text(indicator.weight?.text)
                html.raw("</td><td class=\"num\">")
                html.text(indicator.score?.text)
                html.raw("</td>")
            }
            if showsFindings {
                html.raw("<td class=\"col-findings\">")
                for diagnostic in lines.byIndicator[index] { findings.write(diagnostic, to: &html) }
                html.raw("</td>")
            }
            html.raw("</tr>")
        }
    }

    /// The most serious severity among these findings (errors first), nil when there are none.
    private static func worstSeverity(_ diagnostics: [Diagnostic]) -> Severity? {
        var worst: Severity?
        for diagnostic in diagnostics where worst.map({ diagnostic.severity < $0 }) ?? true { worst = diagnostic.severity }
        return worst
    }

    /// `runLengths` of the 一级 texts, and of the 二级 texts within them, compared in place (as
    /// `String`s: the keys `level1 + "\u{1F}" + level2` were equal exactly when both parts are,
    /// the separator being a control character that nothing composes with).
    static func categoryRuns(_ indicators: [Indicator]) -> (level1: [Int?], level2: [Int?]) {
        let first = indicators.map(\.level1.text), second = indicators.map(\.level2.text)
        // Equal bytes are `==`; only texts whose bytes differ take the canonical comparison.
        let level1 = runLengths(count: indicators.count, within: nil) { TextBytes.equal(first[$0], first[$1]) }
        let level2 = runLengths(count: indicators.count, within: level1) {
            TextBytes.equal(first[$0], first[$1]) && TextBytes.equal(second[$0], second[$1])
        }
        return (level1, level2)
    }

    /// The rows as they were written element by element, for tests to compare `rows` with.
    func rowsByElements(showsYearEnd: Bool, showsFindings: Bool, _ html: inout HTMLWriter) {
        let indicators = project.indicators
        let level1Runs = Self.runLengths(indicators.map { $0.level1.text })
        let level2Runs = Self.runLengths(indicators.map { $0.level1.text + "\u{1F}" + $0.level2.text }, within: level1Runs)
        for index in indicators.indices {
            let indicator = indicators[index]
            let matched = lines.byIndicator[index]
            let worst = matched.map(\.severity).min()
            html.element("tr", .cls("indicator", worst.map { " has-finding row-" + $0.rawValue } ?? ""),
                         .attr("id", Self.rowAnchor(indicator)),
                         .attr("data-line", indicator.location.line)) { html in
                if let span = level1Runs[index] {
                    html.element("th", .attr("scope", "rowgroup"), Self.rowspan(span), .cls("level1"), text: indicator.level1.text)
                }
                if let span = level2Runs[index] {
                    html.element("td", Self.rowspan(span), .cls("level2"), text: indicator.level2.text)
                }
                html.element("td", .cls("name"), text: indicator.name?.text ?? "")
                html.element("td", .cls("description"), text: indicator.description?.text ?? "")
                html.element("td", .cls("target")) { html in
                    html.element("span", .cls("target-text"), text: indicator.target?.text ?? "")
                    if let value = indicator.targetValue {
                        html.text(" ")
                        html.element("span", .cls("badge kind-", value.kindKey), .attr("title", value.kindHelp.text),
                                     text: value.kindName)
                    }
                }
                if showsYearEnd {
                    html.element("td", .cls("actual"), text: indicator.actual?.text ?? "")
                    html.element("td", .cls("deviation"), text: indicator.deviationReason?.text ?? "")
                    html.element("td", .cls("num"), text: indicator.weight?.text ?? "")
                    html.element("td", .cls("num"), text: indicator.score?.text ?? "")
                }
                if showsFindings {
                    html.element("td", .cls("col-findings")) { html in
                        for diagnostic in matched { findings.writeByElements(diagnostic, to: &html) }
                    }
                }
            }
        }
    }

    /// The fragment that points at an indicator's row (`row-12`), used by the findings page.
    static func rowAnchor(_ indicator: Indicator) -> String { "row-\(indicator.location.line)" }

    /// Merged cells carry a rowspan; a single row needs none.
    private static func rowspan(_ span: Int) -> HTMLWriter.Attribute? {
        span > 1 ? .attr("rowspan", span) : nil
    }

    /// For each index, the length of the run of equal keys starting there, or nil inside a run.
    /// Runs never cross a boundary of an enclosing run (a 二级 run ends where its 一级 run ends).
    static func runLengths(_ keys: [String], within outer: [Int?]? = nil) -> [Int?] {
        runLengths(count: keys.count, within: outer) { keys[$0] == keys[$1] }
    }

    /// `runLengths` over `count` keys that `same(i, j)` compares.
    static func runLengths(count: Int, within outer: [Int?]?, same: (Int, Int) -> Bool) -> [Int?] {
        var result = [Int?](repeating: nil, count: count)
        var start = 0
        while start < count {
            var end = start + 1
            var outerEnd = count
            if let outer {
                // The enclosing run that contains `start` ends at its own start + length.
                var outerStart = start
                while outerStart > 0, outer[outerStart] == nil { outerStart -= 1 }
                outerEnd = outerStart + (outer[outerStart] ?? 1)
            }
            while end < outerEnd, same(end, start) { end += 1 }
            result[start] = end - start
            start = end
        }
        return result
    }
}
