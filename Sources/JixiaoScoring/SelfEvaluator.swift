import JixiaoModel

/// The year-end self-evaluation score (自评, 0–100) per 财预〔2020〕10号 as practised.
///
/// 预算执行率 first, then every indicator in file order, then any category the profile weights
/// but the table lacks (its points are lost). Each item carries its arithmetic in Chinese.
public enum SelfEvaluator {
    /// Nil when the project has no year-end values (blank cells do not count): a score is never
    /// made up from targets alone.
    public static func evaluate(_ project: Project, profile: SelfEvaluationProfile = .default) -> SelfEvaluation? {
        guard YearEndPresence.isFilled(project) else { return nil }
        var items: [SelfEvaluationItem] = []
        if profile.budgetExecution > 0 {
            items.append(BudgetExecutionScoring.item(for: project, weight: profile.budgetExecution))
        }
        let allocation = WeightAllocation(indicators: project.indicators, profile: profile)
        for (indicator, share) in zip(project.indicators, allocation.shares) {
            if let share {
                items.append(IndicatorScoring.item(for: indicator, share: share, budgetYear: project.year))
            } else {
                items.append(SelfEvaluationItem(
                    label: indicator.name?.text ?? indicator.level2.text, category: indicator.level1.text,
                    formula: IndicatorScoring.formulaName(indicator.targetValue ?? .qualitative("")),
                    weight: 0, earned: 0,
                    explanation: "一级指标「\(indicator.level1.text)」不是产出、效益、满意度或成本指标，不计分",
                    location: indicator.level1.location))
            }
        }
        for (group, weight) in allocation.emptyGroups {
            items.append(SelfEvaluationItem(
                label: group.name, category: group.name, formula: "missing", weight: weight, earned: 0,
                explanation: "表中没有\(group.name)，该类 \(ScoreFormat.short(weight)) 分不得分", location: .start))
        }
        let total = items.reduce(0) { $0 + $1.earned }
        // Explicit 分值 may add up to more than 100; the score stays on its 0–100 scale.
        let score = ScoreFormat.rounded(min(max(total, 0), 100))
        return SelfEvaluation(score: score, grade: Grade(score: score), profile: profile.label, items: items)
    }
}
