import JixiaoModel

/// `deadline_outside_year`: a deadline whose year is not the 预算年度.
struct DeadlineOutsideYearRule: ContextRule {
    static let description = RuleDescription(
        identifier: "deadline_outside_year",
        name: "完成时限不在预算年度内",
        englishName: "Deadline outside the budget year",
        severity: .warning,
        kind: .targetValue,
        rationale: "年度绩效目标考核的是预算年度内的工作；完成时限落在其他年份，说明年份写错或目标与本年度预算不对应。",
        criterion: .appropriateness,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 2023年6月")),
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 2021年12月底前")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 12月底前")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        guard let budgetYear = context.year else { return [] }
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.kind == .deadline else { return }
            guard let year = facts.deadlineYear, year != budgetYear,
                  let target = context.indicators[index].target
            else { return }
            findings.append(Self.description.diagnostic(
                at: target.location,
                "完成时限“\(target.text)”不在预算年度 \(budgetYear) 年内，请改为 \(budgetYear) 年内的日期，或核对预算年度"))
        }
        return findings
    }
}
