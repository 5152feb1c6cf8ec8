import JixiaoModel
import Testing
@testable import JixiaoScoring

/// One hand-worked example per formula of domain.md §5; the arithmetic is in each comment.
@Suite struct SelfEvaluatorFormulaTests {
    typealias T = TableBuilder

    /// Scores a one-indicator table and returns its indicator line.
    private func line(_ project: Project) throws -> SelfEvaluationItem {
        let evaluation = try #require(SelfEvaluator.evaluate(project))
        return try #require(evaluation.item("被测指标"))
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }

    @Test func tableWithoutYearEndValuesHasNoScore() {
        var project = T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: nil)
        project.executedAmount = nil
        #expect(SelfEvaluator.evaluate(project) == nil)
    }

    // A template with the year-end keys present but empty is not a self-evaluation.
    @Test func blankYearEndCellsDoNotMakeAScore() {
        var project = T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "", score: "")
        project.executedAmount = Amount(text: "", value: nil, location: .start)
        #expect(!project.hasYearEndValues, "blank cells are not year-end values")
        #expect(SelfEvaluator.evaluate(project) == nil)
    }

    // ≥20个, 实际 22个: met → full 12.5.
    @Test func positiveMetEarnsFullWeight() throws {
        let item = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "22个", weight: 12.5))
        #expect(item.formula == "positive")
        #expect(item.earned == 12.5)
        #expect(item.explanation == "正向指标：实际 22个 ≥ 目标 20个，达标，得满分 12.5")
    }

    // ≥20个, 实际 18个: 18 / 20 × 12.5 = 11.25.
    @Test func positiveMissedEarnsTheRatio() throws {
        let item = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "18个", weight: 12.5))
        #expect(item.earned == 11.25)
        #expect(item.explanation == "正向指标：实际 18个 / 目标 20个 × 12.5 = 11.25")
    }

    // >95%, 实际 95%: strictly not met, but 95 / 95 × 10 = 10 anyway.
    @Test func positiveStrictAtTheTargetEarnsTheRatio() throws {
        let item = try line(T.single(target: T.quantity(.greater, 95, "%"), targetText: "大于95%", actual: "95%"))
        #expect(item.earned == 10)
        #expect(item.explanation.hasPrefix("正向指标：实际 95% / 目标 95% × 10 = 10.00"))
    }

    // ≤15万, 实际 14.5万元: met → full 10.
    @Test func reverseMetEarnsFullWeight() throws {
        let item = try line(T.single(target: T.quantity(.atMost, 15, "万"), targetText: "≤15万", actual: "14.5万元"))
        #expect(item.formula == "reverse")
        #expect(item.earned == 10)
    }

    // ≤15万, 实际 18万: 10 × (1 − (18 − 15) / 15) = 10 × 0.8 = 8.
    @Test func reverseBetweenTargetAndTwiceLosesTheOverrun() throws {
        let item = try line(T.single(target: T.quantity(.atMost, 15, "万"), targetText: "≤15万", actual: "18万"))
        #expect(close(item.earned, 8))
        #expect(item.explanation == "反向指标：实际 18万 超出目标 15万，10 × (1 − (18 − 15) / 15) = 8.00")
    }

    // ≤15万元, 实际 165000元 = 16.5万元: 10 × (1 − 1.5 / 15) = 9.
    @Test func reverseConvertsYuanToTenThousands() throws {
        let item = try line(T.single(target: T.quantity(.atMost, 15, "万元"), targetText: "≤15万元", actual: "165000元"))
        #expect(close(item.earned, 9))
        #expect(item.explanation.contains("165000元（折合 16.5万元）"))
    }

    // ≤15万, 实际 30万 (= 2 × 15) and 31万: 0.
    @Test(arguments: ["30万", "31万元"])
    func reverseAtTwiceTheTargetEarnsNothing(actual: String) throws {
        let item = try line(T.single(target: T.quantity(.atMost, 15, "万"), targetText: "≤15万", actual: actual))
        #expect(item.earned == 0)
        #expect(item.explanation.contains("2 倍"))
    }

    // Actual numbers as Word writes them: full-width digits, thousands separators, 百分比 for %.
    // ≥1000元, 实际 １,500元: met → 10. 100百分比, 实际 95%: as positive, 95 / 100 × 10 = 9.5.
    @Test func actualNumbersAreReadAsWritten() throws {
        let money = try line(T.single(target: T.quantity(.atLeast, 1000, "元"), targetText: "≥1000元", actual: "１,500元"))
        #expect(money.earned == 10)
        let percent = try line(T.single(target: T.quantity(.equal, 100, "百分比"), targetText: "100百分比", actual: "95%"))
        #expect(close(percent.earned, 9.5))
        #expect(!percent.explanation.contains("不同"))
    }

    // ≥20个, 实际 22家: units differ and cannot be converted: compared as numbers, and said so.
    @Test func differentUnitsAreComparedAsNumbersWithANote() throws {
        let item = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "22家"))
        #expect(item.earned == 10)
        #expect(item.explanation.contains("单位「家」与目标「个」不同，按数字比较"))
    }

    // ≥20个, 实际 已完成: no number to compare → 0, unless a 得分 is stated (then it counts, capped).
    @Test func quantitativeTargetWithWordsAsResult() throws {
        let bare = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "已完成"))
        #expect(bare.earned == 0)
        #expect(bare.explanation.contains("没有数字"))
        let stated = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "已完成", score: "9"))
        #expect(stated.earned == 9)
    }

    // =11本, 实际 11本: met → full 5.
    @Test func equalMetEarnsFullWeight() throws {
        let item = try line(T.single(target: T.quantity(.equal, 11, "本"), targetText: "11本", actual: "11本", weight: 5))
        #expect(item.formula == "equal")
        #expect(item.earned == 5)
    }

    // =11本, 实际 9本: as positive, 9 / 11 × 5 = 4.0909… → 4.09.
    @Test func equalMissedCountsAsPositive() throws {
        let item = try line(T.single(target: T.quantity(.equal, 11, "本"), targetText: "11本", actual: "9本", weight: 5))
        #expect(close(item.earned, 4.09))
        #expect(item.explanation == "等值指标：未达目标，按正向计：实际 9本 / 目标 11本 × 5 = 4.09")
    }

    // 2022年12月, done 2022年11月 / 2022年12月20日 / 按期完成: on time → full 5.
    @Test(arguments: ["2022年11月", "2022年12月20日", "按期完成", "已于12月完成"])
    func deadlineOnTimeEarnsFullWeight(actual: String) throws {
        let item = try line(T.single(target: T.deadline(2022, 12), targetText: "2022年12月", actual: actual, weight: 5))
        #expect(item.formula == "deadline")
        #expect(item.earned == 5)
    }

    // 2022年12月, done 2023年1月, no 得分: late → 0, and the missing reason is noted.
    @Test func deadlineLateEarnsNothing() throws {
        let item = try line(T.single(target: T.deadline(2022, 12), targetText: "2022年12月", actual: "2023年1月",
                                     weight: 5, reason: nil))
        #expect(item.earned == 0)
        #expect(item.explanation == "时效指标：2023年1月 完成，晚于目标 2022年12月，未填得分，得 0；未满分且未填偏差原因")
    }

    // 2022年12月, done 2023年1月, 得分 2: the stated 2 counts.
    @Test func deadlineLateWithStatedScoreKeepsIt() throws {
        let item = try line(T.single(target: T.deadline(2022, 12), targetText: "2022年12月", actual: "2023年1月",
                                     weight: 5, score: "2"))
        #expect(item.earned == 2)
        #expect(item.explanation.contains("采用自评得分 2.00"))
    }

    // 得分 8 above the weight 5: capped at 5 and said so.
    @Test func statedScoreAboveWeightIsCapped() throws {
        let item = try line(T.single(target: T.deadline(2022, 12), targetText: "2022年12月", actual: "延期至2023年2月",
                                     weight: 5, score: "8分"))
        #expect(item.earned == 5)
        #expect(item.explanation.contains("自评得分 8 超过分值 5，按 5.00 计"))
    }

    // <12月 read strictly: done in 2022年12月 is late.
    @Test func strictDeadlineIsBeforeTheMonth() throws {
        let item = try line(T.single(target: T.deadline(nil, 12, .less), targetText: "<12月", actual: "2022年12月"))
        #expect(item.earned == 0)
    }

    // Qualitative, weight 10. Bands: 达成 8–10, 部分达成 6–8, 未达成 0–6.
    // Without a usable 得分: 达成 → top 10; 部分达成 → middle 7; 未达成 → middle 3.
    // With 得分 inside the band it wins (9, 6.5, 5); outside it is ignored (7 in 达成 → 10; 8 in 未达成 → 3).
    @Test(arguments: [
        ("达成年度指标", nil, 10.0), ("达成年度指标", "9", 9), ("达成年度指标", "7", 10),
        ("部分达成", nil, 7), ("部分达成", "6.5", 6.5),
        ("未达成", nil, 3), ("未达成", "5", 5), ("未达成", "8", 3),
        ("服务对象满意", nil, 10), ("基本完成", nil, 7), ("未完成，受疫情影响", nil, 3), ("未按时完成", nil, 3),
    ] as [(String, String?, Double)])
    func qualitativeBands(actual: String, score: String?, expected: Double) throws {
        let item = try line(T.single(target: .qualitative("显著提升"), targetText: "显著提升", actual: actual, score: score))
        #expect(item.formula == "qualitative")
        #expect(close(item.earned, expected), "\(actual) 得分 \(score ?? "-") → \(item.explanation)")
    }

    @Test func qualitativeExplanationShowsTheBandAndTheArithmetic() throws {
        let item = try line(T.single(target: .qualitative("显著提升"), targetText: "显著提升", actual: "部分达成"))
        #expect(item.explanation == "定性指标：「部分达成」含「部分达成」，属部分达成档（60%–80%，6–8 分），取档位中值 10 × 70% = 7.00")
    }

    @Test func qualitativeResultNamingNoBandEarnsNothing() throws {
        let item = try line(T.single(target: .qualitative("显著提升"), targetText: "显著提升", actual: "有所提升"))
        #expect(item.earned == 0)
        #expect(item.explanation.contains("读不出达成程度"))
    }

    @Test func missingActualEarnsNothing() throws {
        var project = T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: nil)
        project.executedAmount = Amount(text: "15", value: 15, location: .start)
        let item = try line(project)
        #expect(item.earned == 0)
        #expect(item.explanation.hasPrefix("未填实际完成值"))
    }

    @Test func formulaResultWinsOverADifferentStatedScore() throws {
        let item = try line(T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "18个", score: "10"))
        #expect(item.earned == 9)
        #expect(item.explanation.contains("表中得分 10 与计算结果不同，按计算结果计"))
    }

    // Budget 15, executed 13.5: 13.5 / 15 = 90% × 10 = 9.
    @Test func budgetExecutionUnderHundredPercent() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(T.project([], executed: 13.5)))
        let item = try #require(evaluation.item("预算执行率"))
        #expect(item.formula == "budget")
        #expect(close(item.earned, 9))
        #expect(item.explanation == "预算执行率：执行数 13.5 / 预算数 15 = 90.00% × 10 = 9.00")
    }

    // Budget 15, executed 16: 106.67% is capped at 100% → 10.
    @Test func budgetExecutionOverHundredPercentIsCapped() throws {
        let evaluation = try #require(SelfEvaluator.evaluate(T.project([], executed: 16)))
        let item = try #require(evaluation.item("预算执行率"))
        #expect(item.earned == 10)
        #expect(item.explanation.contains("106.67%，超过 100% 按 100% 计"))
    }

    // 预算数 missing: 财政资金 12 + 其他资金 3 = 15; 12 / 15 = 80% × 10 = 8.
    @Test func budgetExecutionFallsBackToTheSumOfItsParts() throws {
        var project = T.project([], executed: 12)
        let at = SourceLocation(line: 5, column: 3)
        project.budget = Budget(total: nil, fiscal: Amount(text: "12", value: 12, location: at),
                                other: Amount(text: "3", value: 3, location: at), location: at)
        let item = try #require(SelfEvaluator.evaluate(project)?.item("预算执行率"))
        #expect(close(item.earned, 8))
    }

    @Test func budgetExecutionWithoutExecutedAmountLosesItsWeight() throws {
        let project = T.single(target: T.quantity(.atLeast, 20, "个"), targetText: "≥20个", actual: "20个")
        var withoutExecuted = project
        withoutExecuted.executedAmount = nil
        let evaluation = try #require(SelfEvaluator.evaluate(withoutExecuted))
        let item = try #require(evaluation.item("预算执行率"))
        #expect(item.earned == 0)
        #expect(item.explanation == "未填预算执行数，预算执行率 10 分不得分")
    }
}
