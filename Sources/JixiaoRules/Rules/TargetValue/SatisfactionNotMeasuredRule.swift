import JixiaoModel
import JixiaoParsing

/// `satisfaction_not_measured`: a satisfaction indicator whose value measures something else
/// (`≥10份` questionnaires, `形成有关报告和数据资料`) instead of a satisfaction rate or grade.
struct SatisfactionNotMeasuredRule: ContextRule {
    static let description = RuleDescription(
        identifier: "satisfaction_not_measured",
        name: "满意度指标未衡量满意程度",
        englishName: "Satisfaction indicator measures something else",
        severity: .warning,
        kind: .targetValue,
        rationale: "满意度指标要衡量服务对象的满意程度，通常写成满意率（如“≥90%”）或满意等级（满意/基本满意）；写问卷份数或工作成果，考核的就不是满意度。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: ≥10份")),
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 形成有关报告和数据资料")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 满意")),
            ExampleProject.replacing(("被调查单位对服务的满意程度\n        指标值: ≥90%", "被调查单位对服务的满意程度\n        指标值: 大于95百分比")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.kind != .none else { return }
            let indicator = context.indicators[index]
            guard indicator.isSatisfaction, let target = indicator.target,
                  !Self.measuresSatisfaction(facts, text: target.text)
            else { return }
            findings.append(Self.description.diagnostic(
                at: target.location,
                "满意度指标的指标值“\(target.text)”没有衡量满意程度，请写成满意率，如“≥90%”，或满意等级（满意/基本满意）"))
        }
        return findings
    }

    /// True when the value is a rate, a grade, or already reported by a more specific rule.
    private static func measuresSatisfaction(_ facts: IndicatorFacts, text: String) -> Bool {
        switch facts.kind {
        case .quantitative:
            return facts.percentUnit
        case .deadline, .none:
            return false
        case .qualitative:
            // Placeholders and vague wording have their own findings: one finding per cell.
            return ValueWording.isGraded(normalized: facts.target, plain: facts.targetPlain)
                || TextSearch.contains(text, "满意") || facts.repeated != nil || ValueWording.vagueWord(in: text) != nil
        }
    }
}
