import Foundation
import JixiaoModel
import JixiaoRules
import Testing

/// The 13 real tables of the seed (content/2022, imported from the Word export): every rule finding,
/// judged one by one. The list is complete: a new finding is a false positive until someone
/// judges it and adds it here; a missing one means a rule stopped seeing a real defect.
@Suite struct SeedFindingsTests {
    /// One expected finding: its line, rule, and the text of the cell it points at.
    struct Expected: Hashable, CustomStringConvertible {
        var line: Int, rule: String, cell: String
        init(_ line: Int, _ rule: String, _ cell: String) { (self.line, self.rule, self.cell) = (line, rule, cell) }
        var description: String { "\(line) \(rule) “\(cell)”" }
    }

    static let contentFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    /// Every finding on the seed. Decisions behind the less obvious ones (docs/rules.md):
    /// cost indicators must give an amount, so “控制在预算范围内”-style values are vague; a value that
    /// repeats its description or name is reported as a placeholder only; graded “满意” is accepted;
    /// “<18万” with a budget of 18 (table 12) is within the budget.
    static let expected: [String: [Expected]] = [
        "2022/2022年度科技重大专项评估.yaml": [],  // table 1: every cell is sound
        "2022/2022年科技统计与统计监测.yaml": [
            .init(22, "description_repeats_name", "等保测评系统数"),
            .init(26, "description_repeats_name", "数据时效性、规范性"),
            .init(30, "description_repeats_name", "按时完成工作任务"),
            .init(31, "deadline_not_date", "按时完成工作任务"),
            .init(34, "description_repeats_name", "成本控制"),
            .init(35, "vague_value", "控制预算范围内"),
            .init(40, "placeholder_value", "形成年鉴和数据集"),
            .init(48, "satisfaction_not_measured", "形成有关报告和数据资料"),
        ],
        "2022/京津冀基础研究工作经费（含杰青培育）.yaml": [
            .init(29, "vague_value", "高校、科研院所等"),
            .init(39, "deadline_not_date", "按照时间节点全部完成"),
            .init(43, "vague_value", "低于2022年初的预算"),
        ],
        "2022/农业科技特派员提升工作.yaml": [
            .init(17, "vague_value", "组织咨询服务专家认定"),
            .init(20, "vague_value", "起草文件"),
            .init(27, "missing_unit", "≤6"),
            .init(30, "placeholder_value", "认定/评审"),
            .init(33, "placeholder_value", "宣传报道"),
            .init(41, "cost_exceeds_budget", "<18万元"),
            .init(59, "placeholder_value", "满意度"),
        ],
        "2022/天津市技术市场服务.yaml": [
            .init(24, "vague_value", "就近办，马上办"),
            .init(27, "description_repeats_name", "成果转化全流程"),
            .init(28, "deadline_not_date", "打通成果转化的通道，减少审批过程和时间、简化办事要件"),
            .init(33, "vague_value", "成果转化率提升"),
            .init(38, "vague_value", "提升企业合同认定登记、成果登记满意度"),
        ],
        "2022/天津市高层次创新创业人才培养项目.yaml": [
            .init(19, "nonstandard_unit", "100百分比"),
            .init(37, "satisfaction_not_measured", "≥10份"),
        ],
        "2022/技术创新中心、产业技术研究院、大学科技园、工程技术中心等创新平台建设工作.yaml": [
            .init(18, "description_repeats_name", "调研论证报告"),
            .init(34, "name_repeats_category", "时效指标"),
            .init(36, "deadline_not_date", "全部按时点当年完成"),
            .init(38, "name_repeats_category", "成本指标"),
            .init(40, "vague_value", "严格按预算执行"),
            .init(43, "name_repeats_category", "社会效益指标"),
            .init(45, "vague_value", "创新平台高质量发展"),
        ],
        "2022/海河实验室筹建服务工作.yaml": [
            .init(28, "deadline_not_date", "按照工作方案要求在规定时间顺利完成"),
            .init(32, "placeholder_value", "符合预算"),
            .init(37, "vague_value", "显著提升"),
            .init(42, "satisfaction_not_measured", "满足上级部门要求及海河实验室建设主体政策宣讲需求"),
        ],
        "2022/海河实验室联盟.yaml": [
            .init(16, "redundant_value", "≥2不少于2次"),
            .init(23, "redundant_value", "≥50不少于50次"),
            .init(26, "redundant_value", "≥50不少于50人次"),
            .init(29, "description_repeats_name", "项目完成时间"),
            .init(33, "description_repeats_name", "财政资金支持"),
            .init(34, "vague_value", "控制在预算范围内"),
            .init(46, "placeholder_value", "有效支撑服务天津市产业创新发展，实验室支撑产业发展的能力和水平不断提高"),
            .init(49, "vague_value", "有效促进各实验室及相关产业进行人才引进，形成人才集聚效应"),
            .init(53, "placeholder_value", "创新氛围日益浓厚，海河实验室社会影响力不断提高"),
            .init(56, "placeholder_value", "科技创新生态不断优化，创新网络日益完善"),
            .init(60, "vague_value", "打响海河实验室品牌，国内国际影响力不断提高"),
            .init(63, "name_repeats_category", "服务对象满意度指标"),
            .init(64, "description_repeats_name", "服务对象满意度指标"),
        ],
        "2022/科技服务业和设计之都工作.yaml": [
            .init(25, "name_repeats_category", "时效指标"),
            .init(27, "deadline_not_date", "及时满足工作需要"),
            .init(29, "name_repeats_category", "成本指标"),
            .init(31, "vague_value", "严格按预算执行"),
            .init(34, "name_repeats_category", "社会效益指标"),
            .init(36, "vague_value", "科技服务业企业高质量发展"),
        ],
        "2022/科技计划项目相关责任主体失信行为管理工作.yaml": [
            .init(38, "description_repeats_name", "服务单位满意度"),
        ],
        "2022/编制印发《天津市生态环境保护科技发展蓝皮书》.yaml": [
            .init(23, "deadline_not_date", "早于12个月"),
            .init(27, "cost_exceeds_budget", "<18万元"),
            .init(36, "description_repeats_name", "服务对象满意度"),
            .init(37, "placeholder_value", "满意度"),
        ],
        "2022/高企认定专项工作经费.yaml": [
            .init(24, "vague_value", "提高高企政策知晓度，规范工作流程。"),
            .init(28, "deadline_not_date", "提高高企认定受理、形式审查工作效率。"),
            .init(32, "vague_value", "通过线上培训等方式减少经费支出。"),
            .init(37, "vague_value", "推动一批科技型企业成长为高新技术企业。"),
            .init(42, "vague_value", "提升服务对象满意度。"),
        ],
    ]

    static func seedFiles() throws -> [(path: String, data: Data)] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: contentFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try paths.map { ($0, try Data(contentsOf: contentFolder.appendingPathComponent($0))) }
    }

    @Test func theSeedHasThirteenTables() throws {
        #expect(try Self.seedFiles().map(\.path).sorted() == Self.expected.keys.sorted())
    }

    @Test func everyFindingOnTheSeedIsExpectedAndNothingElse() throws {
        let files = try Self.seedFiles()
        let findings = ExampleChecking.findings(for: files)
        for (path, data) in files {
            let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            let actual = (findings[path] ?? []).map { finding in
                let text = finding.location.line <= lines.count ? lines[finding.location.line - 1] : ""
                let cell = text.components(separatedBy: ": ").dropFirst().joined(separator: ": ")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                return Expected(finding.location.line, finding.rule, cell)
            }
            let expected = Self.expected[path] ?? []
            let unexpected = actual.filter { !expected.contains($0) }
            let missing = expected.filter { !actual.contains($0) }
            #expect(unexpected.isEmpty, "\(path): unexpected \(unexpected)")
            #expect(missing.isEmpty, "\(path): missing \(missing)")
        }
    }

    /// The defects domain.md §4 names for the seed, each found on its cell.
    @Test(arguments: [
        ("cost_exceeds_budget", "<18万元", 2), ("description_repeats_name", "数据时效性、规范性", 1),
        ("nonstandard_unit", "100百分比", 1), ("redundant_value", "≥2不少于2次", 1),
        ("redundant_value", "≥50不少于50次", 1), ("redundant_value", "≥50不少于50人次", 1),
        ("missing_unit", "≤6", 1), ("placeholder_value", "满意度", 2), ("deadline_not_date", "按时完成工作任务", 1),
        ("deadline_not_date", "早于12个月", 1), ("vague_value", "显著提升", 1), ("vague_value", "成果转化率提升", 1),
        ("vague_value", "严格按预算执行", 2),
    ])
    func domainDefectIsFound(rule: String, cell: String, times: Int) {
        let all = Self.expected.values.flatMap { $0 }
        #expect(all.filter { $0.rule == rule && $0.cell == cell }.count == times)
    }

    @Test func theOnlyErrorsAreTheTwoCostsAboveTheBudget() throws {
        let findings = ExampleChecking.findings(for: try Self.seedFiles())
        let errors = findings.flatMap { path, list in list.filter { $0.severity == .error }.map { "\(path):\($0.rule)" } }
        #expect(errors.sorted() == [
            "2022/农业科技特派员提升工作.yaml:cost_exceeds_budget",
            "2022/编制印发《天津市生态环境保护科技发展蓝皮书》.yaml:cost_exceeds_budget",
        ])
    }
}
