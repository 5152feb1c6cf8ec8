import JixiaoModel
import Testing
import JixiaoScoring

/// Whole tables: weights split across categories, profiles, missing categories.
@Suite struct SelfEvaluatorTableTests {
    typealias T = TableBuilder

    /// 2022年度科技重大专项评估 at year end: budget 15, executed 13.5, eight indicators.
    static let wholeTable = T.project([
        T.indicator("产出指标", "数量指标", "评估项目数", target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个",
                    actual: "18个", weight: "15", reason: "两个项目延至次年", line: 20),
        T.indicator("产出指标", "质量指标", "现场检查表数量", target: T.quantity(.atLeast, 20, "张"), targetText: "≥20张",
                    actual: "25张", line: 28),
        T.indicator("产出指标", "时效指标", "完成时间", target: T.deadline(2022, 12), targetText: "2022年12月",
                    actual: "2022年12月20日", line: 36),
        T.indicator("产出指标", "成本指标", "成本", target: T.quantity(.atMost, 15, "万"), targetText: "≤15万",
                    actual: "16.5万元", reason: "专家评审费上调", line: 44),
        T.indicator("效益指标", "可持续影响指标", "专项工作报告", target: .qualitative("获得相关部门认可"),
                    targetText: "获得相关部门认可", actual: "部分达成：报告已提交，尚待认可", score: "10",
                    reason: "尚在审阅", line: 52),
        T.indicator("效益指标", "社会效益指标", "对接企业数量", target: T.quantity(.atLeast, 100, "家"),
                    targetText: "对接企业数量不少于100家", actual: "85家", reason: "部分企业停产", line: 60),
        T.indicator("满意度指标", "服务对象满意度指标", "服务单位满意度", target: T.quantity(.atLeast, 90, "%"),
                    targetText: "≥90%", actual: "88%", reason: "个别单位不满意", line: 68),
        T.indicator("满意度指标", "服务对象满意度指标", "专家满意度", target: .qualitative("满意"),
                    targetText: "满意", actual: "满意", line: 76),
    ], budget: 15, executed: 13.5)

    // Default profile 10/50/30/10.
    // 预算执行率: 13.5 / 15 = 90% × 10                                   =  9
    // 产出 50: 评估项目数 has 分值 15 → the other three share (50 − 15) / 3 = 11.6667 each
    //   评估项目数     ≥20个, 18个: 18 / 20 × 15                           = 13.5
    //   现场检查表数量 ≥20张, 25张: met                                     = 11.6667
    //   完成时间       2022年12月, 2022年12月20日: on time                  = 11.6667
    //   成本           ≤15万, 16.5万元: 11.6667 × (1 − 1.5 / 15) = × 0.9    = 10.5
    //   产出 total                                                        = 47.3333
    // 效益 30: two indicators, 15 each
    //   专项工作报告   部分达成 (9–12), 得分 10 inside the band              = 10
    //   对接企业数量   ≥100家, 85家: 85 / 100 × 15                          = 12.75
    // 满意度 10: two indicators, 5 each
    //   服务单位满意度 ≥90%, 88%: 88 / 90 × 5                               = 4.8889
    //   专家满意度     满意: 达成, top of band                               = 5
    // Total 9 + 47.3333 + 22.75 + 9.8889 = 88.9722 → 88.97, 良.
    @Test func wholeTableAddsUpToTheHandWorkedTotal() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(Self.wholeTable))
        #expect(evaluation.score == 88.97)
        #expect(evaluation.grade == .good)
        #expect(evaluation.profile == "默认 10/50/30/10")
        #expect(evaluation.items.map(\.label) == ["预算执行率", "评估项目数", "现场检查表数量", "完成时间", "成本",
                                                  "专项工作报告", "对接企业数量", "服务单位满意度", "专家满意度"])
        let earned = Dictionary(uniqueKeysWithValues: evaluation.items.map { ($0.label, $0.earned) })
        #expect(abs((earned["成本"] ?? 0) - 10.5) < 0.005)
        #expect(abs((earned["服务单位满意度"] ?? 0) - 4.89) < 0.005)
        let split = try #require(evaluation.item("现场检查表数量"))
        #expect(abs(split.weight - 35.0 / 3) < 1e-9)
        #expect(split.explanation.contains("分值 11.67 = (产出指标 50 − 已定分值 15) ÷ 3 项"))
        #expect(split.category == "产出指标")
    }

    @Test func everyItemNeverExceedsItsWeight() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(Self.wholeTable))
        for item in evaluation.items {
            #expect(item.earned <= item.weight + 1e-9, "\(item.label)")
            #expect(!item.explanation.isEmpty)
        }
    }

    // 2021 framework: 成本指标 is level 1. Without a cost weight the cost indicator shares 产出's 50
    // (two indicators: 25 each); with profile 10/40/30/10/10 it has its own 10.
    @Test func levelOneCostCountsUnderOutputUnlessTheProfileWeightsIt() throws {
        let project = T.project([
            T.indicator("产出指标", "数量指标", "报告数", target: T.quantity(.atLeast, 2, "篇"), targetText: "≥2篇", actual: "2篇"),
            T.indicator("成本指标", "经济成本指标", "印刷费", target: T.quantity(.atMost, 2, "万元"), targetText: "≤2万元",
                        actual: "1.5万元"),
            T.indicator("效益指标", "社会效益指标", "采纳", target: .qualitative("被采纳"), targetText: "被采纳", actual: "已完成"),
            T.indicator("满意度指标", "服务对象满意度指标", "满意度", target: T.quantity(.atLeast, 90, "%"),
                        targetText: "≥90%", actual: "95%"),
        ])
        let merged = try #require(SelfEvaluator.evaluate(project))
        #expect(merged.item("印刷费")?.weight == 25)
        #expect(merged.item("印刷费")?.category == "产出指标")
        #expect(merged.score == 100)

        let profile = SelfEvaluationProfile(name: "2021", budgetExecution: 10, output: 40, benefit: 30,
                                            satisfaction: 10, cost: 10)
        let separate = try #require(SelfEvaluator.evaluate(project, profile: profile))
        #expect(separate.item("印刷费")?.weight == 10)
        #expect(separate.item("印刷费")?.category == "成本指标")
        #expect(separate.item("报告数")?.weight == 40)
        #expect(separate.profile == "2021 10/40/30/10/10")
        #expect(separate.score == 100)
    }

    // Profile 20/40/40 without satisfaction: the satisfaction indicator joins 效益 (2 × 20).
    // 预算 15/15 → 20; 产出 met → 40; 效益: 采纳 达成 20 + 满意度 80 / 90 × 20 = 17.7778 → total 97.78.
    @Test func profileWithoutSatisfactionFoldsItIntoBenefit() throws {
        let project = T.project([
            T.indicator("产出指标", "数量指标", "报告数", target: T.quantity(.atLeast, 2, "篇"), targetText: "≥2篇", actual: "3篇"),
            T.indicator("效益指标", "社会效益指标", "采纳", target: .qualitative("被采纳"), targetText: "被采纳", actual: "达成"),
            T.indicator("满意度指标", "服务对象满意度指标", "满意度", target: T.quantity(.atLeast, 90, "%"),
                        targetText: "≥90%", actual: "80%"),
        ])
        let profile = SelfEvaluationProfile(name: "三项", budgetExecution: 20, output: 40, benefit: 40)
        let evaluation = try #require(SelfEvaluator.evaluate(project, profile: profile))
        #expect(evaluation.item("满意度")?.category == "效益指标")
        #expect(evaluation.item("满意度")?.weight == 20)
        #expect(evaluation.score == 97.78)
    }

    // No satisfaction indicator: its 10 points are shown as lost. 10 + 50 + 30 + 0 = 90.
    @Test func missingCategoryLosesItsWeightVisibly() throws {
        let project = T.project([
            T.indicator("产出指标", "数量指标", "报告数", target: T.quantity(.atLeast, 2, "篇"), targetText: "≥2篇", actual: "2篇"),
            T.indicator("效益指标", "社会效益指标", "采纳", target: .qualitative("被采纳"), targetText: "被采纳", actual: "已实现"),
        ])
        let evaluation = try #require(SelfEvaluator.evaluate(project))
        let missing = try #require(evaluation.item("满意度指标"))
        #expect(missing.formula == "missing")
        #expect(missing.earned == 0)
        #expect(missing.weight == 10)
        #expect(missing.explanation == "表中没有满意度指标，该类 10 分不得分")
        #expect(evaluation.score == 90)
        #expect(evaluation.grade == .excellent)
    }

    // Explicit 分值 30 + 30 leave nothing of 产出's 50 for the third indicator.
    @Test func explicitWeightsAboveTheCategoryLeaveZeroForTheRest() throws {
        let project = T.project([
            T.indicator("产出指标", "数量指标", "甲", target: T.quantity(.atLeast, 1, "个"), targetText: "≥1个", actual: "1个", weight: "30"),
            T.indicator("产出指标", "质量指标", "乙", target: T.quantity(.atLeast, 1, "个"), targetText: "≥1个", actual: "1个", weight: "30分"),
            T.indicator("产出指标", "时效指标", "丙", target: T.deadline(2022, 12), targetText: "2022年12月", actual: "按时完成"),
        ])
        let evaluation = try #require(SelfEvaluator.evaluate(project))
        #expect(evaluation.item("乙")?.weight == 30)
        #expect(evaluation.item("丙")?.weight == 0)
    }

    @Test func unknownLevelOneIsListedWithoutPoints() throws {
        let project = T.project([
            T.indicator("其他指标", "杂项", "杂", target: .qualitative("好"), targetText: "好", actual: "达成"),
        ])
        let evaluation = try #require(SelfEvaluator.evaluate(project))
        let item = try #require(evaluation.item("杂"))
        #expect(item.weight == 0)
        #expect(item.earned == 0)
        #expect(item.explanation.contains("不计分"))
    }
}
