import JixiaoModel

/// `cost_exceeds_budget`: a cost indicator's threshold, in the budget's 金额单位, above 预算数.
struct CostExceedsBudgetRule: ContextRule {
    static let description = RuleDescription(
        identifier: "cost_exceeds_budget",
        name: "成本指标高于预算数",
        englishName: "Cost threshold above the budget",
        severity: .error,
        kind: .budget,
        rationale: "成本指标的上限不能超过项目预算数：预算只有 15 万元，却写“<18万元”，目标与预算自相矛盾。金额按金额单位换算（万元、元）后比较。",
        criterion: .appropriateness,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: ≤15万元", "指标值: <18万元")),
            ExampleProject.replacing(("指标值: ≤15万元", "指标值: ≤160000元")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("指标值: ≤15万元", "指标值: <15万")),
            ExampleProject.replacing(("指标值: ≤15万元", "指标值: ≤150000元")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        let project = context.project
        guard let total = project.budget?.total, let budget = AmountReading.value(of: total) else { return [] }
        let moneyUnit = project.moneyUnit.map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? "万元"
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.kind == .quantitative else { return }
            let indicator = context.indicators[index]
            guard indicator.isCost, let target = indicator.target,
                  case .quantitative(let quantity)? = indicator.parsedTarget,
                  let threshold = MoneyUnit.convert(quantity.number, from: quantity.unit, to: moneyUnit),
                  threshold > budget + BudgetSumMismatchRule.tolerance
            else { return }
            let sameUnit = MoneyUnit.yuanPerUnit(quantity.unit) == MoneyUnit.yuanPerUnit(moneyUnit)
            let converted = sameUnit ? "" : "（即 \(AmountReading.formatted(threshold))\(moneyUnit)）"
            findings.append(Self.description.diagnostic(
                at: target.location,
                "成本指标值“\(target.text)”\(converted)高于预算数 \(total.text)\(moneyUnit)，成本上限不应超过预算，如“≤\(total.text)\(moneyUnit)”"))
        }
        return findings
    }
}
