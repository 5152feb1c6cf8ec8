import JixiaoModel

/// `deviation_reason_missing`: the actual value misses the target and no 偏差原因 is given.
struct DeviationReasonMissingRule: ContextRule {
    static let description = RuleDescription(
        identifier: "deviation_reason_missing",
        name: "未达标缺少偏差原因",
        englishName: "Missed target without a reason",
        severity: .warning,
        kind: .yearEnd,
        rationale: "实际完成值未达到指标值（按指标值的比较方向判断：≥ 要不低于，≤ 要不高于，时限要不晚于）时，自评表必须说明偏差原因和改进措施。",
        criterion: nil,
        triggeringExamples: [
            ExampleProject.yearEndReplacing(("实际完成值: 5篇", "实际完成值: 3篇")),
            ExampleProject.yearEndReplacing(("实际完成值: 14.5万元", "实际完成值: 16万元")),
            ExampleProject.yearEndReplacing(("实际完成值: 2022年11月", "实际完成值: 2023年2月")),
        ],
        nonTriggeringExamples: [
            ExampleProject.yearEnd,
            ExampleProject.yearEndReplacing(("实际完成值: 5篇", "实际完成值: 3篇\n        偏差原因: 两篇报告因疫情推迟到次年报送")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.actualFilled && facts.kind != .none else { return }
            let indicator = context.indicators[index]
            guard indicator.deviationReason.map(\.isBlank) ?? true, let actual = indicator.actual,
                  let target = indicator.parsedTarget,
                  TargetAttainment.of(actual: actual.text, reading: facts.actualReading, target: target,
                                      budgetYear: context.year) == .missed
            else { return }
            findings.append(Self.description.diagnostic(
                at: actual.location,
                "实际完成值“\(actual.text)”未达到指标值“\(indicator.target?.text ?? "")”，请填写偏差原因"))
        }
        return findings
    }
}
