import JixiaoModel

/// `budget_sum_mismatch`: 预算数 ≠ 财政资金 + 其他资金 (blank = 0), beyond rounding (0.005).
struct BudgetSumMismatchRule: Rule {
    static let description = RuleDescription(
        identifier: "budget_sum_mismatch",
        name: "预算数与资金来源不符",
        englishName: "Budget parts do not add up",
        severity: .error,
        kind: .budget,
        rationale: "预算数必须等于财政资金与其他资金之和（其他资金空白按 0 计）；不等说明有一处金额填错。",
        criterion: .appropriateness,
        triggeringExamples: [
            ExampleProject.replacing(("财政资金: 15.00", "财政资金: 12.00")),
            ExampleProject.replacing(("其他资金: \"\"", "其他资金: 3.00")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("财政资金: 15.00, 其他资金: \"\"", "财政资金: 12.00, 其他资金: 3")),
            ExampleProject.replacing(("预算数: 15.00, 财政资金: 15.00, 其他资金: \"\"", "预算数: 0.3, 财政资金: 0.1, 其他资金: 0.2")),
        ]
    )

    /// Amounts are written with two decimals; anything closer than half a cent is rounding.
    static let tolerance = 0.005

    func validate(_ project: Project) -> [Diagnostic] {
        guard let budget = project.budget, let total = budget.total,
              !total.text.allSatisfy(\.isWhitespace), let totalValue = AmountReading.value(of: total),
              let fiscal = AmountReading.valueOrZero(of: budget.fiscal),
              let other = AmountReading.valueOrZero(of: budget.other)
        else { return [] }  // unreadable amounts are invalid_amount's findings, blank ones empty_cell's
        let sum = fiscal + other
        guard abs(totalValue - sum) > Self.tolerance else { return [] }
        let fiscalText = budget.fiscal.map { $0.text.isEmpty ? "空白" : $0.text } ?? "空白"
        let otherText = budget.other.map { $0.text.isEmpty ? "空白" : $0.text } ?? "空白"
        return [Self.description.diagnostic(
            at: total.location,
            "预算数“\(total.text)”不等于财政资金“\(fiscalText)”与其他资金“\(otherText)”之和 \(AmountReading.formatted(sum))，请核对各项金额")]
    }
}
