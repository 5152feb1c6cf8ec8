import Foundation
@testable import JixiaoBuild
import JixiaoModel
import JixiaoRules
import Testing

/// `check --format github`: workflow commands GitHub turns into annotations, and the job summary with every finding.
@Suite struct ReviewGitHubTests {
    static func finding(_ rule: String, _ severity: Severity, line: Int, column: Int = 3, _ message: String) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, location: SourceLocation(line: line, column: column), message: message)
    }

    static let reports = [
        ProjectReport(path: "content/2022/b.yaml", id: "2022/b", project: Project(id: "2022/b", path: "2022/b.yaml",
                      name: Field("海河实验室联盟", at: .start)),
                      diagnostics: [finding("vague_value", .warning, line: 30, "指标值“显著提升”无法衡量"),
                                    finding("missing_unit", .info, line: 12, "指标值 ≤6 缺少单位")],
                      quality: QualityScore(score: 82.5, grade: .good, lost: [
                          PointLoss(rule: "vague_value", points: 5, criterion: .feasibility,
                                    location: SourceLocation(line: 30, column: 3), message: "显著提升"),
                      ]),
                      selfEvaluation: nil),
        ProjectReport(path: "content/2022/a.yaml", id: "2022/a", project: nil,
                      diagnostics: [finding("yaml_syntax", .error, line: 4, column: 7, "第 4 行：冒号后缺少空格")],
                      quality: nil, selfEvaluation: nil),
    ]

    @Test func escapesMessagesAndPropertiesAsTheRunnerExpects() {
        #expect(GitHubAnnotations.escapeData("完成率 100%\r\n下一行") == "完成率 100%25%0D%0A下一行")
        #expect(GitHubAnnotations.escapeData("a: b, c") == "a: b, c")  // `:` and `,` are fine in the message
        #expect(GitHubAnnotations.escapeProperty("content/a:b,c%d\ne") == "content/a%3Ab%2Cc%25d%0Ae")
        // `%` is escaped first, so an already escaped-looking text survives the round trip.
        #expect(GitHubAnnotations.escapeData("%0A") == "%250A")
    }

    @Test func oneCommandPerFindingWithSeverityMapped() {
        let lines = GitHubAnnotations.commands(Self.reports).split(separator: "\n").map(String.init)
        #expect(lines == [
            "::error file=content/2022/a.yaml,line=4,col=7,title=yaml_syntax::第 4 行：冒号后缺少空格",
            "::notice file=content/2022/b.yaml,line=12,col=3,title=missing_unit::指标值 ≤6 缺少单位",
            "::warning file=content/2022/b.yaml,line=30,col=3,title=vague_value::指标值“显著提升”无法衡量",
        ])
    }

    @Test func aPathWithACommaCannotBreakTheProperties() {
        let command = GitHubAnnotations.command(Self.finding("unknown_key", .error, line: 2, "多行\n说明"),
                                                path: "content/a,b:c.yaml")
        #expect(command == "::error file=content/a%2Cb%3Ac.yaml,line=2,col=3,title=unknown_key::多行%0A说明")
    }

    @Test func jobSummaryListsEveryFindingInATablePerProjectWithScores() {
        let markdown = JobSummary.markdown(Self.reports)
        #expect(markdown.hasPrefix("## jixiao 检查结果\n"))
        #expect(markdown.contains("2 个项目，1 个错误，1 个警告，1 个提示"))
        #expect(markdown.contains("| 海河实验室联盟 | `content/2022/b.yaml` | 82.5 良 | — | 0 | 1 | 1 |"))
        #expect(markdown.contains("| 2022/a | `content/2022/a.yaml` | — | — | 1 | 0 | 0 |"))
        #expect(markdown.contains("### 海河实验室联盟"))
        #expect(markdown.contains("| 行 | 级别 | 规则 | 说明 |"))
        #expect(markdown.contains("| 12 | ℹ️ 提示 | `missing_unit` \(RuleCatalogue.description(for: "missing_unit")?.name ?? "?") | 指标值 ≤6 缺少单位 |"))
        #expect(markdown.contains("| 30 | ⚠️ 警告 | `vague_value` \(RuleCatalogue.description(for: "vague_value")?.name ?? "?") | 指标值“显著提升”无法衡量 |"))
        #expect(markdown.contains("| 4 | ❌ 错误 | `yaml_syntax` \(RuleCatalogue.description(for: "yaml_syntax")?.name ?? "?") |"))
        #expect(markdown.contains("目标质量 82.5 良：共扣 5.0 分。"))
    }

    @Test func markdownCellsCannotBeSplitOrTurnedIntoMarkup() {
        let report = ProjectReport(path: "content/x.yaml", id: "x", project: nil,
                                   diagnostics: [Self.finding("r", .error, line: 1, "a|b <18万元> *x*\n第二行")],
                                   quality: nil, selfEvaluation: nil)
        let markdown = JobSummary.markdown([report])
        #expect(markdown.contains("| a\\|b \\<18万元\\> \\*x\\* 第二行 |"))
    }

    @Test func summaryIsAppendedNotOverwritten() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("summary.md").path
        try JobSummary.append("first\n", toFileAt: path)
        try JobSummary.append("second\n", toFileAt: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\nsecond\n")
    }
}
