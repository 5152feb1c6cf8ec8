import JixiaoModel

/// `deadline_not_date`: a 时效指标 whose value is not a deadline (`按时完成工作任务`, `早于12个月`).
/// Durations written as numbers (`≤5个工作日`) and rates (`≥95%`) are measurable and accepted.
struct DeadlineNotDateRule: ContextRule {
    static let description = RuleDescription(
        identifier: "deadline_not_date",
        name: "时效指标不是日期",
        englishName: "Deadline is not a date",
        severity: .warning,
        kind: .targetValue,
        rationale: "时效指标要写明完成时限（如“2022年12月底前”）或可计量的时长；“按时完成”“早于12个月”没有说明何时算按时，无法评价。",
        criterion: .feasibility,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 按时完成工作任务")),
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 早于12个月")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 2022年12月底前")),
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: 12月")),
            ExampleProject.replacing(("指标值: 2022年12月", "指标值: ≤5个工作日")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.kind == .qualitative else { return }
            let indicator = context.indicators[index]
            guard indicator.isTimeliness, let target = indicator.target else { return }
            let year = context.year.map(String.init) ?? "2022"
            findings.append(Self.description.diagnostic(
                at: target.location,
                "时效指标的指标值“\(target.text)”不是日期，请写明完成时限，如“\(year)年12月底前”"))
        }
        return findings
    }
}
