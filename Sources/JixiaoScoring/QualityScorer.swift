import JixiaoModel

/// The target-quality score (目标质量, 0–100): our own rubric on the four official review criteria.
///
/// Each criterion starts at its points; each finding deducts from its rule's criterion, in
/// order of location then rule, until the criterion reaches 0. Findings of rules without a
/// criterion cost nothing. Every point lost is one `PointLoss`.
public enum QualityScorer {
    /// Scores one file's findings. `criterion` maps a rule identifier to its review criterion.
    public static func score(diagnostics: [Diagnostic], criterion: (String) -> ReviewCriterion?,
                             weights: QualityWeights = .default) -> QualityScore {
        // Points left per criterion, by position in `allCases` (hashing the criteria, whose raw
        // values are Chinese, cost more than the scoring itself).
        var remaining = ReviewCriterion.allCases.map { weights.points(for: $0) }
        // `weights.deduction(rule:severity:)` with its look-ups done once: the severities' points,
        // and the rules' only when the settings name any.
        let severityPoints = [Severity.error, .warning, .info].map { weights.severity[$0.rawValue] ?? 0 }
        let ruleOverrides = !weights.rules.isEmpty
        var lost: [PointLoss] = []
        for finding in diagnostics.sorted(by: inScoringOrder) {
            guard let target = criterion(finding.rule) else { continue }
            let slot = Self.slot(of: target)
            let left = remaining[slot]
            let deduction = (ruleOverrides ? weights.rules[finding.rule] : nil)
                ?? severityPoints[finding.severity == .error ? 0 : finding.severity == .warning ? 1 : 2]
            let points = min(deduction, left)
            // A finding after its criterion is used up costs nothing and is not a loss.
            guard points > 0 else { continue }
            remaining[slot] = left - points
            lost.append(PointLoss(rule: finding.rule, points: points, criterion: target,
                                  location: finding.location, message: finding.message))
        }
        let total = remaining.reduce(0, +)
        let score = ScoreFormat.rounded(min(max(total, 0), 100))
        return QualityScore(score: score, grade: Grade(score: score), lost: lost)
    }

    /// The position of a criterion in `ReviewCriterion.allCases` (the declaration order).
    private static func slot(of criterion: ReviewCriterion) -> Int {
        switch criterion {
        case .completeness: 0
        case .relevance: 1
        case .appropriateness: 2
        case .feasibility: 3
        }
    }

    /// Location, then rule, then severity and message, so the same findings always cost the same.
    private static func inScoringOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}
