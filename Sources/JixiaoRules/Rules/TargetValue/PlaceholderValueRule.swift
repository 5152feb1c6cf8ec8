import JixiaoModel

/// `placeholder_value`: the 指标值 only repeats the concept — `满意度` as the value, or the value
/// equals (or is the tail of) the indicator's name or description.
struct PlaceholderValueRule: ContextRule {
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

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled, let repeated = facts.repeated, let target = context.indicators[index].target
            else { return }
            findings.append(Self.description.diagnostic(
                at: target.location,
                "指标值“\(target.text)”只重复了\(repeated)，没有给出目标，请写明要达到的目标值，如“≥90%”“≥4篇”"))
        }
        return findings
    }

    /// What a filled qualitative, non-timeliness value merely repeats (e.g. `三级指标“服务对象满意度”`),
    /// or nil; `facts` holds the normalised texts (`RuleContext` asks this once per indicator,
    /// for this rule, vague_value and satisfaction_not_measured).
    static func repeatedText(of indicator: Indicator, _ facts: IndicatorFacts) -> String? {
        let value = facts.target
        // At least two characters: stop after the second instead of counting every grapheme.
        let short = facts.targetPlain ? value.unicodeScalars.dropFirst().isEmpty : value.dropFirst().isEmpty
        guard !short, !ValueWording.isGraded(normalized: value, plain: facts.targetPlain) else { return nil }
        if let name = indicator.name, TextComparison.hasSuffix(facts.name, facts.namePlain, value, facts.targetPlain) {
            return "三级指标“\(name.text)”"
        }
        if let description = indicator.description,
           TextComparison.hasSuffix(facts.description, facts.descriptionPlain, value, facts.targetPlain) {
            return "绩效指标描述“\(description.text)”"
        }
        if ValueWording.isConcept(normalized: value, plain: facts.targetPlain) { return "所考核的概念" }
        return nil
    }
}
