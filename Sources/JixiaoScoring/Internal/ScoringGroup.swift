import JixiaoModel

/// A share of the self-evaluation's indicator points: 产出, 效益, 满意度 or (2021) 成本.
enum ScoringGroup: CaseIterable {
    case output, benefit, satisfaction, cost

    /// The level-1 name the group's points count under.
    var name: String {
        switch self {
        case .output: "产出指标"
        case .benefit: "效益指标"
        case .satisfaction: "满意度指标"
        case .cost: "成本指标"
        }
    }

    /// The group's points in the profile; nil when the profile folds it into another group.
    func weight(in profile: SelfEvaluationProfile) -> Double? {
        switch self {
        case .output: profile.output
        case .benefit: profile.benefit
        case .satisfaction: profile.satisfaction
        case .cost: profile.cost
        }
    }

    /// The group an indicator's points count under; nil for a level-1 category we do not know.
    static func of(_ indicator: Indicator, profile: SelfEvaluationProfile) -> ScoringGroup? {
        // The exact official names were recognised when the row was read; others are read here.
        let known: ScoringGroup? = indicator.isOutput ? .output : indicator.isBenefit ? .benefit
            : indicator.isSatisfaction ? .satisfaction : nil
        guard let own = known ?? named(indicator.level1.text) ?? parentOf(indicator.level2.text) else { return nil }
        switch own {
        case .satisfaction where profile.satisfaction == nil: return .benefit
        case .cost where profile.cost == nil: return .output
        default: return own
        }
    }

    private static func named(_ level1: String) -> ScoringGroup? {
        let text = level1.trimmed
        if text.hasPrefix("产出") { return .output }
        if text.hasPrefix("效益") { return .benefit }
        if text.hasPrefix("满意度") { return .satisfaction }
        if text.hasPrefix("成本") { return .cost }
        return nil
    }

    /// A blank or misspelt level 1 under a known level 2 (`数量指标`) still counts where it belongs.
    private static func parentOf(_ level2: String) -> ScoringGroup? {
        let text = level2.trimmed
        guard let parents = IndicatorCategory.parentsOfLevel2[text], parents.count == 1, let parent = parents.first else {
            return nil
        }
        return named(parent)
    }
}
