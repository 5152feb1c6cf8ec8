import JixiaoModel

/// The official 项目支出绩效目标表 layout: the head (name, budget, purpose, goals) and the indicator
/// table with merged 一级/二级 cells, year-end columns when filled, and findings beside their rows.
struct TargetForm {
    let project: Project
    let lines: IndicatorLines
    let findings: FindingMarkup

    var markup: Markup {
        el("div", [cls("form-sheet")], [head, indicatorTable])
    }

    // MARK: Head

    private var head: Markup {
        let budget = project.budget
        let goals: [Markup] = project.goals.isEmpty
            ? [el("span", [cls("blank")], "（未填写）")]
            : project.goals.map { el("p", [cls("goal")], $0.text) }
        return el("div", [cls("table-scroll")], [
            el("table", [cls("form form-head")], [
                el("colgroup", ["c-label", "c-sub", "c-value", "c-sub", "c-value", "c-sub", "c-value"].map {
                    .void("col", [cls($0)])
                }),
                el("tbody", [
                    el("tr", [el("th", [attr("scope", "row")], "项目名称"),
                              el("td", [attr("colspan", "6")], project.name?.text ?? "")]),
                    el("tr", [
                        el("th", [attr("scope", "row"), attr("rowspan", "2")], "预算规模及资金用途"),
                        el("th", "预算数"), el("td", [cls("num")], amount(budget?.total)),
                        el("th", "其中：财政资金"), el("td", [cls("num")], amount(budget?.fiscal)),
                        el("th", "其他资金"), el("td", [cls("num")], amount(budget?.other)),
                    ]),
                    el("tr", [el("th", "资金用途"), el("td", [attr("colspan", "5")], project.purpose?.text ?? "")]),
                    el("tr", [el("th", [attr("scope", "row")], "绩效目标"), el("td", [attr("colspan", "6")], goals)]),
                ]),
            ]),
        ])
    }

    private func amount(_ amount: Amount?) -> String { amount?.text ?? "" }

    // MARK: Indicators

    private var showsYearEnd: Bool {
        project.indicators.contains {
            $0.actual != nil || $0.deviationReason != nil || $0.weight != nil || $0.score != nil
        }
    }

    private var showsFindings: Bool { lines.byIndicator.contains { !$0.isEmpty } }

    private var indicatorTable: Markup {
        var headers = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]
        if showsYearEnd { headers += ["实际完成值", "偏差原因", "分值", "得分"] }
        var headerCells = headers.map { el("th", [attr("scope", "col")], $0) }
        if showsFindings { headerCells.append(el("th", [attr("scope", "col"), cls("col-findings")], "审核发现")) }
        let body: [Markup] = project.indicators.isEmpty
            ? [el("tr", [el("td", [attr("colspan", "\(headerCells.count)"), cls("blank")], "（未填写绩效指标）")])]
            : rows
        return el("div", [cls("table-scroll")], [
            el("table", [cls("form form-indicators")], [el("thead", [el("tr", headerCells)]), el("tbody", body)]),
        ])
    }

    /// One row per indicator; the first row of a run of equal 一级 (and 二级) gets the merged cell.
    private var rows: [Markup] {
        let indicators = project.indicators
        let level1Runs = Self.runLengths(indicators.map { $0.level1.text })
        let level2Runs = Self.runLengths(indicators.map { $0.level1.text + "\u{1F}" + $0.level2.text }, within: level1Runs)
        return indicators.indices.map { index in
            let indicator = indicators[index]
            let matched = lines.byIndicator[index]
            var cells: [Markup] = []
            if let span = level1Runs[index] {
                cells.append(el("th", [attr("scope", "rowgroup")] + rowspan(span) + [cls("level1")], indicator.level1.text))
            }
            if let span = level2Runs[index] {
                cells.append(el("td", rowspan(span) + [cls("level2")], indicator.level2.text))
            }
            cells.append(el("td", [cls("name")], indicator.name?.text ?? ""))
            cells.append(el("td", [cls("description")], indicator.description?.text ?? ""))
            cells.append(el("td", [cls("target")], targetCell(indicator)))
            if showsYearEnd {
                cells.append(el("td", [cls("actual")], indicator.actual?.text ?? ""))
                cells.append(el("td", [cls("deviation")], indicator.deviationReason?.text ?? ""))
                cells.append(el("td", [cls("num")], indicator.weight?.text ?? ""))
                cells.append(el("td", [cls("num")], indicator.score?.text ?? ""))
            }
            if showsFindings {
                cells.append(el("td", [cls("col-findings")], matched.map(findings.markup)))
            }
            var rowClass = "indicator"
            if let worst = matched.map(\.severity).min() { rowClass += " has-finding row-" + worst.rawValue }
            return el("tr", [cls(rowClass), attr("id", Self.rowAnchor(indicator)), attr("data-line", "\(indicator.location.line)")],
                      cells)
        }
    }

    /// The fragment that points at an indicator's row (`row-12`), used by the findings page.
    static func rowAnchor(_ indicator: Indicator) -> String { "row-\(indicator.location.line)" }

    /// Merged cells carry a rowspan; a single row needs none.
    private func rowspan(_ span: Int) -> [MarkupAttribute] {
        span > 1 ? [attr("rowspan", "\(span)")] : []
    }

    private func targetCell(_ indicator: Indicator) -> [Markup] {
        var parts: [Markup] = [el("span", [cls("target-text")], indicator.target?.text ?? "")]
        if let value = indicator.targetValue {
            parts.append(.text(" "))
            parts.append(el("span", [cls("badge kind-" + value.kindKey), attr("title", kindHelp(value))], value.kindName))
        }
        return parts
    }

    private func kindHelp(_ value: TargetValue) -> String {
        switch value {
        case .quantitative: "定量指标：有比较符、数值和计量单位"
        case .deadline: "时限指标：在预算年度内的完成时间"
        case .qualitative: "定性指标：无法直接计量，宜尽量量化或使用分级表述"
        }
    }

    /// For each index, the length of the run of equal keys starting there, or nil inside a run.
    /// Runs never cross a boundary of an enclosing run (a 二级 run ends where its 一级 run ends).
    static func runLengths(_ keys: [String], within outer: [Int?]? = nil) -> [Int?] {
        var result = [Int?](repeating: nil, count: keys.count)
        var start = 0
        while start < keys.count {
            var end = start + 1
            var outerEnd = keys.count
            if let outer {
                // The enclosing run that contains `start` ends at its own start + length.
                var outerStart = start
                while outerStart > 0, outer[outerStart] == nil { outerStart -= 1 }
                outerEnd = outerStart + (outer[outerStart] ?? 1)
            }
            while end < outerEnd, keys[end] == keys[start] { end += 1 }
            result[start] = end - start
            start = end
        }
        return result
    }
}
