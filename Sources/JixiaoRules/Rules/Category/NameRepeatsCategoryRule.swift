import JixiaoModel

/// `name_repeats_category`: the 三级指标 only repeats its level-2 category (`时效指标` under 时效指标).
struct NameRepeatsCategoryRule: Rule {
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

    func validate(_ project: Project) -> [Diagnostic] {
        project.indicators.compactMap { indicator in
            guard let name = indicator.name,
                  TextComparison.same(name.text, indicator.level2.text) || TextComparison.same(name.text, indicator.level1.text)
            else { return nil }
            return Self.description.diagnostic(
                at: name.location,
                "三级指标“\(name.text)”只重复了指标类别名称，请写明具体考核内容，如“完成时间”“服务对象满意度”")
        }
    }
}
