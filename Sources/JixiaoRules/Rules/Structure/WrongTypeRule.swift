import JixiaoModel

/// `wrong_type`: Wrong type (reported by the parser while reading the file).
struct WrongTypeRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "wrong_type",
        name: "栏目类型错误",
        englishName: "Wrong type",
        severity: .error,
        kind: .structure,
        rationale: "栏目的结构与格式不符（如预算应为包含预算数、财政资金、其他资金的映射），内容无法按表格读取。",
        criterion: .completeness,
        triggeringExamples: [ExampleProject.replacing(("预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: \"\"}", "预算: 15.00"))],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
