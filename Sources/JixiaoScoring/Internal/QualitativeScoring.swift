import JixiaoModel

/// Qualitative indicators: the 实际完成值 names a band; a stated 得分 inside the band wins.
enum QualitativeScoring {
    static func score(target: String, actual text: String, weight: Double, stated: StatedScore?) -> ItemOutcome {
        let found: (band: QualitativeBand, word: String)?
        let reading: UTF8Text
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
            return ItemOutcome(earned: 0, explaining: "\(reason)，不得分")
        }
        let low = weight * band.range.lowerBound, high = weight * band.range.upperBound
        let bandText: UTF8Text = "定性指标：\(reading)，属\(band.chineseName)档（\(band.rangeText)，\(ScoreFormat.short(low))–\(ScoreFormat.short(high)) 分）"
        var statedNote: UTF8Text = ""
        if let stated {
            if stated.value >= low - 0.005, stated.value <= high + 0.005 {
                return ItemOutcome(earned: min(max(stated.value, low), high), explaining:
                    "\(bandText)，自评得分 \(ScoreFormat.short(stated.value)) 在档内，得 \(ScoreFormat.fixed(stated.value))",
                    fromStatedScore: true)
            }
            statedNote = "，自评得分 \(ScoreFormat.short(stated.value)) 不在档内"
        }
        let share = band.defaultShare
        let which = band == .achieved ? "取档位上限" : "取档位中值"
        let earned = weight * share
        return ItemOutcome(earned: earned, explaining:
            "\(bandText)\(statedNote)，\(which) \(ScoreFormat.short(weight)) × \(band.defaultShareText) = \(ScoreFormat.fixed(earned))")
    }

    fileprivate static func percent(_ share: Double) -> String { ScoreFormat.short(share * 100) + "%" }
}

extension QualitativeBand {
    /// `80%–100%`: the band's range as the explanation writes it, made once per band (the same
    /// text `percent` gives for each bound).
    var rangeText: String {
        switch self {
        case .achieved: Self.rangeTexts.0
        case .partlyAchieved: Self.rangeTexts.1
        case .notAchieved: Self.rangeTexts.2
        }
    }

    /// `defaultShare` as the explanation writes it (`100%`, `70%`, `30%`).
    var defaultShareText: String {
        switch self {
        case .achieved: Self.shareTexts.0
        case .partlyAchieved: Self.shareTexts.1
        case .notAchieved: Self.shareTexts.2
        }
    }

    private static func range(_ band: QualitativeBand) -> String {
        QualitativeScoring.percent(band.range.lowerBound) + "–" + QualitativeScoring.percent(band.range.upperBound)
    }

    private static let rangeTexts = (range(.achieved), range(.partlyAchieved), range(.notAchieved))
    private static let shareTexts = (QualitativeScoring.percent(QualitativeBand.achieved.defaultShare),
                                     QualitativeScoring.percent(QualitativeBand.partlyAchieved.defaultShare),
                                     QualitativeScoring.percent(QualitativeBand.notAchieved.defaultShare))
}
