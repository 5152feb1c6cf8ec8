import JixiaoModel

/// Positive, reverse and equal indicators: the actual number against the target number.
enum QuantitativeScoring {
    /// Nil when the 实际完成值 holds no number to compare.
    static func score(target quantity: Quantity, actual text: String, weight: Double) -> ItemOutcome? {
        guard let actual = MeasuredValue(reading: text) else { return nil }
        let target = MeasuredValue(quantity)
        let comparison = Comparison(target: target, actual: actual)
        let w = ScoreFormat.short(weight)
        let a = comparison.actualText, t = target.display
        let goal = ScoreFormat.short(comparison.target), got = ScoreFormat.short(comparison.actual)
        let symbol = quantity.comparator.rawValue
        let note = comparison.note

        switch quantity.comparator.direction {
        case .positive:
            let met = quantity.comparator == .greater ? comparison.actual > comparison.target
                                                       : comparison.actual >= comparison.target
            if met {
                return ItemOutcome(earned: weight, explaining: "正向指标：实际 \(a) \(symbol) 目标 \(t)，达标，得满分 \(w)\(note)")
            }
            guard comparison.target > 0 else {
                return ItemOutcome(earned: 0, explaining: "正向指标：目标 \(t) 不大于 0，实际 \(a) 未达标，得 0\(note)")
            }
            let earned = min(max(weight * comparison.actual / comparison.target, 0), weight)
            return ItemOutcome(earned: earned, explaining:
                "正向指标：实际 \(a) / 目标 \(t) × \(w) = \(ScoreFormat.fixed(earned))\(note)")

        case .reverse:
            let met = quantity.comparator == .less ? comparison.actual < comparison.target
                                                    : comparison.actual <= comparison.target
            if met {
                return ItemOutcome(earned: weight, explaining: "反向指标：实际 \(a) \(symbol) 目标 \(t)，达标，得满分 \(w)\(note)")
            }
            guard comparison.target > 0 else {
                return ItemOutcome(earned: 0, explaining: "反向指标：目标 \(t) 不大于 0，实际 \(a) 超出，得 0\(note)")
            }
            if comparison.actual >= 2 * comparison.target {
                return ItemOutcome(earned: 0, explaining:
                    "反向指标：实际 \(a) 达到目标 \(t) 的 2 倍及以上，得 0\(note)")
            }
            let earned = min(max(weight * (1 - (comparison.actual - comparison.target) / comparison.target), 0), weight)
            return ItemOutcome(earned: earned, explaining:
                "反向指标：实际 \(a) 超出目标 \(t)，\(w) × (1 − (\(got) − \(goal)) / \(goal)) = \(ScoreFormat.fixed(earned))\(note)")

        case .equal:
            if abs(comparison.actual - comparison.target) < 1e-9 {
                return ItemOutcome(earned: weight, explaining: "等值指标：实际 \(a) = 目标 \(t)，达标，得满分 \(w)\(note)")
            }
            guard comparison.target > 0 else {
                return ItemOutcome(earned: 0, explaining: "等值指标：目标 \(t) 不大于 0，实际 \(a) 不等于目标，得 0\(note)")
            }
            let ratio = comparison.actual / comparison.target
            if ratio >= 1 {
                return ItemOutcome(earned: weight, explaining:
                    "等值指标：实际 \(a) 超过目标 \(t)，按正向计，封顶得满分 \(w)\(note)")
            }
            let earned = max(weight * ratio, 0)
            return ItemOutcome(earned: earned, explaining:
                "等值指标：未达目标，按正向计：实际 \(a) / 目标 \(t) × \(w) = \(ScoreFormat.fixed(earned))\(note)")
        }
    }

    /// Both numbers in the target's unit, converting 万/亿/千 where the units allow it.
    private struct Comparison {
        var target: Double
        var actual: Double
        var actualText: String
        var note = ""

        init(target: MeasuredValue, actual: MeasuredValue) {
            self.target = target.number
            // A bare number on either side gives nothing to convert with: compare as written.
            guard !target.unit.isEmpty, !actual.unit.isEmpty else {
                self.actual = actual.number
                actualText = actual.display
                return
            }
            // 万 alone means 万元 in money columns (`≤15万`), so a bare magnitude matches 元.
            let convertible = target.baseUnit == actual.baseUnit
                || Set([target.baseUnit, actual.baseUnit]) == ["", "元"]
            if convertible, target.multiplier != actual.multiplier {
                self.actual = actual.baseValue / target.multiplier
                actualText = "\(actual.display)（折合 \(ScoreFormat.short(self.actual))\(target.unit)）"
            } else {
                self.actual = actual.number
                actualText = actual.display
                if !convertible {
                    note = "（单位「\(actual.unit)」与目标「\(target.unit)」不同，按数字比较）"
                }
            }
        }
    }
}
