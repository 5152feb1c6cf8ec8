import JixiaoModel
import JixiaoParsing

/// One indicator's self-evaluation line: picks the formula from the target value and adds the notes.
enum IndicatorScoring {
    static func item(for indicator: Indicator, share: WeightAllocation.Share, budgetYear: Int?) -> SelfEvaluationItem {
        let weight = share.weight
        let targetText = indicator.target?.text.trimmed ?? ""
        let target = indicator.targetValue ?? (targetText.isEmpty ? .qualitative("") : TargetValueGrammar.parse(targetText))
        let actual = indicator.actual?.text.trimmed ?? ""
        let stated = StatedScore(indicator.score?.text)
        let formula = formulaName(target)

        var outcome: ItemOutcome
        if actual.isEmpty {
            let reason = "未填实际完成值"
            outcome = stated?.outcome(weight: weight, reason: reason)
                ?? ItemOutcome(earned: 0, explanation: "\(reason)，不得分")
        } else {
            switch target {
            case .quantitative(let quantity):
                outcome = QuantitativeScoring.score(target: quantity, actual: actual, weight: weight)
                    ?? noNumber(actual: actual, target: targetText, weight: weight, stated: stated)
            case .deadline(let deadline):
                outcome = DeadlineScoring.score(target: deadline, actual: actual, weight: weight,
                                                budgetYear: budgetYear, stated: stated)
            case .qualitative:
                outcome = QualitativeScoring.score(target: targetText, actual: actual, weight: weight, stated: stated)
            }
        }
        outcome.earned = min(max(outcome.earned, 0), weight)

        var notes: [String] = []
        if let stated, !outcome.fromStatedScore, abs(stated.value - outcome.earned) > 0.005 {
            notes.append("表中得分 \(ScoreFormat.short(stated.value)) 与计算结果不同，按计算结果计")
        }
        if outcome.earned < weight - 0.005, !actual.isEmpty, indicator.deviationReason?.isBlank ?? true {
            notes.append("未满分且未填偏差原因")
        }
        if let origin = share.origin { notes.append(origin) }
        var explanation = outcome.explanation
        for note in notes {
            explanation += "；"
            explanation += note
        }

        let label = indicator.name.map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? indicator.level2.text
        return SelfEvaluationItem(label: label, category: share.group.name, formula: formula, weight: weight,
                                  earned: outcome.earned, explanation: explanation, location: indicator.location)
    }

    /// The `formula` key of an item: `positive`, `reverse`, `equal`, `deadline` or `qualitative`.
    static func formulaName(_ target: TargetValue) -> String {
        switch target {
        case .quantitative(let quantity): quantity.comparator.direction.rawValue
        case .deadline: "deadline"
        case .qualitative: "qualitative"
        }
    }

    /// A number was the target but the result is words: nothing to compare, so no formula points.
    private static func noNumber(actual: String, target: String, weight: Double, stated: StatedScore?) -> ItemOutcome {
        let reason = "定量指标：实际完成值「\(actual)」没有数字，无法与目标 \(target) 比较"
        if let stated { return stated.outcome(weight: weight, reason: reason) }
        return ItemOutcome(earned: 0, explanation: "\(reason)，不得分")
    }
}
