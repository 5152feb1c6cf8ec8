import Foundation
import JixiaoModel
import Testing

/// `Indicator` keeps its fields in a shared box; it must still behave as a plain value.
@Suite struct IndicatorTests {
    static let quantity = Indicator(level1: Field("产出指标", at: .init(line: 10, column: 3)),
                                    level2: Field("数量指标", at: .init(line: 11, column: 5)),
                                    name: Field("评估项目数", at: .init(line: 12, column: 20)),
                                    location: .init(line: 12, column: 7))

    @Test func aChangedCopyLeavesTheOriginalAlone() {
        var copy = Self.quantity
        copy.name = Field("现场检查数", at: .init(line: 12, column: 20))
        copy.level2 = Field("成本指标", at: .init(line: 11, column: 5))
        #expect(Self.quantity.name?.text == "评估项目数")
        #expect(Self.quantity.level2.text == "数量指标")
        #expect(copy != Self.quantity)
        var again = copy
        again.name = Self.quantity.name
        again.level2 = Self.quantity.level2
        #expect(again == Self.quantity)
        #expect(again.hashValue == Self.quantity.hashValue)
    }

    @Test func categoriesFollowTheNames() {
        var indicator = Self.quantity
        #expect(!indicator.isCost && !indicator.isTimeliness && !indicator.isSatisfaction)
        indicator.level2 = Field("成本指标", at: .init(line: 1, column: 1))
        #expect(indicator.isCost && !Self.quantity.isCost)
        indicator.level2 = Field("时效指标", at: .init(line: 1, column: 1))
        #expect(indicator.isTimeliness && !indicator.isCost)
        indicator.level1 = Field("满意度指标", at: .init(line: 1, column: 1))
        #expect(indicator.isSatisfaction)
        indicator.level1 = Field("成本指标", at: .init(line: 1, column: 1))  // the 2021 framework
        #expect(indicator.isCost && !indicator.isSatisfaction)
        // A name with a combining mark is another name (decided by String ==, not by bytes).
        #expect(!Indicator(level1: Field("成本指标\u{301}", at: .start), level2: Field("", at: .start), location: .start).isCost)
    }

    @Test func codableAsBefore() throws {
        let data = try JSONEncoder().encode(Self.quantity)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        #expect(keys == ["level1", "level2", "location", "name"])
        let decoded = try JSONDecoder().decode(Indicator.self, from: data)
        #expect(decoded == Self.quantity && decoded.isCost == Self.quantity.isCost)
    }

    /// Official names, near misses, and names equal to official ones only under canonical
    /// equivalence (a CJK compatibility ideograph, a decomposed accent) or spelt in other scripts.
    static let categoryNames: [String] = IndicatorCategory.level1 + IndicatorCategory.level2.values.flatMap { $0 } + [
        "", " ", "产出", "成本指标 ", "产出指标\u{301}", "数\u{F97E}指标", "数量指标", "e\u{301}", "\u{E9}",
        "成本指标\u{200B}", "Ａ", "質量指標", "质量指标质量指标", "满意度", "时效指标时效",
    ]

    @Test("category flags are what IndicatorCategory and String == say, for every pair of names")
    func categoriesAsTheCategoryRulesSay() {
        for level1 in Self.categoryNames {
            for level2 in Self.categoryNames {
                let indicator = Indicator(level1: Field(level1, at: .start), level2: Field(level2, at: .start), location: .start)
                #expect(indicator.isCost == IndicatorCategory.isCost(level1: level1, level2: level2))
                #expect(indicator.isCost == (level1 == "成本指标" || level2 == "成本指标"))
                #expect(indicator.isTimeliness == (level2 == "时效指标"))
                #expect(indicator.isSatisfaction == (level1 == "满意度指标"))
                #expect(indicator.isOutput == (level1 == "产出指标"))
                #expect(indicator.isBenefit == (level1 == "效益指标"))
                #expect(indicator.isQuantity == (level2 == "数量指标"))
                #expect(indicator.isQuality == (level2 == "质量指标"))
            }
        }
    }
}
