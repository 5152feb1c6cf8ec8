/// The keys of a project file: the official Chinese terms, one spelling each, no aliases.
enum ProjectSchema {
    static let name = "项目名称"
    static let unit = "预算单位"
    static let year = "预算年度"
    static let moneyUnit = "金额单位"
    static let budget = "预算"
    static let purpose = "资金用途"
    static let goals = "绩效目标"
    static let indicators = "绩效指标"
    static let executed = "预算执行数"

    static let budgetTotal = "预算数"
    static let budgetFiscal = "财政资金"
    static let budgetOther = "其他资金"

    static let indicatorName = "三级指标"
    static let indicatorDescription = "绩效指标描述"
    static let target = "指标值"
    static let actual = "实际完成值"
    static let deviationReason = "偏差原因"
    static let weight = "分值"
    static let score = "得分"

    static let topLevel = [name, unit, year, moneyUnit, budget, purpose, goals, indicators, executed]
    static let requiredTopLevel = [name, unit, year, moneyUnit, budget, purpose, goals, indicators]
    static let budgetKeys = [budgetTotal, budgetFiscal, budgetOther]
    static let requiredBudgetKeys = [budgetTotal, budgetFiscal]
    static let indicatorKeys = [indicatorName, indicatorDescription, target, actual, deviationReason, weight, score]
    static let requiredIndicatorKeys = [indicatorName, indicatorDescription, target]
}
