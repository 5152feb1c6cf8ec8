import JixiaoModel

/// Builds projects in code the way the parser would produce them, so each test reads like a table.
enum TableBuilder {
    /// A target value as the grammar would parse it, e.g. `quantity(.atLeast, 20, "个")` for `≥20个`.
    static func quantity(_ comparator: Comparator, _ number: Double, _ unit: String) -> TargetValue {
        .quantitative(Quantity(comparator: comparator, comparatorText: comparator.rawValue, number: number,
                               numberText: numberText(number), unit: unit))
    }

    /// `2022年12月` or `2022年12月20日` as a deadline.
    static func deadline(_ year: Int?, _ month: Int, day: Int? = nil, _ comparator: Comparator = .atMost) -> TargetValue {
        .deadline(Deadline(comparator: comparator, year: year, month: month, day: day))
    }

    static func indicator(_ level1: String, _ level2: String, _ name: String, target: TargetValue?, targetText: String,
                          actual: String?, weight: String? = nil, score: String? = nil, reason: String? = nil,
                          line: Int = 20) -> Indicator {
        func field(_ text: String?, _ column: Int) -> Field? { text.map { Field($0, at: .init(line: line, column: column)) } }
        return Indicator(level1: Field(level1, at: .init(line: line, column: 5)),
                         level2: Field(level2, at: .init(line: line + 1, column: 5)),
                         name: field(name, 7), description: field(name, 9), target: field(targetText, 11),
                         targetValue: target, actual: field(actual, 13), deviationReason: field(reason, 15),
                         weight: field(weight, 17), score: field(score, 19),
                         location: .init(line: line, column: 3))
    }

    /// A 2022 project with budget 15 (万元) and the given executed amount and indicators.
    static func project(_ indicators: [Indicator], budget: Double? = 15, executed: Double? = 15) -> Project {
        let at = SourceLocation(line: 5, column: 3)
        return Project(id: "2022/测试项目", path: "2022/测试项目.yaml", name: Field("测试项目", at: .start),
                       budgetYear: Field("2022", at: .init(line: 3, column: 7)), moneyUnit: Field("万元", at: .start),
                       budget: Budget(total: budget.map { Amount(text: numberText($0), value: $0, location: at) },
                                      fiscal: nil, other: nil, location: at),
                       indicators: indicators,
                       executedAmount: executed.map { Amount(text: numberText($0), value: $0, location: .init(line: 60, column: 9)) })
    }

    /// A one-indicator project whose only output indicator is worth `weight` points.
    static func single(target: TargetValue?, targetText: String, actual: String?, weight: Double = 10,
                       score: String? = nil, reason: String? = "原因已说明") -> Project {
        project([indicator("产出指标", "数量指标", "被测指标", target: target, targetText: targetText, actual: actual,
                           weight: numberText(weight), score: score, reason: reason)])
    }

    static func numberText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension SelfEvaluation {
    /// The line of one indicator, by its 三级指标 name.
    func item(_ label: String) -> SelfEvaluationItem? { items.first { $0.label == label } }
}
