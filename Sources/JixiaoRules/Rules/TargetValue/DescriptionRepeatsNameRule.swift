import JixiaoModel

/// `description_repeats_name`: 绩效指标描述 identical to 三级指标 (ignoring spaces and punctuation).
struct DescriptionRepeatsNameRule: ContextRule {
    static let description = RuleDescription(
        identifier: "description_repeats_name",
        name: "指标描述与三级指标相同",
        englishName: "Description repeats the name",
        severity: .warning,
        kind: .targetValue,
        rationale: "绩效指标描述应说明衡量什么、怎么衡量（口径、范围）；照抄三级指标没有提供任何信息。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing(("绩效指标描述: 工作完成时间", "绩效指标描述: 完成时间")),
            ExampleProject.replacing(("三级指标: 数据审核通过率\n        绩效指标描述: 调查数据通过上级部门审核的比例",
                                      "三级指标: 数据时效性、规范性\n        绩效指标描述: 数据时效性、规范性")),
        ],
        nonTriggeringExamples: [ExampleProject.clean]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard TextComparison.sameNormalized(facts.name, facts.namePlain, facts.description, facts.descriptionPlain) else { return }
            let indicator = context.indicators[index]
            guard indicator.name != nil, let description = indicator.description else { return }
            findings.append(Self.description.diagnostic(
                at: description.location,
                "绩效指标描述“\(description.text)”与三级指标相同，请写明具体衡量什么、怎么衡量（口径、范围）"))
        }
        return findings
    }
}
