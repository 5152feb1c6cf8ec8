import JixiaoModel

/// `unknown_key`: Unknown key (reported by the parser while reading the file).
struct UnknownKeyRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "unknown_key",
        name: "未知的键",
        englishName: "Unknown key",
        severity: .error,
        kind: .structure,
        rationale: "文件格式只认表格中的中文栏目名；拼错或自创的键不会被读取，其内容会被忽略。",
        criterion: nil,
        triggeringExamples: [ExampleProject.replacing(("金额单位: 万元\n", "金额单位: 万元\n备注: 无\n"))],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
