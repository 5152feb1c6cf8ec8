import Foundation
import JixiaoModel
import JixiaoSite

/// Reports built in code, shaped like the real tables, for the page, export and browser tests.
enum SiteFixtures {
    static func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(line: line, column: column) }

    static func field(_ text: String, _ line: Int) -> Field { Field(text, at: at(line, 5)) }

    /// An indicator item starting at `line`; its fields follow on the next lines.
    static func indicator(_ level1: String, _ level2: String, _ name: String, _ description: String, _ target: String,
                          _ value: TargetValue?, line: Int, actual: String? = nil, reason: String? = nil,
                          weight: String? = nil, score: String? = nil) -> Indicator {
        Indicator(level1: field(level1, line), level2: field(level2, line + 1), name: field(name, line + 2),
                  description: field(description, line + 3), target: field(target, line + 4), targetValue: value,
                  actual: actual.map { field($0, line + 5) }, deviationReason: reason.map { field($0, line + 6) },
                  weight: weight.map { field($0, line + 7) }, score: score.map { field($0, line + 8) },
                  location: at(line, 3))
    }

    static func quantity(_ comparator: JixiaoModel.Comparator, _ number: Double, _ unit: String) -> TargetValue {
        .quantitative(Quantity(comparator: comparator, comparatorText: comparator.rawValue, number: number,
                               numberText: DisplayNumber.text(number), unit: unit))
    }

    static func amount(_ text: String, _ line: Int) -> Amount { Amount(text: text, value: Double(text), location: at(line, 9)) }

    /// A three-level table (产出 with four level-2 groups, 效益, 满意度), one finding beside an
    /// indicator row, one about the budget, quality losses, no year-end values.
    static var assessment: ProjectReport {
        let indicators = [
            indicator("产出指标", "数量指标", "评估项目数", "评估的科技重大专项项目数量", "≥20个", quantity(.atLeast, 20, "个"), line: 20),
            indicator("产出指标", "数量指标", "专家评审会次数", "召开专家评审会的次数", "≤6", quantity(.atMost, 6, ""), line: 26),
            indicator("产出指标", "质量指标", "现场检查表数量", "评估过程中产生的现场检查表数量", "≥20张", quantity(.atLeast, 20, "张"), line: 32),
            indicator("产出指标", "时效指标", "完成时间", "工作完成时间", "2022年12月", .deadline(Deadline(year: 2022, month: 12)), line: 38),
            indicator("产出指标", "成本指标", "成本", "开展工作所花费的成本", "≤15万", quantity(.atMost, 15, "万"), line: 44),
            indicator("效益指标", "可持续影响指标", "专项工作报告", "工作形成的专项工作报告", "获得相关部门认可", .qualitative("获得相关部门认可"), line: 50),
            indicator("满意度指标", "服务对象满意度指标", "服务单位满意度", "服务对象满意度", "≥90%", quantity(.atLeast, 90, "%"), line: 56),
        ]
        let project = Project(
            id: "2022/科技重大专项评估", path: "2022/科技重大专项评估.yaml",
            name: field("2022年度科技重大专项评估", 1), unit: field("331202 天津市科学技术发展战略研究院", 2),
            budgetYear: field("2022", 3), moneyUnit: field("万元", 4),
            budget: Budget(total: amount("15.00", 6), fiscal: amount("15.00", 7), other: amount("3.00", 8), location: at(5)),
            purpose: field("用于开展2022年度科技重大专项评估，进行企业调研、现场检查、专家评审会等支出", 9),
            goals: [field("1.通过开展重大专项评估等工作，总结专项组织和实施的进展、成效。", 11)],
            indicators: indicators)
        let diagnostics = [
            Diagnostic(rule: "budget_sum_mismatch", severity: .error, location: at(6, 9), message: "预算数 15.00 不等于财政资金 15.00 与其他资金 3.00 之和"),
            Diagnostic(rule: "missing_unit", severity: .warning, location: at(30, 9), message: "指标值“≤6”缺少计量单位"),
        ]
        let quality = QualityScore(score: 86, grade: .good, lost: [
            PointLoss(rule: "budget_sum_mismatch", points: 10, criterion: .appropriateness, location: at(6, 9), message: "预算各部分之和不符"),
            PointLoss(rule: "missing_unit", points: 4, criterion: .feasibility, location: at(30, 9), message: "指标值缺少计量单位"),
        ])
        return ProjectReport(path: project.path, id: project.id, project: project, diagnostics: diagnostics,
                             quality: quality, selfEvaluation: nil)
    }

    /// A file name with a space; year-end values and a self-evaluation; a larger budget.
    static var laboratory: ProjectReport {
        let indicators = [
            indicator("产出指标", "数量指标", "对接企业数量", "对接企业的数量", "不少于100家", quantity(.atLeast, 100, "家"), line: 14,
                      actual: "120家", weight: "50", score: "50"),
            indicator("效益指标", "社会效益指标", "成果转化", "推动成果转化", "显著提升", .qualitative("显著提升"), line: 24,
                      actual: "部分达成", reason: "疫情影响", weight: "30", score: "21"),
            indicator("满意度指标", "服务对象满意度指标", "企业满意度", "服务企业满意度", "≥90%", quantity(.atLeast, 90, "%"), line: 34,
                      actual: "95%", weight: "10", score: "10"),
        ]
        let project = Project(
            id: "2022/海河实验室 联盟", path: "2022/海河实验室 联盟.yaml",
            name: field("海河实验室联盟", 1), unit: field("331203 天津市科技评估中心", 2), budgetYear: field("2022", 3),
            moneyUnit: field("万元", 4),
            budget: Budget(total: amount("120.00", 6), fiscal: amount("100.00", 7), other: amount("20.00", 8), location: at(5)),
            purpose: field("联盟运行与服务", 9), goals: [field("服务海河实验室建设", 11)], indicators: indicators,
            executedAmount: amount("110.00", 12))
        let evaluation = SelfEvaluation(score: 90, grade: .excellent, profile: "默认 10/50/30/10", items: [
            SelfEvaluationItem(label: "预算执行率", category: "预算执行率", formula: "budget", weight: 10, earned: 9,
                               explanation: "执行 110.00 / 预算 120.00 × 10 = 9.17", location: at(12)),
            SelfEvaluationItem(label: "对接企业数量", category: "产出指标", formula: "positive", weight: 50, earned: 50,
                               explanation: "实际 120 ≥ 目标 100，得满分 50", location: at(14)),
            SelfEvaluationItem(label: "成果转化", category: "效益指标", formula: "qualitative", weight: 30, earned: 21,
                               explanation: "部分达成：取 60–80% 区间中值 70% × 30 = 21", location: at(24)),
            SelfEvaluationItem(label: "企业满意度", category: "满意度指标", formula: "positive", weight: 10, earned: 10,
                               explanation: "实际 95% ≥ 目标 90%，得满分 10", location: at(34)),
        ])
        return ProjectReport(path: project.path, id: project.id, project: project, diagnostics: [
            Diagnostic(rule: "vague_value", severity: .warning, location: at(28, 9), message: "指标值“显著提升”无法计量"),
        ], quality: QualityScore(score: 96, grade: .excellent, lost: [
            PointLoss(rule: "vague_value", points: 4, criterion: .feasibility, location: at(28, 9), message: "指标值无法计量"),
        ]), selfEvaluation: evaluation)
    }

    /// A file that could not be read at all.
    static var broken: ProjectReport {
        ProjectReport(path: "2023/坏文件.yaml", id: "2023/坏文件", project: nil, diagnostics: [
            Diagnostic(rule: "yaml_syntax", severity: .error, location: at(7, 3), message: "第 7 行缩进不一致，无法解析"),
        ], quality: nil, selfEvaluation: nil)
    }

    static let payloads = [#"<script>alert(1)</script>"#, #"" onmouseover="alert(1)"#, "javascript:alert(1)"]

    /// Every text field holds a hostile string.
    static var hostile: ProjectReport {
        let text = payloads.joined(separator: " ")
        let indicators = [
            indicator(text, text, text, text, text, .qualitative(text), line: 10, actual: text, reason: text, weight: text, score: text),
        ]
        let project = Project(
            id: "2022/xss", path: "2022/xss.yaml", name: field(#"<script>alert(1)</script>"#, 1), unit: field(text, 2),
            budgetYear: field(text, 3), moneyUnit: field(text, 4),
            budget: Budget(total: Amount(text: text, value: nil, location: at(6)), fiscal: nil, other: nil, location: at(5)),
            purpose: field(text, 7), goals: [field(text, 8)], indicators: indicators)
        return ProjectReport(path: project.path, id: project.id, project: project, diagnostics: [
            Diagnostic(rule: text, severity: .warning, location: at(12), message: text),
            Diagnostic(rule: "missing_unit", severity: .error, location: at(3), message: text),
        ], quality: QualityScore(score: 50, grade: .poor, lost: [
            PointLoss(rule: text, points: 50, criterion: .relevance, location: at(12), message: text),
        ]), selfEvaluation: nil)
    }

    static let rules = [
        RuleDescription(identifier: "missing_unit", name: "指标值缺少计量单位", englishName: "Number without unit",
                        severity: .warning, kind: .targetValue, rationale: "没有单位的数值无法判断是否完成。",
                        criterion: .feasibility, triggeringExamples: ["指标值: ≤6"], nonTriggeringExamples: ["指标值: ≤6次"]),
        RuleDescription(identifier: "budget_sum_mismatch", name: "预算各部分之和不符", englishName: "Budget parts do not add up",
                        severity: .error, kind: .budget, rationale: "预算数应等于财政资金与其他资金之和。",
                        criterion: .appropriateness, triggeringExamples: ["预算数: 15\n财政资金: 10\n其他资金: 3"],
                        nonTriggeringExamples: ["预算数: 15\n财政资金: 12\n其他资金: 3"]),
        RuleDescription(identifier: "vague_value", name: "指标值含糊无法计量", englishName: "Vague target value",
                        severity: .warning, kind: .targetValue, rationale: "“显著提升”之类的表述无法在年终判断是否达成。",
                        criterion: .feasibility, triggeringExamples: ["指标值: 显著提升"], nonTriggeringExamples: ["指标值: ≥10%"]),
        RuleDescription(identifier: "yaml_syntax", name: "文件格式错误", englishName: "YAML syntax error",
                        severity: .error, kind: .structure, rationale: "文件必须是合法的 YAML，否则无法读取。",
                        criterion: nil, triggeringExamples: ["项目名称: [未闭合"], nonTriggeringExamples: ["项目名称: 示例"]),
    ]

    /// 2022-12-01 09:30 in Beijing = 01:30 UTC.
    static let modified = Date(timeIntervalSince1970: 1_669_858_200)

    static func content(_ reports: [ProjectReport], repositoryURL: String? = "https://git.example.org/finance/targets",
                        template: String? = nil) -> SiteContent {
        var modifiedTimes: [String: Date] = [:]
        for (index, report) in reports.enumerated() {
            modifiedTimes[report.path] = modified.addingTimeInterval(Double(index) * 3600)
        }
        return SiteContent(reports: reports, sourceModified: modifiedTimes, rules: rules,
                           configuration: SiteConfiguration(repositoryURL: repositoryURL, editURLTemplate: template),
                           version: "0.1.0")
    }

    static var standard: SiteContent { content([assessment, laboratory, broken]) }
}
