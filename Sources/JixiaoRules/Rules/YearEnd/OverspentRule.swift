import JixiaoModel

/// `overspent`: 预算执行数 above 预算数.
struct OverspentRule: Rule {
    static let description = RuleDescription(
        identifier: "overspent",
        name: "预算执行数超过预算数",
        englishName: "Spending over budget",
        severity: .warning,
        kind: .yearEnd,
        rationale: "执行数超过预算数意味着超预算支出，需要说明资金来源或核对数字；执行率按上限计分。",
        criterion: nil,
        triggeringExamples: [ExampleProject.yearEndReplacing(("预算执行数: 14.50", "预算执行数: 16.20"))],
        nonTriggeringExamples: [
            ExampleProject.yearEnd,
            ExampleProject.yearEndReplacing(("预算执行数: 14.50", "预算执行数: 15.00")),
        ]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        guard let executed = project.executedAmount, let spent = AmountReading.value(of: executed),
              let total = project.budget?.total, let budget = AmountReading.value(of: total),
              spent > budget + BudgetSumMismatchRule.tolerance
        else { return [] }
        let unit = project.moneyUnit?.text ?? "万元"
        return [Self.description.diagnostic(
            at: executed.location,
            "预算执行数 \(executed.text)\(unit) 超过预算数 \(total.text)\(unit)，请核对执行数或说明超支原因")]
    }
}
