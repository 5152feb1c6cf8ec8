import JixiaoModel

/// `not_utf8`: File is not UTF-8 (reported by the parser while reading the file).
struct NotUTF8Rule: ParserReportedRule {
    static let description = RuleDescription(
        identifier: "not_utf8",
        name: "文件不是 UTF-8 编码",
        englishName: "File is not UTF-8",
        severity: .error,
        kind: .structure,
        rationale: "项目文件必须以 UTF-8 保存；GBK 等编码会变成乱码，请用编辑器另存为 UTF-8。",
        criterion: nil,
        triggeringExamples: ["--- hex: cf ee c4 bf c3 fb b3 c6 3a 20 bf c6 bc bc cd b3 bc c6 b5 f7 b2 e9 0a d4 a4 cb e3 c4 ea b6 c8 3a 20 32 30 32 32 0a"],
        nonTriggeringExamples: ["--- hex: e9 a1 b9 e7 9b ae e5 90 8d e7 a7 b0 3a 20 e7 a7 91 e6 8a 80 e7 bb 9f e8 ae a1 e8 b0 83 e6 9f a5 0a", ExampleProject.clean]
    )
}
