import JixiaoModel

/// `empty_file`: Empty file (reported by the parser while reading the file).
struct EmptyFileRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "empty_file",
        name: "空文件",
        englishName: "Empty file",
        severity: .error,
        kind: .structure,
        rationale: "文件中没有任何内容（或只有注释），不构成一张绩效目标表。",
        criterion: nil,
        triggeringExamples: ["", "# 只有注释，没有内容\n"],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
