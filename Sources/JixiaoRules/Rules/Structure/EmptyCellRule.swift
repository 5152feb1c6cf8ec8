import JixiaoModel

/// `empty_cell`: a required cell is present but blank (其他资金 may be blank: it means 0).
struct EmptyCellRule: Rule {
    static let description = RuleDescription(
        identifier: "empty_cell",
        name: "必填单元格为空",
        englishName: "Empty required cell",
        severity: .error,
        kind: .structure,
        rationale: "栏目写了但内容为空，表格就不完整：审核时无从判断目标。其他资金留空表示 0，不算空单元格。",
        criterion: .completeness,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: \"\"")),
            ExampleProject.replacing(("资金用途: 开展年度科技统计调查，编制统计资料", "资金用途:")),
            ExampleProject.replacing(("预算数: 15.00,", "预算数: \"\",")),
        ],
        nonTriggeringExamples: [ExampleProject.clean]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The label is only built for a blank cell: building it for every cell cost more than the check.
        func check(_ field: Field?, _ label: @autoclosure () -> String) {
            guard let field, field.isBlank else { return }
            let label = label()
            findings.append(Self.description.diagnostic(at: field.location, "\(label)为空，请填写\(label)"))
        }
        check(project.name, "项目名称")
        check(project.unit, "预算单位")
        check(project.budgetYear, "预算年度")
        check(project.moneyUnit, "金额单位")
        check(project.purpose, "资金用途")
        for (index, goal) in project.goals.enumerated() {
            check(goal, "第\(index + 1)条绩效目标")
        }
        for amount in [(project.budget?.total, "预算数"), (project.budget?.fiscal, "财政资金")] {
            if let cell = amount.0, cell.text.allSatisfy(\.isWhitespace) {
                findings.append(Self.description.diagnostic(
                    at: cell.location, "\(amount.1)为空，请填写金额（单位：\(project.moneyUnit?.text ?? "万元")）"))
            }
        }
        for indicator in project.indicators {
            func owner() -> String { indicator.name.flatMap { $0.isBlank ? nil : "“\($0.text)”的" } ?? "" }
            check(indicator.name, "“\(indicator.level2.text)”下的三级指标")
            check(indicator.description, "\(owner())绩效指标描述")
            check(indicator.target, "\(owner())指标值")
        }
        return findings
    }
}
