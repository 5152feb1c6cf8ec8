import JixiaoModel

/// `vague_value`: a qualitative value where a number is expected, or wording nobody can check.
///
/// Decisions (docs/rules.md): 数量指标 and cost indicators need a number, so any qualitative value
/// there is reported; a rate (三级指标 ending in 率) needs a percentage; in quality, benefit and
/// satisfaction indicators qualitative values are allowed (domain.md §3) unless they only state a
/// trend (`显著提升`, `不断提高`); graded wording (好/较好, 达成/部分达成, 满意) is always accepted.
/// Timeliness values are deadline_not_date's, values that repeat the name placeholder_value's.
struct VagueValueRule: ContextRule {
    static let description = RuleDescription(
        identifier: "vague_value",
        name: "指标值无法衡量",
        englishName: "Vague, unmeasurable value",
        severity: .warning,
        kind: .targetValue,
        rationale: "指标值应尽量量化；数量、成本指标必须写数字，比率应写百分比。定性指标可以使用分级表述（好/较好/一般/差、达成/部分达成/未达成、满意），但“显著提升”“严格按预算执行”之类只说方向的表述年底无法判断是否完成。",
        criterion: .feasibility,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 显著提升")),
            ExampleProject.replacing(("指标值: ≤15万元", "指标值: 严格按预算执行")),
            ExampleProject.replacing(("指标值: ≥287家", "指标值: 组织调查")),
            ExampleProject.replacing(("指标值: ≥95%", "指标值: 高校、科研院所等")),
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 提升服务对象满意度")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 获得相关部门认可")),
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 达成年度指标")),
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 满意")),
            ExampleProject.replacing(("指标值: ≥95%", "指标值: 经专家论证，技术成果具有示范性与先进性"),
                                     ("三级指标: 数据审核通过率", "三级指标: 技术成果质量")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled, facts.kind == .qualitative, facts.repeated == nil else { return }
            let indicator = context.indicators[index]
            guard !indicator.isTimeliness, let target = indicator.target,
                  let problem = Self.problem(with: indicator, facts, value: target.text, budgetHint: {
                      context.project.budget?.total.map { "≤\($0.text)\(context.project.moneyUnit?.text ?? "万元")" }
                          ?? "≤15万元"
                  })
            else { return }
            findings.append(Self.description.diagnostic(at: target.location, problem))
        }
        return findings
    }

    private static func problem(with indicator: Indicator, _ facts: IndicatorFacts, value: String,
                                budgetHint: () -> String) -> String? {
        if indicator.isQuantity {
            return "数量指标的指标值“\(value)”不是数量，请写成数字加单位，如“≥10个”“≥4篇”"
        }
        if indicator.isCost {
            return "成本指标的指标值“\(value)”没有金额，无法衡量，请写明成本上限，如“\(budgetHint())”"
        }
        if ValueWording.isGraded(normalized: facts.target, plain: facts.targetPlain) { return nil }
        if let name = indicator.name, TextComparison.hasSuffix(facts.name, facts.namePlain, "率", true) {
            return "“\(name.text)”是比率，指标值“\(value)”无法衡量，请写成百分比，如“≥95%”"
        }
        if let word = ValueWording.vagueWord(in: value) {
            let advice = indicator.isSatisfaction
                ? "请写成满意度比例，如“≥90%”，或使用分级表述（满意/基本满意/不满意）"
                : "请写明可核验的目标值（具体数量或比例，如“≥90%”），或使用分级表述（达成/部分达成/未达成）"
            return "指标值“\(value)”无法衡量（“\(word)”没有说明达到什么程度），\(advice)"
        }
        return nil
    }
}
