import JixiaoModel

/// `category_mismatch`: a known level-2 category under a level-1 category it does not belong to.
struct CategoryMismatchRule: ContextRule {
    static let description = RuleDescription(
        identifier: "category_mismatch",
        name: "二级指标归类错误",
        englishName: "Category under the wrong parent",
        severity: .error,
        kind: .category,
        rationale: "二级指标必须放在所属的一级指标之下（如社会效益指标属于效益指标），放错会使产出、效益、满意度的统计和自评权重出错。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing(("    成本指标:", "    社会效益指标:")),
            ExampleProject.replacing(("    社会效益指标:", "    数量指标:")),
        ],
        nonTriggeringExamples: [ExampleProject.clean, ExampleProject.framework2021]
    )

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var reported: Set<SourceLocation> = []
        context.forEachIndicator { index, facts in
            // Unknown names are unknown_category's business; only judge two known names here.
            guard facts.level1Known, let parents = facts.level2Parents else { return }
            let indicator = context.indicators[index]
            let level1 = indicator.level1.text
            guard !parents.contains(where: { PlainText.equals(level1, plain: $0) }) else { return }
            let level2 = indicator.level2
            guard reported.insert(level2.location).inserted else { return }
            let parentList = parents.map { "“\($0)”" }.joined(separator: "或")
            findings.append(Self.description.diagnostic(
                at: level2.location,
                "二级指标“\(level2.text)”属于\(parentList)，不应放在“\(level1)”下，请移到\(parentList)之下"))
        }
        return findings
    }
}
