/// The 得分 a unit wrote for an indicator, and the rule that it never exceeds the weight.
struct StatedScore: Equatable {
    var value: Double
    var text: String

    /// Nil when the 得分 cell is missing, blank or holds no number.
    init?(_ text: String?) {
        guard let text, let measured = MeasuredValue(reading: text) else { return nil }
        self.value = measured.number
        self.text = text
    }

    /// The stated points capped at the weight, with the reason said when capped.
    func outcome(weight: Double, reason: String) -> ItemOutcome {
        if value > weight {
            return ItemOutcome(earned: weight, explaining:
                "\(reason)，自评得分 \(ScoreFormat.short(value)) 超过分值 \(ScoreFormat.short(weight))，按 \(ScoreFormat.fixed(weight)) 计",
                fromStatedScore: true)
        }
        return ItemOutcome(earned: max(value, 0), explaining: "\(reason)，采用自评得分 \(ScoreFormat.fixed(max(value, 0)))",
                           fromStatedScore: true)
    }
}
