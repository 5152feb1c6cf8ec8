import JixiaoModel

/// `duplicate_indicator`: the same level-2 category, 三级指标 and 绩效指标描述 twice in one table.
struct DuplicateIndicatorRule: Rule {
    static let description = RuleDescription(
        identifier: "duplicate_indicator",
        name: "指标重复",
        englishName: "Duplicate indicator",
        severity: .warning,
        kind: .targetValue,
        rationale: "同一二级指标下三级指标和描述都相同的两行考核的是同一件事，会重复计分；请删除或合并。名称相同但描述不同（如分别考核工作会和宣讲会）不算重复。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing((
                "    质量指标:\n",
                "      - 三级指标: 调查单位数\n        绩效指标描述: 科技统计调查单位数\n        指标值: ≥300家\n    质量指标:\n")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing((
                "    质量指标:\n",
                "      - 三级指标: 调查单位数\n        绩效指标描述: 重点科研单位调查数\n        指标值: ≥30家\n    质量指标:\n")),
        ]
    )

    private struct Key: Hashable {
        var level1: String, level2: String, name: String, description: String
    }

    func validate(_ project: Project) -> [Diagnostic] {
        var seen: [Key: Indicator] = [:]
        var findings: [Diagnostic] = []
        for indicator in project.indicators {
            let key = Key(level1: indicator.level1.text, level2: indicator.level2.text,
                          name: TextComparison.normalized(indicator.name?.text ?? ""),
                          description: TextComparison.normalized(indicator.description?.text ?? ""))
            guard !key.name.isEmpty else { continue }  // a blank name is empty_cell's finding
            if let first = seen[key] {
                findings.append(Self.description.diagnostic(
                    at: indicator.rowLocation,
                    "\(indicator.label)与第 \(first.rowLocation.line) 行的指标重复（二级指标、三级指标和描述都相同），请删除或合并"))
            } else {
                seen[key] = indicator
            }
        }
        return findings
    }
}
