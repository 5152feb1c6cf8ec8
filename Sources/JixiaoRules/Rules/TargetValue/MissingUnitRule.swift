import JixiaoModel
import JixiaoParsing

/// `missing_unit`: a quantitative value without a unit, e.g. `≤6`.
struct MissingUnitRule: ContextRule {
    static let description = RuleDescription(
        identifier: "missing_unit",
        name: "指标值缺少计量单位",
        englishName: "Number without unit",
        severity: .warning,
        kind: .targetValue,
        rationale: "没有单位的数字（如“≤6”）说不清是 6 篇、6 次还是 6%，年底无法对照实际完成值评价。",
        criterion: .feasibility,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: ≤6")),
            ExampleProject.replacing(("指标值: ≥95%", "指标值: ≥95")),
        ],
        nonTriggeringExamples: [ExampleProject.clean, ExampleProject.replacing(("指标值: ≥4篇", "指标值: 6篇"))]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.kind == .quantitative && facts.unitBlank else { return }
            let indicator = context.indicators[index]
            guard let target = indicator.target, case .quantitative(let quantity)? = indicator.parsedTarget else { return }
            let value = "\(quantity.comparatorText)\(quantity.numberText)"
            let isRate = [indicator.name?.text, indicator.description?.text].contains { text in
                guard let text else { return false }
                return TextSearch.contains(text, "率") || TextSearch.contains(text, "比例")
            }
            let example = isRate ? "“\(value)%”" : "“\(value)个”“\(value)篇”或“\(value)%”"
            findings.append(Self.description.diagnostic(
                at: target.location, "指标值“\(target.text)”缺少计量单位，请写明单位，如\(example)"))
        }
        return findings
    }
}
