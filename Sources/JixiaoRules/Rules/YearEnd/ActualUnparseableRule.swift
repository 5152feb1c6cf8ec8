import JixiaoModel
import JixiaoParsing

/// `actual_unparseable`: the 实际完成值 of a quantitative target holds no number to score against.
struct ActualUnparseableRule: ContextRule {
    static let description = RuleDescription(
        identifier: "actual_unparseable",
        name: "实际完成值无法读取",
        englishName: "Actual value has no number",
        severity: .warning,
        kind: .yearEnd,
        rationale: "定量指标的实际完成值必须写出数字（最好带同样的单位），否则无法与指标值比较和计算得分。",
        criterion: nil,
        triggeringExamples: [ExampleProject.yearEndReplacing(("实际完成值: 5篇", "实际完成值: 已完成"))],
        nonTriggeringExamples: [
            ExampleProject.yearEnd,
            ExampleProject.yearEndReplacing(("实际完成值: 5篇", "实际完成值: 5")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        // A filled 实际完成值 makes `hasYearEndValues` true: only filled ones are judged here.
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.actualFilled && facts.kind == .quantitative else { return }
            guard case .qualitative? = facts.actualReading else { return }
            let indicator = context.indicators[index]
            guard let actual = indicator.actual, case .quantitative(let goal)? = indicator.parsedTarget else { return }
            findings.append(Self.description.diagnostic(
                at: actual.location,
                "实际完成值“\(actual.text)”中没有数字，无法与指标值“\(indicator.target?.text ?? "")”比较，请写成如“\(goal.numberText)\(goal.unit)”的数量"))
        }
        return findings
    }
}
