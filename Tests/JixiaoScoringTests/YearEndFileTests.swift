import Foundation
import JixiaoModel
import JixiaoParsing
import Testing
import JixiaoScoring

/// A year-end project file on disk, read by the real parser and scored: what `jixiao build` does.
@Suite struct YearEndFileTests {
    /// The whole table of SelfEvaluatorTableTests written as a project file.
    static let yaml = """
    项目名称: 2022年度科技重大专项评估
    预算单位: 331202 天津市科学技术发展战略研究院
    预算年度: 2022
    金额单位: 万元
    预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: 0}
    资金用途: 用于开展2022年度科技重大专项评估
    绩效目标:
      - 通过开展重大专项评估等工作，总结专项组织和实施的进展、成效。
    预算执行数: 13.50
    绩效指标:
      产出指标:
        数量指标:
          - {三级指标: 评估项目数, 绩效指标描述: 评估的项目数量, 指标值: ≥20个, 实际完成值: 18个, 分值: 15, 偏差原因: 两个项目延至次年}
        质量指标:
          - {三级指标: 现场检查表数量, 绩效指标描述: 现场检查表数量, 指标值: ≥20张, 实际完成值: 25张}
        时效指标:
          - {三级指标: 完成时间, 绩效指标描述: 工作完成时间, 指标值: 2022年12月, 实际完成值: 2022年12月20日}
        成本指标:
          - {三级指标: 成本, 绩效指标描述: 工作成本, 指标值: ≤15万, 实际完成值: 16.5万元, 偏差原因: 专家评审费上调}
      效益指标:
        可持续影响指标:
          - {三级指标: 专项工作报告, 绩效指标描述: 专项工作报告, 指标值: 获得相关部门认可, 实际完成值: 部分达成：报告已提交，尚待认可, 得分: 10, 偏差原因: 尚在审阅}
        社会效益指标:
          - {三级指标: 对接企业数量, 绩效指标描述: 对接的企业, 指标值: 对接企业数量不少于100家, 实际完成值: 85家, 偏差原因: 部分企业停产}
      满意度指标:
        服务对象满意度指标:
          - {三级指标: 服务单位满意度, 绩效指标描述: 服务对象满意度, 指标值: ≥90%, 实际完成值: 88%, 偏差原因: 个别单位不满意}
          - {三级指标: 专家满意度, 绩效指标描述: 专家满意度, 指标值: 满意, 实际完成值: 满意}

    """

    /// The grammar is written in parallel; until `≥20个` parses as a number the formulas cannot apply.
    static let grammarLanded: Bool = {
        if case .quantitative = TargetValueGrammar.parse("≥20个") { return true }
        return false
    }()

    private func parsedProject() throws -> Project {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-scoring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("科技重大专项评估.yaml")
        try Data(Self.yaml.utf8).write(to: file)
        let result = ProjectParser.parse(fileAt: file, path: "2022/科技重大专项评估.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        return try #require(result.project)
    }

    /// Absurd numbers in every numeric cell are scored (or refused) without stopping: this file
    /// used to crash `jixiao build` and the daemon with it (预算执行数 99999999999999999999999).
    @Test(arguments: ["99999999999999999999999", "1e300", "-1e300", "0", "0.0000001"])
    func absurdNumbersNeverStopScoring(_ number: String) throws {
        var yaml = Self.yaml
        for (old, new) in [("预算执行数: 13.50", "预算执行数: \(number)"), ("预算数: 15.00", "预算数: \(number)"),
                           ("实际完成值: 18个", "实际完成值: \(number)个"), ("分值: 15", "分值: \(number)"),
                           ("得分: 10", "得分: \(number)"), ("指标值: ≥20张", "指标值: ≥\(number)张")] {
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        let result = ProjectParser.parse(data: Data(yaml.utf8), path: "absurd.yaml")
        let project = try #require(result.project)
        let evaluation = SelfEvaluator.evaluate(project)
        #expect(evaluation?.items.isEmpty == false)
    }

    @Test func parsedFileGetsItsLinesAndBudgetItem() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(try parsedProject()))
        #expect(evaluation.items.count == 9)
        let budget = try #require(evaluation.item("预算执行率"))
        #expect(abs(budget.earned - 9) < 0.005)
        #expect(budget.location.line == 9)
        #expect(evaluation.item("评估项目数")?.weight == 15)
        #expect(evaluation.item("评估项目数")?.location.line == 13)
    }

    // Same arithmetic as SelfEvaluatorTableTests.wholeTableAddsUpToTheHandWorkedTotal: 88.97.
    @Test(.enabled(if: grammarLanded, "needs the target-value grammar"))
    func parsedFileScoresTheHandWorkedTotal() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(try parsedProject()))
        #expect(evaluation.score == 88.97)
        #expect(evaluation.grade == .good)
    }
}
