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
        // Which categories occur, by comparing with the few names asked about (no sets of
        // Chinese strings: hashing them normalises every name).
        func hasLevel1(_ name: String) -> Bool { indicators.contains { PlainText.equals($0.level1.text, plain: name) } }
        func hasOutput(_ level2: String) -> Bool {
            indicators.contains {
                PlainText.equals($0.level1.text, plain: "产出指标") && PlainText.equals($0.level2.text, plain: level2)
            }
        }
        var missing: [String] = []
        for (category, what) in [("产出指标", "产出"), ("效益指标", "效益")] where !hasLevel1(category) {
            missing.append("\(what)指标（“\(category)”）")
        }
        if !hasLevel1("满意度指标") { missing.append("满意度指标（“满意度指标”→“服务对象满意度指标”）") }
        if !indicators.contains(where: \.isCost) {
            missing.append("成本指标（“产出指标”下的“成本指标”，或一级“成本指标”）")
        }
        if hasLevel1("产出指标") {
            for category in ["数量指标", "质量指标", "时效指标"] where !hasOutput(category) {
                missing.append("产出指标中的“\(category)”")
            }
        }
        let location = indicators.first?.location ?? .start
        return missing.map { Self.description.diagnostic(at: location, "绩效指标缺少\($0)，请补充") }
    }
}
