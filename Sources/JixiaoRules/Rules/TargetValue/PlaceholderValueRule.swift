import JixiaoModel

/// `placeholder_value`: the 指标值 only repeats the concept — `满意度` as the value, or the value
/// equals (or is the tail of) the indicator's name or description.
struct PlaceholderValueRule: Rule {
    static let description = RuleDescription(
        identifier: "placeholder_value",
        name: "指标值只重复指标内容",
        englishName: "Value only repeats the concept",
        severity: .warning,
        kind: .targetValue,
        rationale: "指标值应给出要达到的目标；只写“满意度”或照抄三级指标、指标描述，等于没有目标，年底无法评价。时效指标的非日期值由 deadline_not_date 报告。",
        criterion: .feasibility,
        triggeringExamples: [
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 满意度")),
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 形成内参报告报送相关领导")),
            ExampleProject.replacing(("三级指标: 内参报告", "三级指标: 科技统计内参报告"), ("指标值: ≥4篇", "指标值: 内参报告")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 满意")),
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 获得相关部门认可")),
        ]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        project.indicators.compactMap { indicator in
            guard let target = indicator.filledTarget, let repeated = Self.repeatedText(of: indicator) else { return nil }
            return Self.description.diagnostic(
                at: target.location,
                "指标值“\(target.text)”只重复了\(repeated)，没有给出目标，请写明要达到的目标值，如“≥90%”“≥4篇”")
        }
    }

    /// What a qualitative, non-timeliness value merely repeats (e.g. `三级指标“服务对象满意度”`), or nil.
    static func repeatedText(of indicator: Indicator) -> String? {
        guard !indicator.isTimeliness, let target = indicator.filledTarget,
              case .qualitative? = indicator.parsedTarget else { return nil }
        // One normalisation serves the grade and concept look-ups too (it is idempotent); this
        // runs three times per indicator (here, vague_value, satisfaction_not_measured).
        let value = TextComparison.normalized(target.text)
        // At least two characters: stop after the second instead of counting every grapheme.
        guard !ValueWording.isGraded(normalized: value), !value.dropFirst().isEmpty else { return nil }
        if let name = indicator.name, TextComparison.hasSuffix(TextComparison.normalized(name.text), value) {
            return "三级指标“\(name.text)”"
        }
        if let description = indicator.description, TextComparison.hasSuffix(TextComparison.normalized(description.text), value) {
            return "绩效指标描述“\(description.text)”"
        }
        if ValueWording.isConcept(normalized: value) { return "所考核的概念" }
        return nil
    }
}
