import JixiaoModel

/// Qualitative indicators: the 实际完成值 names a band; a stated 得分 inside the band wins.
enum QualitativeScoring {
    static func score(target: String, actual text: String, weight: Double, stated: StatedScore?) -> ItemOutcome {
        let found: (band: QualitativeBand, word: String)?
        let reading: String
        if let read = QualitativeBand.read(text) {
            found = read
            reading = "「\(text)」含「\(read.word)」"
        } else if !target.isEmpty, text == target {
            // The unit repeated the target as the result: it says the target was reached.
            found = (.achieved, text)
            reading = "「\(text)」与指标值相同"
        } else {
            found = nil
            reading = ""
        }
        guard let (band, _) = found else {
            let reason = "定性指标：实际完成值「\(text)」读不出达成程度（达成/部分达成/未达成）"
            if let stated { return stated.outcome(weight: weight, reason: reason) }
            return ItemOutcome(earned: 0, explanation: "\(reason)，不得分")
        }
        let low = weight * band.range.lowerBound, high = weight * band.range.upperBound
        let bandText = "定性指标：\(reading)，属\(band.chineseName)档（\(percent(band.range.lowerBound))–\(percent(band.range.upperBound))，"
            + "\(ScoreFormat.short(low))–\(ScoreFormat.short(high)) 分）"
        var statedNote = ""
        if let stated {
            if stated.value >= low - 0.005, stated.value <= high + 0.005 {
                return ItemOutcome(earned: min(max(stated.value, low), high), explanation:
                    "\(bandText)，自评得分 \(ScoreFormat.short(stated.value)) 在档内，得 \(ScoreFormat.fixed(stated.value))",
                    fromStatedScore: true)
            }
            statedNote = "，自评得分 \(ScoreFormat.short(stated.value)) 不在档内"
        }
        let share = band.defaultShare
        let which = band == .achieved ? "取档位上限" : "取档位中值"
        let earned = weight * share
        return ItemOutcome(earned: earned, explanation:
            "\(bandText)\(statedNote)，\(which) \(ScoreFormat.short(weight)) × \(percent(share)) = \(ScoreFormat.fixed(earned))")
    }

    private static func percent(_ share: Double) -> String { ScoreFormat.short(share * 100) + "%" }
}
