import JixiaoModel

/// `name_repeats_category`: the 三级指标 only repeats its level-2 category (`时效指标` under 时效指标).
struct NameRepeatsCategoryRule: ContextRule {
    static let description = RuleDescription(
        identifier: "name_repeats_category",
        name: "三级指标重复二级指标名称",
        englishName: "Indicator name repeats its category",
        severity: .warning,
        kind: .category,
        rationale: "三级指标应写明具体考核什么（如“完成时间”“调研报告数量”）；只重复二级指标名称等于没有指标，审核时无法判断考核内容。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing(("三级指标: 完成时间", "三级指标: 时效指标")),
            ExampleProject.replacing(("三级指标: 服务单位满意度", "三级指标: 服务对象满意度指标")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("三级指标: 服务单位满意度", "三级指标: 服务对象满意度")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard TextComparison.sameNormalized(facts.name, facts.namePlain, facts.level2, facts.level2Plain)
                || TextComparison.sameNormalized(facts.name, facts.namePlain, facts.level1, facts.level1Plain) else { return }
            let indicator = context.indicators[index]
            guard let name = indicator.name else { return }
            let example = Self.examples[indicator.level2.text] ?? "“完成时间”"
            findings.append(Self.description.diagnostic(
                at: name.location,
                "三级指标“\(name.text)”只重复了指标类别名称，请写明具体考核内容，如\(example)"))
        }
        return findings
    }

    /// A concrete indicator name per level-2 category, for the message's suggestion.
    private static let examples: [String: String] = [
        "数量指标": "“调研报告数量”", "质量指标": "“数据审核通过率”", "时效指标": "“完成时间”",
        "成本指标": "“项目成本”", "经济成本指标": "“项目成本”", "社会成本指标": "“受影响人数”",
        "生态环境成本指标": "“能耗”", "经济效益指标": "“对接企业数量”", "社会效益指标": "“服务企业数量”",
        "生态效益指标": "“推广节能技术数量”", "可持续影响指标": "“长效机制建立”",
        "服务对象满意度指标": "“服务对象满意度”",
    ]
}
