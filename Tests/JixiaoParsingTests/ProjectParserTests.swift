import Foundation
import JixiaoModel
@testable import JixiaoParsing
import Testing

/// The parser on real files: every bad-input case gives one clear, located diagnostic and never a crash.
@Suite struct ProjectParserTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    func parse(_ relative: String) -> ParseResult {
        ProjectParser.parse(fileAt: Self.fixtures.appendingPathComponent(relative), path: relative)
    }

    @Test func readsAWholeProjectWithLocations() throws {
        let result = parse("valid/科技重大专项评估.yaml")
        #expect(result.diagnostics.isEmpty)
        let project = try #require(result.project)
        #expect(project.id == "valid/科技重大专项评估")
        #expect(project.name?.text == "2022年度科技重大专项评估")
        #expect(project.name?.location == SourceLocation(line: 2, column: 7))
        #expect(project.year == 2022)
        #expect(project.budget?.total?.value == 15)
        #expect(project.budget?.total?.text == "15.00")
        #expect(project.budget?.other?.value == 0)
        #expect(project.goals.count == 1)
        #expect(project.indicators.count == 5)
        let first = project.indicators[0]
        #expect(first.level1.text == "产出指标" && first.level1.location.line == 11)
        #expect(first.level2.text == "数量指标" && first.level2.location == SourceLocation(line: 12, column: 5))
        #expect(first.name?.text == "评估项目数")
        #expect(first.target?.text == "≥20个")
        #expect(first.target?.location == SourceLocation(line: 15, column: 14))
        #expect(first.location.line == 13)
        #expect(project.indicators.map(\.level2.text) == ["数量指标", "时效指标", "成本指标", "可持续影响指标", "服务对象满意度指标"])
    }

    @Test func scalarsStayRawText() throws {
        // The default resolver would turn `no` into false and `010` into 8.
        let yaml = "项目名称: '010'\n预算年度: 2022\n金额单位: no\n"
        let project = try #require(ProjectParser.parse(data: Data(yaml.utf8), path: "a.yaml").project)
        #expect(project.name?.text == "010")
        #expect(project.moneyUnit?.text == "no")
        let result = parse("valid/科技重大专项评估.yaml")
        #expect(result.project?.indicators.last?.target?.text == "no")
    }

    @Test func acceptsBOMAndCRLF() throws {
        let plain = try #require(parse("valid/科技重大专项评估.yaml").project)
        let result = parse("valid/bom_crlf.yaml")
        #expect(result.diagnostics.isEmpty)
        let project = try #require(result.project)
        #expect(project.indicators.map(\.target) == plain.indicators.map(\.target))
        #expect(project.name == plain.name)
        #expect(project.purpose?.text.contains("\r") == false)
    }

    /// One file per bad-input case: (file, rule, line, column, words the message must contain).
    static let brokenCases: [(String, String, Int, Int, String)] = [
        ("yaml_syntax.yaml", RuleID.yamlSyntax, 4, 7, "缩进"),
        ("unknown_key.yaml", RuleID.unknownKey, 9, 1, "是不是“项目名称”"),
        ("wrong_type.yaml", RuleID.wrongType, 5, 5, "预算应为"),
        ("duplicate_key.yaml", RuleID.duplicateKey, 9, 1, "第一次在第 1 行"),
        ("missing_field.yaml", RuleID.missingField, 1, 1, "资金用途"),
        ("alias_not_allowed.yaml", RuleID.aliasNotAllowed, 1, 7, "锚点"),
        ("empty_file.yaml", RuleID.emptyFile, 1, 1, "空"),
        ("only_comments.yaml", RuleID.emptyFile, 1, 1, "空"),
        ("not_utf8_gbk.yaml", RuleID.notUTF8, 1, 2, "GBK/GB18030"),
    ]

    @Test(arguments: brokenCases)
    func brokenFileGivesOneClearDiagnostic(file: String, rule: String, line: Int, column: Int, words: String) {
        let result = parse("broken/" + file)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.rule == rule)
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location == SourceLocation(line: line, column: column))
        #expect(diagnostic?.message.contains(words) == true, "\(diagnostic?.message ?? "")")
    }

    @Test func aliasBombCostsNothingAndIsRejected() {
        // 9 levels of 9 aliases: a walker that followed them would visit 9^9 nodes.
        let result = parse("broken/alias_bomb.yaml")
        let rules = Set(result.diagnostics.map(\.rule))
        #expect(rules.isSuperset(of: [RuleID.aliasNotAllowed, RuleID.unknownKey]))
        #expect(result.diagnostics.filter { $0.rule == RuleID.unknownKey }.count == 9)
        // Yams resolves the alias to the anchored node, so the finding points at the anchor.
        #expect(result.diagnostics.contains { $0.rule == RuleID.aliasNotAllowed })
    }

    /// The one diagnostic of `yaml` as "rule@line:column message".
    func onlyDiagnostic(_ yaml: String) -> String {
        let diagnostics = ProjectParser.parse(data: Data(yaml.utf8), path: "t.yaml").diagnostics
        guard diagnostics.count == 1, let diagnostic = diagnostics.first else { return "\(diagnostics)" }
        return "\(diagnostic.rule)@\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.message)"
    }

    @Test func aLevelOneValueThatIsNotAMappingIsNamedInTheFinding() {
        let yaml = "项目名称: 测试\n预算单位: 甲\n预算年度: 2022\n金额单位: 万元\n预算: {预算数: 1, 财政资金: 1, 其他资金: 0}\n"
            + "资金用途: 用途\n绩效目标:\n  - 目标\n绩效指标:\n  产出指标: 很多\n"
        let found = onlyDiagnostic(yaml)
        #expect(found == "\(RuleID.wrongType)@10:9 一级指标“产出指标”应为以二级指标为键的映射（数量指标、质量指标……）；这里是文字“很多”", "\(found)")
    }

    @Test func duplicateKeyInAFlowMappingIsReportedAtItsSecondOccurrence() {
        let found = onlyDiagnostic("项目名称: 测试\n预算: {预算数: 1, 财政资金: 1, 预算数: 2}\n")
        #expect(found.hasPrefix("\(RuleID.duplicateKey)@2:23 键“预算数”重复出现（第一次在第 2 行）"), "\(found)")
    }

    @Test func duplicateKeyInACRLFFileIsLocatedNotACrash() {
        let found = onlyDiagnostic("项目名称: 测试\r\n预算单位: 甲\r\n预算单位: 乙\r\n")
        #expect(found.hasPrefix("\(RuleID.duplicateKey)@3:1 键“预算单位”重复出现（第一次在第 2 行）"), "\(found)")
    }

    @Test func duplicateKeysAreFoundByTextNotBytes() {
        // U+F900 is canonically equivalent to U+8C48 (豈): the same key for YAML and for Swift.
        let found = onlyDiagnostic("项目名称: 甲\n\u{F900}: 1\n\u{8C48}: 2\n")
        #expect(found.hasPrefix("\(RuleID.duplicateKey)@2:1 键“豈”重复出现"), "\(found)")
        // A key and an alias of it are the same key.
        let alias = onlyDiagnostic("项目名称: 甲\n? &k 预算单位\n: 乙\n*k : 丙\n")
        #expect(alias.hasPrefix("\(RuleID.duplicateKey)@2:3 键“预算单位”重复出现"), "\(alias)")
    }

    @Test func undefinedAliasIsASyntaxErrorAtTheAlias() {
        let found = onlyDiagnostic("项目名称: 测试\n预算单位: *unit\n")
        #expect(found == "\(RuleID.yamlSyntax)@2:7 YAML 语法错误：使用了未定义的别名（本格式不允许锚点和别名）（found undefined alias）")
        // An anchor is defined once its node is complete, so a node cannot contain an alias of itself.
        #expect(onlyDiagnostic("项目名称: &x [1, *x]\n").hasPrefix("\(RuleID.yamlSyntax)@1:14 "))
    }

    @Test func aliasIsReportedOnceAtItsAnchor() throws {
        let result = ProjectParser.parse(data: Data("项目名称: 测试\n预算单位: &u 单位\n金额单位: *u\n".utf8), path: "t.yaml")
        let aliases = result.diagnostics.filter { $0.rule == RuleID.aliasNotAllowed }
        #expect(aliases.map(\.location) == [SourceLocation(line: 2, column: 7)])
        #expect(result.project?.unit == nil && result.project?.moneyUnit == nil)
    }

    @Test func secondDocumentIsRejected() {
        let found = onlyDiagnostic("项目名称: 甲\n---\n项目名称: 乙\n")
        #expect(found == "\(RuleID.yamlSyntax)@2:1 YAML 语法错误：一个文件只能写一个项目（发现了第二个“---”文档）"
            + "（but found another document; expected a single document in the stream 于第 1 行）")
    }

    @Test func deepNestingIsASyntaxErrorNotACrash() {
        let yaml = "项目名称: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(onlyDiagnostic(yaml).hasPrefix("\(RuleID.yamlSyntax)@1:"))
    }

    @Test func fileOverTheLimitIsRejectedWithoutReadingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("大文件.yaml")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(ProjectParser.defaultSizeLimit + 1))  // sparse: nothing to read
        try handle.close()
        let result = ProjectParser.parse(fileAt: url, path: "大文件.yaml")
        #expect(result.diagnostics.map(\.rule) == [RuleID.fileTooLarge])
        #expect(result.project == nil)
    }

    @Test func indicatorProblemsAreLocatedAtTheIndicator() throws {
        let yaml = """
        项目名称: 测试
        预算单位: 1 单位
        预算年度: 二〇二二
        金额单位: 万元
        预算: {预算数: 10, 财政资金: 10, 其它资金: 0}
        资金用途: 用途
        绩效目标: 只有一句
        绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 数量
                指标值: ≥1个
                备注: 多余
        """
        let result = ProjectParser.parse(data: Data(yaml.utf8), path: "t.yaml")
        let found = result.diagnostics.map { "\($0.rule)@\($0.location.line):\($0.location.column)" }
        #expect(found == [
            "wrong_type@3:7", "unknown_key@5:25", "wrong_type@7:7",
            "missing_field@11:9", "unknown_key@13:9",
        ])
        #expect(result.diagnostics[1].message.contains("是不是“其他资金”"))
        #expect(result.diagnostics[3].message.contains("绩效指标描述"))
        #expect(result.project?.indicators.count == 1)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let yaml = "项目名称: 测试\n绩效指标:\n  产出指标:\n    数量指标:\n      - {三级指标: 甲, 绩效指标描述: 乙, 指标值: 丙, 多余: 丁}\n"
        let result = ProjectParser.parse(data: Data(yaml.utf8), path: "t.yaml")
        let unknown = try #require(result.diagnostics.first { $0.rule == RuleID.unknownKey })
        // `      - {三级指标: 甲, 绩效指标描述: 乙, 指标值: 丙, ` is 37 characters (but 81 bytes).
        #expect(unknown.location == SourceLocation(line: 5, column: 38))
    }
}
