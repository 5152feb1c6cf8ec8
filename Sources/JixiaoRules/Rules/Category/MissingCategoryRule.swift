import JixiaoModel

/// `missing_category`: the table lacks output, benefit or satisfaction indicators, a cost element,
/// or output quantity / quality / timeliness.
struct MissingCategoryRule: Rule {
    static let description = RuleDescription(
        identifier: "missing_category",
        name: "缺少指标类别",
        englishName: "Missing category",
        severity: .warning,
        kind: .category,
        rationale: "一张完整的绩效目标表应有产出、效益、满意度指标和成本指标（产出下的成本指标或一级成本指标），产出指标应涵盖数量、质量、时效。",
        criterion: .completeness,
        triggeringExamples: [
            ExampleProject.replacing((
                "    时效指标:\n      - 三级指标: 完成时间\n        绩效指标描述: 工作完成时间\n        指标值: 2022年12月\n", "")),
            ExampleProject.replacing((
                "  满意度指标:\n    服务对象满意度指标:\n      - 三级指标: 服务单位满意度\n        绩效指标描述: 被调查单位对服务的满意程度\n        指标值: ≥90%\n", "")),
            ExampleProject.replacing((
                "    成本指标:\n      - 三级指标: 成本\n        绩效指标描述: 开展工作所花费的成本\n        指标值: ≤15万元\n", "")),
        ],
        nonTriggeringExamples: [ExampleProject.clean, ExampleProject.framework2021]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        let indicators = project.indicators
        // The categories each row is in were worked out when the row was read (`Indicator`).
        let output = indicators.filter(\.isOutput)
        var missing: [String] = []
        if output.isEmpty { missing.append("产出指标（“产出指标”）") }
        if !indicators.contains(where: \.isBenefit) { missing.append("效益指标（“效益指标”）") }
        if !indicators.contains(where: \.isSatisfaction) { missing.append("满意度指标（“满意度指标”→“服务对象满意度指标”）") }
        if !indicators.contains(where: \.isCost) {
            missing.append("成本指标（“产出指标”下的“成本指标”，或一级“成本指标”）")
        }
        if !output.isEmpty {
            if !output.contains(where: \.isQuantity) { missing.append("产出指标中的“数量指标”") }
            if !output.contains(where: \.isQuality) { missing.append("产出指标中的“质量指标”") }
            if !output.contains(where: \.isTimeliness) { missing.append("产出指标中的“时效指标”") }
        }
        let location = indicators.first?.location ?? .start
        return missing.map { Self.description.diagnostic(at: location, "绩效指标缺少\($0)，请补充") }
    }
}
