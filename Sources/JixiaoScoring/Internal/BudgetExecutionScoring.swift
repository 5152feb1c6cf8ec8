import JixiaoModel

/// 预算执行率: 预算执行数 / 预算数 × weight, capped at the weight.
enum BudgetExecutionScoring {
    static func item(for project: Project, weight: Double) -> SelfEvaluationItem {
        let location = project.executedAmount?.location ?? project.budget?.location ?? .start
        let outcome = score(budget: total(of: project.budget), executed: project.executedAmount, weight: weight)
        return SelfEvaluationItem(label: "预算执行率", category: "预算执行率", formula: "budget", weight: weight,
                                  earned: outcome.earned, explanation: outcome.explanation, location: location)
    }

    /// 预算数, or 财政资金 + 其他资金 when 预算数 is missing (the budget rules report that separately).
    private static func total(of budget: Budget?) -> Double? {
        if let total = budget?.total?.value { return total }
        guard let fiscal = budget?.fiscal?.value else { return nil }
        return fiscal + (budget?.other?.value ?? 0)
    }

    private static func score(budget: Double?, executed: Amount?, weight: Double) -> ItemOutcome {
        let w = ScoreFormat.short(weight)
        // Without the executed amount there is no rate: the points are lost, never guessed.
        guard let executed, !executed.text.allSatisfy(\.isWhitespace) else {
            return ItemOutcome(earned: 0, explanation: "未填预算执行数，预算执行率 \(w) 分不得分")
        }
        guard let spent = executed.value else {
            return ItemOutcome(earned: 0, explanation: "预算执行数「\(executed.text)」不是数字，预算执行率 \(w) 分不得分")
        }
        guard let total = budget, total > 0 else {
            return ItemOutcome(earned: 0, explanation: "预算数缺失或不大于 0，算不出执行率，\(w) 分不得分")
        }
        let rate = max(spent / total, 0)
        let head = "预算执行率：执行数 \(ScoreFormat.short(spent)) / 预算数 \(ScoreFormat.short(total)) = \(ScoreFormat.percent(rate))"
        if rate > 1 {
            return ItemOutcome(earned: weight, explanation: "\(head)，超过 100% 按 100% 计，得满分 \(w)")
        }
        let earned = rate * weight
        return ItemOutcome(earned: earned, explanation: "\(head) × \(w) = \(ScoreFormat.fixed(earned))")
    }
}
