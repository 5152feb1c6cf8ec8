import JixiaoModel

/// How two reports of one project are compared: cells by their place in the table, findings by rule and cell.
extension ContentDiff {
    static func summary(_ report: ProjectReport, path: String) -> ProjectSummary {
        ProjectSummary(path: path, name: report.project?.displayName ?? report.id, quality: quality(report),
                       selfEvaluation: selfEvaluation(report), findings: findings(report))
    }

    private static func quality(_ report: ProjectReport) -> ScoreValue? {
        report.quality.map { ScoreValue(score: $0.score, grade: $0.grade.rawValue) }
    }

    private static func selfEvaluation(_ report: ProjectReport) -> ScoreValue? {
        report.selfEvaluation.map { ScoreValue(score: $0.score, grade: $0.grade.rawValue) }
    }

    static func change(from old: ProjectReport, to new: ProjectReport, path: String, fileChanged: Bool) -> ProjectChange {
        var change = ProjectChange(
            path: path, name: new.project?.displayName ?? old.project?.displayName ?? new.id, fileChanged: fileChanged,
            budget: [], targets: [], otherCells: [], indicatorsAdded: [], indicatorsRemoved: [],
            newFindings: [], resolvedFindings: [],
            quality: ScoreChange(before: quality(old), after: quality(new)),
            selfEvaluation: ScoreChange(before: selfEvaluation(old), after: selfEvaluation(new)))
        // When one side could not be read at all, cell-by-cell changes would list everything: show findings only.
        if let before = old.project, let after = new.project {
            compareCells(before, after, into: &change)
        }
        (change.newFindings, change.resolvedFindings) = compareFindings(findings(old), findings(new))
        return change
    }

    // MARK: - Cells

    private static func compareCells(_ old: Project, _ new: Project, into change: inout ProjectChange) {
        func record(_ label: String, _ before: String?, _ after: String?, in list: inout [ValueChange]) {
            if before != after { list.append(ValueChange(label: label, before: before, after: after)) }
        }
        record("预算数", old.budget?.total?.text, new.budget?.total?.text, in: &change.budget)
        record("财政资金", old.budget?.fiscal?.text, new.budget?.fiscal?.text, in: &change.budget)
        record("其他资金", old.budget?.other?.text, new.budget?.other?.text, in: &change.budget)
        record("预算执行数", old.executedAmount?.text, new.executedAmount?.text, in: &change.budget)

        record("项目名称", old.name?.text, new.name?.text, in: &change.otherCells)
        record("预算单位", old.unit?.text, new.unit?.text, in: &change.otherCells)
        record("预算年度", old.budgetYear?.text, new.budgetYear?.text, in: &change.otherCells)
        record("金额单位", old.moneyUnit?.text, new.moneyUnit?.text, in: &change.otherCells)
        record("资金用途", old.purpose?.text, new.purpose?.text, in: &change.otherCells)
        for index in 0..<max(old.goals.count, new.goals.count) {
            record("绩效目标第\(index + 1)条", old.goals[safe: index]?.text, new.goals[safe: index]?.text,
                   in: &change.otherCells)
        }

        let before = keyedIndicators(old), after = keyedIndicators(new)
        let afterKeys = Set(after.map(\.key)), beforeKeys = Set(before.map(\.key))
        change.indicatorsRemoved = before.map(\.key).filter { !afterKeys.contains($0) }
        change.indicatorsAdded = after.map(\.key).filter { !beforeKeys.contains($0) }
        let oldByKey = Dictionary(before.map { ($0.key, $0.indicator) }, uniquingKeysWith: { first, _ in first })
        for (key, indicator) in after {
            guard let previous = oldByKey[key] else { continue }
            record(key, previous.target?.text, indicator.target?.text, in: &change.targets)
            record(key + "·绩效指标描述", previous.description?.text, indicator.description?.text, in: &change.otherCells)
            record(key + "·实际完成值", previous.actual?.text, indicator.actual?.text, in: &change.otherCells)
            record(key + "·偏差原因", previous.deviationReason?.text, indicator.deviationReason?.text, in: &change.otherCells)
            record(key + "·分值", previous.weight?.text, indicator.weight?.text, in: &change.otherCells)
            record(key + "·得分", previous.score?.text, indicator.score?.text, in: &change.otherCells)
        }
    }

    /// Indicators keyed `一级/二级/三级`; a repeated key gets `#2`, `#3` so that every row has its own key.
    static func keyedIndicators(_ project: Project) -> [(key: String, indicator: Indicator)] {
        var seen: [String: Int] = [:]
        return project.indicators.map { indicator in
            let base = indicatorLabel(indicator)
            seen[base, default: 0] += 1
            let count = seen[base] ?? 1
            return (count == 1 ? base : "\(base)#\(count)", indicator)
        }
    }

    private static func indicatorLabel(_ indicator: Indicator) -> String {
        let name = indicator.name.map { $0.isBlank ? "（无名）" : $0.text } ?? "（无名）"
        return "\(indicator.level1.text)/\(indicator.level2.text)/\(name)"
    }

    // MARK: - Findings

    /// The report's findings, each placed by the cell (or else the indicator or section) it points at.
    static func findings(_ report: ProjectReport) -> [Finding] {
        let places = report.project.map(cellPlaces) ?? []
        return report.diagnostics.sorted().map { diagnostic in
            Finding(rule: diagnostic.rule, severity: diagnostic.severity,
                    place: place(of: diagnostic.location, among: places), line: diagnostic.location.line,
                    message: diagnostic.message)
        }
    }

    private struct Place {
        var location: SourceLocation
        /// The exact cell, e.g. `…/成本·指标值`.
        var cell: String
        /// The row or section the cell belongs to, used for findings that point between cells.
        var owner: String
    }

    private static func place(of location: SourceLocation, among places: [Place]) -> String {
        if let exact = places.first(where: { $0.location == location }) { return exact.cell }
        let preceding = places.filter { $0.location < location }.max { $0.location < $1.location }
        return preceding?.owner ?? "文件"
    }

    private static func cellPlaces(_ project: Project) -> [Place] {
        var places: [Place] = []
        func add(_ location: SourceLocation?, _ cell: String, owner: String? = nil) {
            guard let location, !places.contains(where: { $0.location == location }) else { return }
            places.append(Place(location: location, cell: cell, owner: owner ?? cell))
        }
        add(project.name?.location, "项目名称")
        add(project.unit?.location, "预算单位")
        add(project.budgetYear?.location, "预算年度")
        add(project.moneyUnit?.location, "金额单位")
        add(project.budget?.location, "预算")
        add(project.budget?.total?.location, "预算数", owner: "预算")
        add(project.budget?.fiscal?.location, "财政资金", owner: "预算")
        add(project.budget?.other?.location, "其他资金", owner: "预算")
        add(project.purpose?.location, "资金用途")
        for (index, goal) in project.goals.enumerated() { add(goal.location, "绩效目标第\(index + 1)条", owner: "绩效目标") }
        for (key, indicator) in keyedIndicators(project) {
            add(indicator.level1.location, indicator.level1.text)
            add(indicator.level2.location, "\(indicator.level1.text)/\(indicator.level2.text)")
            add(indicator.location, key)
            add(indicator.name?.location, key + "·三级指标", owner: key)
            add(indicator.description?.location, key + "·绩效指标描述", owner: key)
            add(indicator.target?.location, key + "·指标值", owner: key)
            add(indicator.actual?.location, key + "·实际完成值", owner: key)
            add(indicator.deviationReason?.location, key + "·偏差原因", owner: key)
            add(indicator.weight?.location, key + "·分值", owner: key)
            add(indicator.score?.location, key + "·得分", owner: key)
        }
        add(project.executedAmount?.location, "预算执行数")
        return places
    }

    /// Findings matched by rule and place; with several at one place, equal messages pair first.
    static func compareFindings(_ old: [Finding], _ new: [Finding]) -> (new: [Finding], resolved: [Finding]) {
        func key(_ finding: Finding) -> String { finding.rule + "\u{0}" + finding.place }
        var oldGroups = Dictionary(grouping: old, by: key)
        var appeared: [Finding] = []
        for (groupKey, group) in Dictionary(grouping: new, by: key) {
            var remainingOld = oldGroups[groupKey] ?? []
            var unmatched: [Finding] = []
            for finding in group {
                if let same = remainingOld.firstIndex(where: { $0.message == finding.message }) {
                    remainingOld.remove(at: same)
                } else {
                    unmatched.append(finding)
                }
            }
            // Different wording at the same place is the same finding still present (the value it quotes changed).
            let carried = min(unmatched.count, remainingOld.count)
            appeared += unmatched.dropFirst(carried)
            oldGroups[groupKey] = Array(remainingOld.dropFirst(carried))
        }
        let resolved = oldGroups.values.flatMap { $0 }
        let order: (Finding, Finding) -> Bool = { ($0.line, $0.rule, $0.message) < ($1.line, $1.rule, $1.message) }
        return (appeared.sorted(by: order), resolved.sorted(by: order))
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
