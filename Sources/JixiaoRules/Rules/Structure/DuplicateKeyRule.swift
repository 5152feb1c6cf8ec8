import JixiaoModel

/// `duplicate_key`: Duplicate key (reported by the parser while reading the file).
struct DuplicateKeyRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "duplicate_key",
        name: "键重复",
        englishName: "Duplicate key",
        severity: .error,
        kind: .structure,
        rationale: "同一层级出现两次相同的键时后者会覆盖前者，内容会悄悄丢失；请合并或删除重复的键。",
        criterion: nil,
        triggeringExamples: [ExampleProject.replacing(("预算年度: 2022\n", "预算年度: 2022\n预算年度: 2023\n"))],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
