import JixiaoModel

/// `file_too_large`: File too large (reported by the parser while reading the file).
struct FileTooLargeRule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "file_too_large",
        name: "文件过大",
        englishName: "File too large",
        severity: .error,
        kind: .structure,
        rationale: "单个项目文件不应超过 1 MiB；过大的文件多半是误放的数据，拒绝读取以保护构建。",
        criterion: nil,
        triggeringExamples: ["--- pad to 1048577 bytes\n" + ExampleProject.clean],
        nonTriggeringExamples: [ExampleProject.clean]
    )
}
