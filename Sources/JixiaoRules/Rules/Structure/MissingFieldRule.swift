import JixiaoModel

/// `missing_field`: Missing required field (reported by the parser while reading the file).
struct MissingFieldRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "missing_field",
        name: "缺少必填栏目",
        englishName: "Missing required field",
        severity: .error,
        kind: .structure,
        rationale: "项目名称、预算年度、预算、绩效指标等栏目是一张绩效目标表的必备内容，缺少时无法审核。",
        criterion: .completeness,
        triggeringExamples: [ExampleProject.replacing(("项目名称: 科技统计调查\n", ""))],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
