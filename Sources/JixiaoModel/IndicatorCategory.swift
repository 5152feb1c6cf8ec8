/// The official indicator hierarchy (domain.md §2): both the 2020 and the 2021 framework are accepted.
public enum IndicatorCategory {
    /// Level-1 categories in table order.
    public static let level1: [String] = ["产出指标", "效益指标", "满意度指标", "成本指标"]

    /// Level-2 categories allowed under each level-1 category, in table order.
    public static let level2: [String: [String]] = [
        "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
        "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        "满意度指标": ["服务对象满意度指标"],
        "成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
    ]

    /// Every known level-2 name, mapped to the level-1 categories it may stand under.
    public static let parentsOfLevel2: [String: [String]] = {
        var result: [String: [String]] = [:]
        for parent in level1 {
            for child in level2[parent] ?? [] { result[child, default: []].append(parent) }
        }
        return result
    }()

    /// True for a level-2 category that measures cost (under 产出 or as level 1 in 2021).
    public static func isCost(level1: String, level2: String) -> Bool {
        PlainText.equals(level1, plain: "成本指标") || PlainText.equals(level2, plain: "成本指标")
    }

    /// True for the timeliness category, whose values should be deadlines.
    public static func isTimeliness(_ level2: String) -> Bool { PlainText.equals(level2, plain: "时效指标") }

    /// True for satisfaction indicators.
    public static func isSatisfaction(level1: String) -> Bool { PlainText.equals(level1, plain: "满意度指标") }
}
