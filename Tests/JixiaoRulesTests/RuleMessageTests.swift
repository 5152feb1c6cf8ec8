import Foundation
import JixiaoModel
import JixiaoRules
import Testing

/// What a user reads: each finding sits on the cell concerned and its message quotes the text and
/// says how to fix it. Files are small variations of one clean table, run through the real parser.
@Suite struct RuleMessageTests {
    /// A clean table; tests replace one line.
    static let table = """
        项目名称: 农业科技特派员提升工作
        预算单位: 331202 天津市科学技术发展战略研究院
        预算年度: 2022
        金额单位: 万元
        预算: {预算数: 13.00, 财政资金: 13.00, 其他资金: ""}
        资金用途: 开展农业科技特派员管理服务
        绩效目标:
          - 做好农业科技特派员管理服务
        绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 宣传报道
                绩效指标描述: 撰写科技帮扶宣传报道
                指标值: 6篇
            质量指标:
              - 三级指标: 政策文件起草
                绩效指标描述: 高质量完成政策文件起草
                指标值: ≥2份
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 工作完成时间
                指标值: 12月
            成本指标:
              - 三级指标: 成本
                绩效指标描述: 开展工作所花费的成本
                指标值: ≤13万元
          效益指标:
            社会效益指标:
              - 三级指标: 科技助力乡村振兴
                绩效指标描述: 组织特派员赴协作地区帮扶
                指标值: ≥1次
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务对象满意度
                绩效指标描述: 服务对象对项目执行情况的满意程度
                指标值: 满意

        """

    static func findings(_ replacements: (String, String)...) -> [Diagnostic] {
        let text = replacements.reduce(table) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        return ExampleChecking.findings(for: text)[RuleExample.defaultPath] ?? []
    }

    /// Small tables are compared row by row, large ones by hashing: both point each repeated row
    /// at the first row with the same 二级指标, 三级指标 and description (punctuation ignored).
    @Test(arguments: [3, 80])
    func duplicateIndicatorsPointAtTheFirstOccurrence(copies: Int) throws {
        let row = "      - 三级指标: 宣传报道\n        绩效指标描述: 撰写科技帮扶宣传报道\n        指标值: 6篇\n"
        var rows = ""
        for copy in 0..<copies {
            // Every third row differs (its own description); the others repeat the first row, one
            // of them with a full stop, which reads the same.
            let description = copy % 3 == 2 ? "撰写第\(copy)篇报道" : copy == 1 ? "撰写科技帮扶宣传报道。" : "撰写科技帮扶宣传报道"
            rows += row.replacingOccurrences(of: "撰写科技帮扶宣传报道", with: description)
        }
        let found = Self.findings((row, rows)).filter { $0.rule == "duplicate_indicator" }
        let repeats = (1..<copies).filter { $0 % 3 != 2 }
        #expect(found.map(\.location.line) == repeats.map { 12 + 3 * $0 })
        #expect(found.allSatisfy { $0.message.contains("与第 12 行的指标重复") })
    }

    @Test func theCleanTableHasNoFindings() {
        #expect(Self.findings() == [])
    }

    @Test func missingUnitQuotesTheValueAtItsCell() throws {
        let found = Self.findings(("指标值: ≥2份", "指标值: ≤6")).filter { $0.rule == "missing_unit" }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.location == SourceLocation(line: 18, column: 14))
        #expect(finding.message.hasPrefix("指标值“≤6”缺少计量单位，请写明单位，如“≤6"))
        #expect(finding.severity == .warning)
    }

    @Test func costAboveTheBudgetNamesBothAmounts() throws {
        let found = Self.findings(("指标值: ≤13万元", "指标值: <18万元")).filter { $0.rule == "cost_exceeds_budget" }
        let finding = try #require(found.first)
        #expect(finding.location == SourceLocation(line: 26, column: 14))
        #expect(finding.message.contains("“<18万元”") && finding.message.contains("13.00万元"))
        #expect(finding.severity == .error)
    }

    @Test func costInYuanIsConvertedToTheMoneyUnit() throws {
        #expect(Self.findings(("指标值: ≤13万元", "指标值: ≤130000元")).filter { $0.rule == "cost_exceeds_budget" }.isEmpty)
        let found = Self.findings(("指标值: ≤13万元", "指标值: ≤140000元")).filter { $0.rule == "cost_exceeds_budget" }
        #expect(try #require(found.first).message.contains("14.00万元"))
    }

    @Test func budgetPartsThatDoNotAddUpAreReportedAtTheTotal() throws {
        let found = Self.findings(("其他资金: \"\"", "其他资金: 2.5")).filter { $0.rule == "budget_sum_mismatch" }
        let finding = try #require(found.first)
        #expect(finding.location == SourceLocation(line: 5, column: 11))
        #expect(finding.message.contains("“13.00”") && finding.message.contains("15.50"))
    }

    @Test func blankOtherFundsCountAsZeroButTextDoesNot() {
        #expect(Self.findings(("其他资金: \"\"", "其他资金: 0")).isEmpty)
        let found = Self.findings(("其他资金: \"\"", "其他资金: 无")).map(\.rule)
        #expect(found == ["invalid_amount"])
    }

    @Test func satisfactionConceptAsValueIsAPlaceholderNotVague() {
        let found = Self.findings(("指标值: 满意\n", "指标值: 满意度\n"))
        #expect(found.map(\.rule) == ["placeholder_value"])
        #expect(found.first?.message.contains("“满意度”") == true)
    }

    @Test func vagueWordingIsQuotedWithTheWordThatMakesItVague() throws {
        let found = Self.findings(("指标值: ≥1次", "指标值: 显著提升"))
        #expect(found.map(\.rule) == ["vague_value"])
        #expect(try #require(found.first).message.contains("“显著提升”无法衡量（“提升”"))
    }

    @Test func timelinessThatIsNotADateIsReportedOnce() {
        let found = Self.findings(("指标值: 12月", "指标值: 按时完成"))
        #expect(found.map(\.rule) == ["deadline_not_date"])
        #expect(found.first?.message.contains("如“2022年12月底前”") == true)
    }

    @Test func categoryInTheWrongParentIsAnErrorAtTheLevel2Key() throws {
        let found = Self.findings(("    社会效益指标:", "    数量指标:"))
        let finding = try #require(found.first { $0.rule == "category_mismatch" })
        #expect(finding.location == SourceLocation(line: 28, column: 5))
        #expect(finding.severity == .error)
        #expect(finding.message.contains("“数量指标”属于“产出指标”"))
        #expect(!found.contains { $0.rule == "unknown_category" })
    }

    @Test func missingTimelinessIsNamed() {
        let found = Self.findings(("    时效指标:\n      - 三级指标: 完成时间\n        绩效指标描述: 工作完成时间\n        指标值: 12月\n", ""))
        #expect(found.map(\.rule) == ["missing_category"])
        #expect(found.first?.message.contains("时效指标") == true)
    }

    @Test func duplicateProjectsNameEachOther() {
        let findings = ExampleChecking.findings(for: [
            ("2022/a.yaml", Data(Self.table.utf8)), ("2022/b.yaml", Data(Self.table.utf8)),
            ("2022/c.yaml", Data(Self.table.replacingOccurrences(of: "项目名称: 农业科技特派员提升工作", with: "项目名称: 其他").utf8)),
        ])
        #expect(findings["2022/a.yaml"]?.map(\.rule) == ["duplicate_project"])
        #expect(findings["2022/a.yaml"]?.first?.message.contains("“2022/b.yaml”") == true)
        #expect(findings["2022/b.yaml"]?.first?.message.contains("“2022/a.yaml”") == true)
        #expect(findings["2022/c.yaml"] == [])
    }

    @Test func exampleConventionsBuildTheFilesTheySay() {
        #expect(RuleExample("--- hex: e9 a1 b9 0a").files.first?.data == Data([0xE9, 0xA1, 0xB9, 0x0A]))
        let padded = RuleExample("--- pad to 2000 bytes\n项目名称: x\n").files
        #expect(padded.count == 1 && (padded.first?.data.count ?? 0) >= 2000)
        #expect(padded.first.map { String(decoding: $0.data, as: UTF8.self).hasPrefix("项目名称: x\n#") } == true)
        let several = RuleExample("--- file: a.yaml\n项目名称: a\n--- file: b/c.yaml\n项目名称: c\n").files
        #expect(several.map(\.path) == ["a.yaml", "b/c.yaml"])
        #expect(several.map { String(decoding: $0.data, as: UTF8.self) } == ["项目名称: a\n", "项目名称: c\n"])
    }

    /// Rules read whatever the parser could make of a file: missing cells, no budget, no indicators.
    @Test func partialProjectsAreCheckedWithoutTrouble() {
        let bare = Project(id: "x", path: "x.yaml")
        #expect(RuleCatalogue.checkFile(bare).map(\.rule) == Array(repeating: "missing_category", count: 4))
        let at = SourceLocation(line: 3, column: 5)
        let odd = Project(id: "y", path: "y.yaml", budgetYear: Field("二〇二二", at: at),
                          budget: Budget(total: Amount(text: "", value: nil, location: at), fiscal: nil, other: nil, location: at),
                          indicators: [Indicator(level1: Field("产出指标", at: at), level2: Field("时效指标", at: at), location: at)],
                          executedAmount: Amount(text: "很多", value: nil, location: at))
        let rules = Set(RuleCatalogue.checkFile(odd).map(\.rule))
        #expect(rules.isSuperset(of: ["empty_cell", "invalid_amount", "actual_missing", "missing_category"]))
        #expect(RuleCatalogue.checkAcrossFiles([bare, bare]).isEmpty)  // no name: nothing to compare
    }
}
