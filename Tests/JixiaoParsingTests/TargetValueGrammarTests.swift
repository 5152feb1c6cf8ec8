import Foundation
import JixiaoModel
import Testing
@testable import JixiaoParsing

/// One 指标值 and the parse a reader of the table expects.
struct TargetValueCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: TargetValue
    var testDescription: String { text }
}

private func quantity(_ comparator: JixiaoModel.Comparator, _ comparatorText: String, _ number: Double, _ numberText: String,
                      _ unit: String, subject: String = "", restatement: String? = nil) -> TargetValue {
    .quantitative(Quantity(comparator: comparator, comparatorText: comparatorText, number: number,
                           numberText: numberText, unit: unit, subject: subject, restatement: restatement))
}

private func deadline(_ comparator: JixiaoModel.Comparator = .atMost, year: Int? = nil, month: Int, day: Int? = nil,
                      _ qualifier: String = "") -> TargetValue {
    .deadline(Deadline(comparator: comparator, year: year, month: month, day: day, qualifier: qualifier))
}

private func text(_ value: String) -> TargetValue { .qualitative(value) }

private func seed(_ value: String, _ expected: TargetValue) -> TargetValueCase {
    TargetValueCase(text: value, expected: expected)
}

/// Every 指标值 of the seed's 13 tables, in document order, with its expected parse written by hand.
let seedTargetValues: [TargetValueCase] = [
    // 1. 2022年度科技重大专项评估
    seed("≥20个", quantity(.atLeast, "≥", 20, "20", "个")),
    seed("≥20张", quantity(.atLeast, "≥", 20, "20", "张")),
    seed("2022年12月", deadline(year: 2022, month: 12)),
    seed("≤15万", quantity(.atMost, "≤", 15, "15", "万")),
    seed("获得相关部门认可", text("获得相关部门认可")),
    seed("≥90%", quantity(.atLeast, "≥", 90, "90", "%")),
    // 2. 2022年科技统计与统计监测
    seed("≥287家", quantity(.atLeast, "≥", 287, "287", "家")),
    seed("2个", quantity(.equal, "", 2, "2", "个")),
    seed("统计调查数据真实准确及时，通过上级部门评估", text("统计调查数据真实准确及时，通过上级部门评估")),
    seed("按时完成工作任务", text("按时完成工作任务")),
    seed("控制预算范围内", text("控制预算范围内")),
    seed("形成年鉴和数据集", text("形成年鉴和数据集")),
    seed("≥4篇", quantity(.atLeast, "≥", 4, "4", "篇")),
    seed("形成有关报告和数据资料", text("形成有关报告和数据资料")),
    // 3. 编制印发《天津市生态环境保护科技发展蓝皮书》
    seed("≥40册", quantity(.atLeast, "≥", 40, "40", "册")),
    seed("经专家论证，技术成果具有示范性与先进性", text("经专家论证，技术成果具有示范性与先进性")),
    seed("早于12个月", text("早于12个月")),
    seed("<18万元", quantity(.less, "<", 18, "18", "万元")),
    seed("1项", quantity(.equal, "", 1, "1", "项")),
    seed("满意度", text("满意度")),
    // 4. 高企认定专项工作经费
    seed("≥1次", quantity(.atLeast, "≥", 1, "1", "次")),
    seed("≥6次", quantity(.atLeast, "≥", 6, "6", "次")),
    seed("≥3次", quantity(.atLeast, "≥", 3, "3", "次")),
    seed("提高高企政策知晓度，规范工作流程。", text("提高高企政策知晓度，规范工作流程。")),
    seed("提高高企认定受理、形式审查工作效率。", text("提高高企认定受理、形式审查工作效率。")),
    seed("通过线上培训等方式减少经费支出。", text("通过线上培训等方式减少经费支出。")),
    seed("推动一批科技型企业成长为高新技术企业。", text("推动一批科技型企业成长为高新技术企业。")),
    seed("提升服务对象满意度。", text("提升服务对象满意度。")),
    // 5. 海河实验室筹建服务工作
    seed("≥4次", quantity(.atLeast, "≥", 4, "4", "次")),
    seed("≥5人次", quantity(.atLeast, "≥", 5, "5", "人次")),
    seed(">3篇", quantity(.greater, ">", 3, "3", "篇")),
    seed("会议工作通过上级部门要求，调研工作提交调研报告", text("会议工作通过上级部门要求，调研工作提交调研报告")),
    seed("按照工作方案要求在规定时间顺利完成", text("按照工作方案要求在规定时间顺利完成")),
    seed("符合预算", text("符合预算")),
    seed("显著提升", text("显著提升")),
    seed("满足上级部门要求及海河实验室建设主体政策宣讲需求", text("满足上级部门要求及海河实验室建设主体政策宣讲需求")),
    // 6. 海河实验室联盟
    seed("≥2不少于2次", quantity(.atLeast, "≥", 2, "2", "次", restatement: "不少于2次")),
    seed("11本", quantity(.equal, "", 11, "11", "本")),
    seed("≥50不少于50次", quantity(.atLeast, "≥", 50, "50", "次", restatement: "不少于50次")),
    seed("≥50不少于50人次", quantity(.atLeast, "≥", 50, "50", "人次", restatement: "不少于50人次")),
    seed("2022年12月底前", deadline(year: 2022, month: 12, "底前")),
    seed("控制在预算范围内", text("控制在预算范围内")),
    seed("对接企业数量不少于100家", quantity(.atLeast, "不少于", 100, "100", "家", subject: "对接企业数量")),
    seed("对接次数不少于20次", quantity(.atLeast, "不少于", 20, "20", "次", subject: "对接次数")),
    seed("有效支撑服务天津市产业创新发展，实验室支撑产业发展的能力和水平不断提高",
         text("有效支撑服务天津市产业创新发展，实验室支撑产业发展的能力和水平不断提高")),
    seed("有效促进各实验室及相关产业进行人才引进，形成人才集聚效应", text("有效促进各实验室及相关产业进行人才引进，形成人才集聚效应")),
    seed("创新氛围日益浓厚，海河实验室社会影响力不断提高", text("创新氛围日益浓厚，海河实验室社会影响力不断提高")),
    seed("科技创新生态不断优化，创新网络日益完善", text("科技创新生态不断优化，创新网络日益完善")),
    seed("打响海河实验室品牌，国内国际影响力不断提高", text("打响海河实验室品牌，国内国际影响力不断提高")),
    seed("满意", text("满意")),
    // 7. 技术创新中心、产业技术研究院、大学科技园、工程技术中心等创新平台建设工作
    seed("≥10家", quantity(.atLeast, "≥", 10, "10", "家")),
    seed("≥3篇", quantity(.atLeast, "≥", 3, "3", "篇")),
    seed("≥2次", quantity(.atLeast, "≥", 2, "2", "次")),
    seed("≥95%", quantity(.atLeast, "≥", 95, "95", "%")),
    seed("≥100人次", quantity(.atLeast, "≥", 100, "100", "人次")),
    seed("≥50人次", quantity(.atLeast, "≥", 50, "50", "人次")),
    seed("全部按时点当年完成", text("全部按时点当年完成")),
    seed("严格按预算执行", text("严格按预算执行")),
    seed("创新平台高质量发展", text("创新平台高质量发展")),
    seed("满意", text("满意")),
    // 8. 京津冀基础研究工作经费（含杰青培育）
    seed("≥2本", quantity(.atLeast, "≥", 2, "2", "本")),
    seed("≥1项", quantity(.atLeast, "≥", 1, "1", "项")),
    seed("≥3份", quantity(.atLeast, "≥", 3, "3", "份")),
    seed("≥4次", quantity(.atLeast, "≥", 4, "4", "次")),
    seed("高校、科研院所等", text("高校、科研院所等")),
    seed("大于95%", quantity(.greater, "大于", 95, "95", "%")),
    seed("大于99%", quantity(.greater, "大于", 99, "99", "%")),
    seed("按照时间节点全部完成", text("按照时间节点全部完成")),
    seed("低于2022年初的预算", text("低于2022年初的预算")),
    seed("大于95%", quantity(.greater, "大于", 95, "95", "%")),
    seed("大于99%", quantity(.greater, "大于", 99, "99", "%")),
    // 9. 科技服务业和设计之都工作
    seed("≥2次", quantity(.atLeast, "≥", 2, "2", "次")),
    seed("≥2个", quantity(.atLeast, "≥", 2, "2", "个")),
    seed("≥3个", quantity(.atLeast, "≥", 3, "3", "个")),
    seed("及时满足工作需要", text("及时满足工作需要")),
    seed("严格按预算执行", text("严格按预算执行")),
    seed("科技服务业企业高质量发展", text("科技服务业企业高质量发展")),
    seed("满意", text("满意")),
    // 10. 科技计划项目相关责任主体失信行为管理工作
    seed("≥100人次", quantity(.atLeast, "≥", 100, "100", "人次")),
    seed("≥100项", quantity(.atLeast, "≥", 100, "100", "项")),
    seed("≥100份", quantity(.atLeast, "≥", 100, "100", "份")),
    seed("2022年12月", deadline(year: 2022, month: 12)),
    seed("≤10万元", quantity(.atMost, "≤", 10, "10", "万元")),
    seed("≥12次", quantity(.atLeast, "≥", 12, "12", "次")),
    seed("≥90%", quantity(.atLeast, "≥", 90, "90", "%")),
    // 11. 农业科技特派员提升工作
    seed("组织咨询服务专家认定", text("组织咨询服务专家认定")),
    seed("起草文件", text("起草文件")),
    seed("6篇", quantity(.equal, "", 6, "6", "篇")),
    seed("≤6", quantity(.atMost, "≤", 6, "6", "")),
    seed("认定/评审", text("认定/评审")),
    seed("宣传报道", text("宣传报道")),
    seed("12月", deadline(month: 12)),
    seed("<18万元", quantity(.less, "<", 18, "18", "万元")),
    seed(">1次", quantity(.greater, ">", 1, "1", "次")),
    seed(">1次", quantity(.greater, ">", 1, "1", "次")),
    seed(">1次", quantity(.greater, ">", 1, "1", "次")),
    seed("满意度", text("满意度")),
    // 12. 天津市高层次创新创业人才培养项目
    seed(">400项", quantity(.greater, ">", 400, "400", "项")),
    seed("100百分比", quantity(.equal, "", 100, "100", "百分比")),
    seed("<12月", deadline(.less, month: 12)),
    seed("<18万", quantity(.less, "<", 18, "18", "万")),
    seed(">50人", quantity(.greater, ">", 50, "50", "人")),
    seed("≥10份", quantity(.atLeast, "≥", 10, "10", "份")),
    // 13. 天津市技术市场服务
    seed("≥5场", quantity(.atLeast, "≥", 5, "5", "场")),
    seed("≥200项", quantity(.atLeast, "≥", 200, "200", "项")),
    seed("就近办，马上办", text("就近办，马上办")),
    seed("打通成果转化的通道，减少审批过程和时间、简化办事要件", text("打通成果转化的通道，减少审批过程和时间、简化办事要件")),
    seed("成果转化率提升", text("成果转化率提升")),
    seed("提升企业合同认定登记、成果登记满意度", text("提升企业合同认定登记、成果登记满意度")),
]

@Suite("TargetValueGrammar")
struct TargetValueGrammarTests {
    @Test("every 指标值 of the seed reads as a person reads it", arguments: seedTargetValues)
    func seedValue(_ example: TargetValueCase) {
        #expect(TargetValueGrammar.parse(example.text) == example.expected)
    }

    @Test("the hand-written list is exactly the seed's 109 指标值 cells, in order")
    func seedListMatchesTheDocument() throws {
        let cells = try SeedDocument.targetValueCells()
        #expect(cells.count == 109)
        #expect(seedTargetValues.map(\.text) == cells)
        let kinds = Dictionary(grouping: seedTargetValues, by: { $0.expected.kindKey }).mapValues(\.count)
        #expect(kinds == ["quantitative": 58, "deadline": 5, "qualitative": 46])
    }

    @Test("comparators in symbols, ASCII, full width and Chinese", arguments: [
        seed(">=20个", quantity(.atLeast, ">=", 20, "20", "个")),
        seed("<=15万元", quantity(.atMost, "<=", 15, "15", "万元")),
        seed("=3次", quantity(.equal, "=", 3, "3", "次")),
        seed("＞3篇", quantity(.greater, "＞", 3, "3", "篇")),
        seed("＜18万元", quantity(.less, "＜", 18, "18", "万元")),
        seed("＝5份", quantity(.equal, "＝", 5, "5", "份")),
        seed("≧90%", quantity(.atLeast, "≧", 90, "90", "%")),
        seed("≦10万元", quantity(.atMost, "≦", 10, "10", "万元")),
        seed("不低于95%", quantity(.atLeast, "不低于", 95, "95", "%")),
        seed("至少3场", quantity(.atLeast, "至少", 3, "3", "场")),
        seed("大于等于90%", quantity(.atLeast, "大于等于", 90, "90", "%")),
        seed("不超过15万元", quantity(.atMost, "不超过", 15, "15", "万元")),
        seed("不高于5%", quantity(.atMost, "不高于", 5, "5", "%")),
        seed("小于等于10万元", quantity(.atMost, "小于等于", 10, "10", "万元")),
        seed("10万元以内", quantity(.atMost, "以内", 10, "10", "万元")),
        seed("超过100人", quantity(.greater, "超过", 100, "100", "人")),
        seed("高于80%", quantity(.greater, "高于", 80, "80", "%")),
        seed("小于5次", quantity(.less, "小于", 5, "5", "次")),
        seed("低于18万元", quantity(.less, "低于", 18, "18", "万元")),
        seed("服务人数 ≥ 50 人次", quantity(.atLeast, "≥", 50, "50", "人次", subject: "服务人数")),
        seed("≥95%以上", quantity(.atLeast, "≥", 95, "95", "%", restatement: "以上")),
        seed("100家以上", quantity(.atLeast, "以上", 100, "100", "家")),
        seed("≥3台", quantity(.atLeast, "≥", 3, "3", "台")),
        seed("2不少于2次", quantity(.atLeast, "", 2, "2", "次", restatement: "不少于2次")),
    ])
    func comparatorSpellings(_ example: TargetValueCase) {
        #expect(TargetValueGrammar.parse(example.text) == example.expected)
    }

    @Test("numbers: thousands separators, decimals, full-width digits", arguments: [
        seed("≥1,500元", quantity(.atLeast, "≥", 1500, "1,500", "元")),
        seed("1,234,567人次", quantity(.equal, "", 1_234_567, "1,234,567", "人次")),
        seed("≤12.5万元", quantity(.atMost, "≤", 12.5, "12.5", "万元")),
        seed("≥１５个", quantity(.atLeast, "≥", 15, "１５", "个")),
        seed("≥９５．５％", quantity(.atLeast, "≥", 95.5, "９５．５", "％")),
        seed("1,50个", text("1,50个")),
    ])
    func numbers(_ example: TargetValueCase) {
        #expect(TargetValueGrammar.parse(example.text) == example.expected)
    }

    @Test("deadlines in the budget year's spellings", arguments: [
        seed("2022年底", deadline(year: 2022, month: 12, "底")),
        seed("2022年底前", deadline(year: 2022, month: 12, "底前")),
        seed("2022年年底", deadline(year: 2022, month: 12, "年底")),
        seed("2022年12月31日", deadline(year: 2022, month: 12, day: 31)),
        seed("2022年6月30日前", deadline(year: 2022, month: 6, day: 30, "前")),
        seed("2022-12", deadline(year: 2022, month: 12)),
        seed("2022-12-31", deadline(year: 2022, month: 12, day: 31)),
        seed("2022/6", deadline(year: 2022, month: 6)),
        seed("12月底前完成", deadline(month: 12, "底前完成")),
        seed("10月底", deadline(month: 10, "底")),
        seed("≤2022年11月", deadline(year: 2022, month: 11)),
        seed("不晚于2022年9月", deadline(year: 2022, month: 9)),
        seed("２０２２年１２月", deadline(year: 2022, month: 12)),
        seed("年底前", deadline(month: 12, "年底前")),
        seed("年内完成", deadline(month: 12, "年内完成")),
        seed("<年底", deadline(.less, month: 12, "年底")),
        seed("2022 年 12 月", deadline(year: 2022, month: 12)),
    ])
    func deadlines(_ example: TargetValueCase) {
        #expect(TargetValueGrammar.parse(example.text) == example.expected)
    }

    @Test("durations, years, impossible dates and prose stay qualitative", arguments: [
        "早于12个月", "2022年", "13月", "2022年2月30日", "2022年初", "低于2022年初的预算",
        "较2021年提高10%", "完成全市技术合同成交额1500亿目标", "约100人", "100人左右",
        "≥2不少于3次", "≥2次不少于2人", "≤10万元以上", "满意度", "90%-95%", "底前", "按年底前完成",
    ])
    func notQuantities(_ value: String) {
        #expect(TargetValueGrammar.parse(value) == .qualitative(value))
    }

    @Test("blank and padded values")
    func blankAndPadded() {
        #expect(TargetValueGrammar.parse("") == .qualitative(""))
        #expect(TargetValueGrammar.parse("  \n") == .qualitative(""))
        #expect(TargetValueGrammar.parse(" ≥20个\t") == quantity(.atLeast, "≥", 20, "20", "个"))
        #expect(TargetValueGrammar.parse("\u{3000}满意\u{3000}") == .qualitative("满意"))
    }

    @Test("a cached reading is the grammar's own, also on the second and third asking",
          arguments: seedTargetValues.map(\.text) + ["≥１５个", "2022 年 12 月", " ≥20个\t", "", "\u{3000}满意\u{3000}"])
    func cachedReadingIsTheGrammars(_ value: String) {
        let reading = TargetValueGrammar.reading(value)
        #expect(TargetValueGrammar.parse(value) == reading)
        #expect(TargetValueGrammar.parse(value) == reading)
        #expect(TargetValueGrammar.parse(String(decoding: Array(value.utf8), as: UTF8.self)) == reading)
    }

    @Test("texts equal as strings but spelt differently keep their own spelling in the reading")
    func cacheKeysAreBytes() {
        let composed = "服务人数\u{E9} ≥ 50 人次"
        let decomposed = "服务人数e\u{301} ≥ 50 人次"
        #expect(composed == decomposed)
        let first = TargetValueGrammar.parse(composed)
        let second = TargetValueGrammar.parse(decomposed)
        guard case .quantitative(let a) = first, case .quantitative(let b) = second else {
            Issue.record("not quantities: \(first), \(second)")
            return
        }
        #expect(Array(a.subject.utf8) == Array("服务人数\u{E9}".utf8))
        #expect(Array(b.subject.utf8) == Array("服务人数e\u{301}".utf8))
        for (text, spelt) in [("满意\u{E9}", "满意\u{E9}"), ("满意e\u{301}", "满意e\u{301}")] {
            guard case .qualitative(let written) = TargetValueGrammar.parse(text) else {
                Issue.record("not qualitative: \(text)")
                continue
            }
            #expect(Array(written.utf8) == Array(spelt.utf8))
        }
    }

    @Test("long texts are read without the cache and read the same")
    func longTexts() {
        let long = String(repeating: "提升企业合同认定登记", count: 20) + "≥95%"
        #expect(long.utf8.count > ReadingCache.maximumLength)
        #expect(TargetValueGrammar.parse(long) == TargetValueGrammar.reading(long))
        #expect(ReadingCache.shared.value(for: long) == nil)
    }
}
