import JixiaoModel

/// `alias_not_allowed`: YAML alias not allowed (reported by the parser while reading the file).
struct AliasNotAllowedRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "alias_not_allowed",
        name: "不允许使用 YAML 别名",
        englishName: "YAML alias not allowed",
        severity: .error,
        kind: .structure,
        rationale: "锚点与别名（&、*）会让同一内容出现在多处，表格应逐格写明；别名也可被用来制造超大文档。",
        criterion: nil,
        triggeringExamples: ["项目名称: &名称 科技统计调查\n资金用途: *名称\n预算年度: 2022\n"],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
