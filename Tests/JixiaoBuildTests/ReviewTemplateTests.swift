import Foundation
@testable import JixiaoBuild
import JixiaoModel
import JixiaoParsing
import Testing

/// `jixiao new`: a commented template that parses cleanly, shows the whole category tree, and never overwrites.
@Suite struct ReviewTemplateTests {
    @Test func templateParsesWithoutAnyError() throws {
        let text = ProjectTemplate.text(name: "2025年度科技评估", unit: "331202 天津市科学技术发展战略研究院", year: 2025)
        let parsed = ProjectParser.parse(data: Data(text.utf8), path: "2025/科技评估.yaml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let report = try #require(ProjectAnalysis.reports(for: [parsed]).first)
        #expect(report.diagnostics.isEmpty, "the example values follow every rule: \(report.diagnostics)")
        #expect(report.quality?.score == 100)
        let project = try #require(parsed.project)
        #expect(project.name?.text == "2025年度科技评估")
        #expect(project.year == 2025)
        #expect(project.budget?.total?.value == 10)
        #expect(!project.hasYearEndValues)  // the year-end keys are comments until the year ends
        #expect(project.indicators.allSatisfy { $0.target.map { !$0.isBlank } ?? false })
    }

    @Test func oneExampleIndicatorPerLevel2CategoryOfThe2020Framework() throws {
        let project = try #require(ProjectParser.parse(data: Data(ProjectTemplate.text(year: 2022).utf8), path: "t.yaml").project)
        let expected = ["产出指标", "效益指标", "满意度指标"].flatMap { level1 in
            (IndicatorCategory.level2[level1] ?? []).map { level1 + "/" + $0 }
        }
        #expect(project.indicators.map { $0.level1.text + "/" + $0.level2.text } == expected)
        #expect(project.indicators.first { $0.level2.text == "时效指标" }?.target?.text == "2022年12月底前")
    }

    @Test func everyKeyIsThereAndExplained() {
        let text = ProjectTemplate.text(year: 2022)
        for key in ["项目名称", "预算单位", "预算年度", "金额单位", "预算", "预算数", "财政资金", "其他资金", "资金用途",
                    "绩效目标", "绩效指标", "三级指标", "绩效指标描述", "指标值"] {
            #expect(text.contains("\n" + key + ":") || text.contains(" " + key + ":"), "\(key)")
        }
        for yearEndKey in ["# 实际完成值:", "# 偏差原因:", "# 分值:", "# 得分:", "# 预算执行数:"] {
            #expect(text.contains(yearEndKey), "\(yearEndKey)")
        }
        #expect(text.contains("年终自评"))
    }

    @Test func namesThatLookLikeYAMLAreQuoted() throws {
        let text = ProjectTemplate.text(name: "评估: 第二期, #2 \"重点\"", unit: "- 单位", year: 2022)
        let project = try #require(ProjectParser.parse(data: Data(text.utf8), path: "t.yaml").project)
        #expect(project.name?.text == "评估: 第二期, #2 \"重点\"")
        #expect(project.unit?.text == "- 单位")
    }

    @Test func writesFoldersAndRefusesToOverwriteWithoutForce() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("content/2025/新项目.yaml")
        try ProjectTemplate.write(to: url, year: 2025, force: false)
        let project = try #require(ProjectParser.parse(fileAt: url, path: "2025/新项目.yaml").project)
        #expect(project.name?.text == "新项目")  // the file name, until the user writes the real one

        try Data("项目名称: 我的内容\n".utf8).write(to: url)
        #expect(throws: ProjectTemplate.FileExists.self) {
            try ProjectTemplate.write(to: url, year: 2025, force: false)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "项目名称: 我的内容\n")

        try ProjectTemplate.write(to: url, name: "覆盖后", year: 2025, force: true)
        #expect(ProjectParser.parse(fileAt: url, path: "x.yaml").project?.name?.text == "覆盖后")
    }
}
