import JixiaoModel

/// `redundant_value`: the same comparison written twice, e.g. `≥2不少于2次`.
struct RedundantValueRule: ContextRule {
    static let description = RuleDescription(
        identifier: "redundant_value",
        name: "指标值重复表述",
        englishName: "Redundant value",
        severity: .info,
        kind: .targetValue,
        rationale: "“≥2不少于2次”把同一个要求用符号和文字各写一遍，读起来累赘，两处数字不一致时还会产生歧义；只保留一种写法。",
        criterion: nil,
        triggeringExamples: [ExampleProject.replacing(("指标值: ≥4篇", "指标值: ≥4不少于4篇"))],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("指标值: ≥4篇", "指标值: 不少于4篇")),
        ]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.restated else { return }
            let indicator = context.indicators[index]
            guard let target = indicator.target, case .quantitative(let quantity)? = indicator.parsedTarget,
                  let restatement = quantity.restatement
            else { return }
            let single = "\(quantity.comparator.rawValue)\(quantity.numberText)\(quantity.unit)"
            findings.append(Self.description.diagnostic(
                at: target.location,
                "指标值“\(target.text)”把同一要求写了两遍（“\(restatement)”），请只保留一种写法，如“\(single)”"))
        }
        return findings
    }
}
