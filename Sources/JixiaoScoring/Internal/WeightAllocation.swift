import JixiaoModel

/// Each indicator's 分值: explicit where written, else its group's remaining points split evenly.
struct WeightAllocation {
    /// One indicator's weight and, when it was split, how.
    struct Share {
        var group: ScoringGroup
        var weight: Double
        /// E.g. `分值 12.5 = 产出指标 50 ÷ 4 项`; nil when the table states the 分值.
        var origin: String?
    }

    /// Per indicator in file order; nil for an indicator whose level-1 category is unknown.
    var shares: [Share?]
    /// Groups with points in the profile but no indicator in the table: their points are lost.
    var emptyGroups: [(group: ScoringGroup, weight: Double)]

    init(indicators: [Indicator], profile: SelfEvaluationProfile) {
        let groups = indicators.map { ScoringGroup.of($0, profile: profile) }
        let explicit = indicators.map { indicator -> Double? in
            guard let text = indicator.weight?.text, let measured = MeasuredValue(reading: text) else { return nil }
            return measured.number
        }
        var shares: [Share?] = Array(repeating: nil, count: indicators.count)
        var emptyGroups: [(ScoringGroup, Double)] = []
        for group in ScoringGroup.allCases {
            guard let total = group.weight(in: profile) else { continue }
            let members = groups.indices.filter { groups[$0] == group }
            if members.isEmpty {
                if total > 0 { emptyGroups.append((group, total)) }
                continue
            }
            let stated = members.compactMap { explicit[$0] }.reduce(0, +)
            let open = members.filter { explicit[$0] == nil }
            let left = max(total - stated, 0)
            let each = open.isEmpty ? 0 : left / Double(open.count)
            let origin = stated > 0
                ? "分值 \(ScoreFormat.short(each)) = (\(group.name) \(ScoreFormat.short(total)) − 已定分值 \(ScoreFormat.short(stated))) ÷ \(open.count) 项"
                : "分值 \(ScoreFormat.short(each)) = \(group.name) \(ScoreFormat.short(total)) ÷ \(open.count) 项"
            for index in members {
                if let weight = explicit[index] {
                    shares[index] = Share(group: group, weight: weight, origin: nil)
                } else {
                    shares[index] = Share(group: group, weight: each, origin: origin)
                }
            }
        }
        self.shares = shares
        self.emptyGroups = emptyGroups
    }
}
