import JixiaoModel

/// `unknown_category`: a level-1 or level-2 key that belongs to neither official framework.
struct UnknownCategoryRule: ContextRule {
    static let description = RuleDescription(
        identifier: "unknown_category",
        name: "未知的指标类别",
        englishName: "Unknown category",
        severity: .error,
        kind: .category,
        rationale: "一级、二级指标只能使用 2020 年或 2021 年（财预〔2021〕101号）指标体系中的名称，自造或写错的类别无法汇总和评分。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing(("    社会效益指标:", "    社会影响指标:")),
            ExampleProject.replacing(("  满意度指标:", "  满意指标:")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.framework2021,
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var reported: Set<SourceLocation> = []
        context.forEachIndicator { index, facts in
            guard !facts.level1Known || facts.level2Parents == nil else { return }
            let indicator = context.indicators[index]
            let level1 = indicator.level1, level2 = indicator.level2
            if !facts.level1Known, reported.insert(level1.location).inserted {
                let known = IndicatorCategory.level1.map { "“\($0)”" }.joined(separator: "、")
                findings.append(Self.description.diagnostic(
                    at: level1.location, "一级指标“\(level1.text)”不在指标体系中，请改为\(known)之一"))
            }
            if facts.level2Parents == nil, reported.insert(level2.location).inserted {
                let allowed = IndicatorCategory.level2[level1.text] ?? []
                let hint = allowed.isEmpty
                    ? "请使用指标体系中的二级指标名称"
                    : "“\(level1.text)”下可用：" + allowed.map { "“\($0)”" }.joined(separator: "、")
                findings.append(Self.description.diagnostic(
                    at: level2.location, "二级指标“\(level2.text)”不在指标体系中，\(hint)"))
            }
        }
        return findings
    }
}
