import JixiaoModel

/// `actual_missing`: at year end, an indicator without 实际完成值.
struct ActualMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "actual_missing",
        name: "缺少实际完成值",
        englishName: "Actual value missing",
        severity: .warning,
        kind: .yearEnd,
        rationale: "年终自评时每个指标都要填写实际完成值，否则该指标无法评分；只在文件已填写年终数据（预算执行数、实际完成值或得分）时检查。",
        criterion: nil,
        triggeringExamples: [
            ExampleProject.yearEndReplacing(("        实际完成值: 5篇\n", "")),
            ExampleProject.replacing(("资金用途:", "预算执行数: 14.50\n资金用途:")),
        ],
        nonTriggeringExamples: [ExampleProject.yearEnd, ExampleProject.clean]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        guard project.hasYearEndValues else { return [] }
        return project.indicators.compactMap { indicator in
            if let actual = indicator.actual, !actual.isBlank { return nil }
            return Self.description.diagnostic(
                at: indicator.actual?.location ?? indicator.rowLocation,
                "\(indicator.label)缺少实际完成值，请填写年底实际完成情况")
        }
    }
}
