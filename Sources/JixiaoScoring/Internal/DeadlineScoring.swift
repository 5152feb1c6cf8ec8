import JixiaoModel

/// Deadline indicators: done on or before the target date → full; late → 0 unless a 得分 is stated.
///
/// A month-only date means the end of that month; `<` is read strictly (before the month or
/// day starts). When either side has no day, only years and months are compared.
enum DeadlineScoring {
    static func score(target deadline: Deadline, actual text: String, weight: Double, budgetYear: Int?,
                      stated: StatedScore?) -> ItemOutcome {
        let w = ScoreFormat.short(weight)
        let targetYear = deadline.year ?? budgetYear
        let goal = (deadline.comparator == .less ? "早于 " : "") + show(year: targetYear, month: deadline.month, day: deadline.day)

        switch CompletionDate.read(text) {
        case nil:
            let reason = "时效指标：实际完成值「\(text)」读不出完成日期"
            if let stated { return stated.outcome(weight: weight, reason: reason) }
            return ItemOutcome(earned: 0, explanation: "\(reason)，不得分")
        case .onTime(let word)?:
            return ItemOutcome(earned: weight, explanation:
                "时效指标：实际完成值「\(text)」含「\(word)」，视为按时完成（目标 \(goal)），得满分 \(w)")
        case .late(let word)?:
            return late(reason: "时效指标：实际完成值「\(text)」含「\(word)」，视为未按时完成（目标 \(goal)）",
                        weight: weight, stated: stated)
        case .date(let year, let month, let day)?:
            let doneYear = year ?? targetYear
            let done = show(year: doneYear, month: month, day: day)
            let onTime = isOnTime(done: (doneYear ?? 0, month, day),
                                  target: (targetYear ?? 0, deadline.month, deadline.day),
                                  strict: deadline.comparator == .less)
            if onTime {
                return ItemOutcome(earned: weight, explanation: "时效指标：\(done) 完成，不晚于目标 \(goal)，得满分 \(w)")
            }
            return late(reason: "时效指标：\(done) 完成，晚于目标 \(goal)", weight: weight, stated: stated)
        }
    }

    private static func late(reason: String, weight: Double, stated: StatedScore?) -> ItemOutcome {
        if let stated { return stated.outcome(weight: weight, reason: reason) }
        return ItemOutcome(earned: 0, explanation: "\(reason)，未填得分，得 0")
    }

    private static func isOnTime(done: (Int, Int, Int?), target: (Int, Int, Int?), strict: Bool) -> Bool {
        if let doneDay = done.2, let targetDay = target.2 {
            let a = (done.0, done.1, doneDay), b = (target.0, target.1, targetDay)
            return strict ? a < b : a <= b
        }
        let a = (done.0, done.1), b = (target.0, target.1)
        if strict {
            // `<12月20日` done "in December": the day is unknown, so only an earlier month is sure.
            return a < b
        }
        return a <= b
    }

    private static func show(year: Int?, month: Int, day: Int?) -> String {
        (year.map { "\($0)年" } ?? "") + "\(month)月" + (day.map { "\($0)日" } ?? "")
    }
}
