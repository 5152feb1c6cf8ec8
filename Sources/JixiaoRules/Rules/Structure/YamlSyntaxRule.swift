import JixiaoModel

/// `yaml_syntax`: YAML syntax error (reported by the parser while reading the file).
struct YamlSyntaxRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "yaml_syntax",
        name: "YAML 语法错误",
        englishName: "YAML syntax error",
        severity: .error,
        kind: .structure,
        rationale: "文件不是合法的 YAML，无法读出任何内容；请按报告的行列修正括号、引号或缩进。",
        criterion: nil,
        triggeringExamples: ["项目名称: [科技统计调查\n预算年度: 2022\n"],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
