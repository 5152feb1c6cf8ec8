import JixiaoModel
import Testing
import JixiaoScoring

/// The target-quality rubric: deductions per criterion, caps, overrides.
@Suite struct QualityScorerTests {
    /// A stand-in catalogue: the rules module maps rule identifiers to criteria the same way.
    static let criteria: [String: ReviewCriterion] = [
        "missing_category": .completeness, "empty_cell": .completeness,
        "name_repeated": .relevance, "cost_above_budget": .appropriateness,
        "vague_value": .feasibility, "missing_unit": .feasibility,
    ]
    static func criterion(_ rule: String) -> ReviewCriterion? { criteria[rule] }

    private func finding(_ rule: String, _ severity: Severity, line: Int, column: Int = 5) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, location: .init(line: line, column: column), message: "\(rule) 于第 \(line) 行")
    }

    @Test func noFindingsScoresFullMarks() {
        let score = QualityScorer.score(diagnostics: [], criterion: Self.criterion)
        #expect(score.score == 100)
        #expect(score.grade == .excellent)
        #expect(score.lost.isEmpty)
    }

    // error 10 (完整性) + warning 4 (可行性) + info 1 (相关性): 100 − 15 = 85, 良.
    @Test func eachFindingDeductsBySeverityFromItsCriterion() {
        let findings = [finding("vague_value", .warning, line: 30), finding("missing_category", .error, line: 1),
                        finding("name_repeated", .info, line: 12)]
        let score = QualityScorer.score(diagnostics: findings, criterion: Self.criterion)
        #expect(score.score == 85)
        #expect(score.grade == .good)
        #expect(score.lost == [
            PointLoss(rule: "missing_category", points: 10, criterion: .completeness,
                      location: .init(line: 1, column: 5), message: "missing_category 于第 1 行"),
            PointLoss(rule: "name_repeated", points: 1, criterion: .relevance,
                      location: .init(line: 12, column: 5), message: "name_repeated 于第 12 行"),
            PointLoss(rule: "vague_value", points: 4, criterion: .feasibility,
                      location: .init(line: 30, column: 5), message: "vague_value 于第 30 行"),
        ])
        #expect(score.pointsLost(in: .feasibility) == 4)
        #expect(score.pointsKept(in: .completeness) == 15)
    }

    // Four errors in 适当性 (25 points): 10 + 10 + 5, the fourth costs nothing. 100 − 25 = 75.
    @Test func aCriterionNeverGoesBelowZero() {
        let findings = (1...4).map { finding("cost_above_budget", .error, line: 10 * $0) }
        let score = QualityScorer.score(diagnostics: findings, criterion: Self.criterion)
        #expect(score.score == 75)
        #expect(score.grade == .fair)
        #expect(score.lost.map(\.points) == [10, 10, 5])
        #expect(score.lost.map(\.location.line) == [10, 20, 30])
    }

    @Test func findingsOfRulesWithoutCriterionCostNothing() {
        let findings = [finding("yaml_syntax", .error, line: 3), finding("unknown_key", .warning, line: 4)]
        let score = QualityScorer.score(diagnostics: findings, criterion: Self.criterion)
        #expect(score.score == 100)
        #expect(score.lost.isEmpty)
    }

    // vague_value overridden to 3, errors to 8: 100 − 3 − 8 = 89.
    @Test func perRuleAndSeverityOverridesReplaceTheDefaults() {
        let weights = QualityWeights(severity: [.error: 8, .warning: 4, .info: 1], rules: ["vague_value": 3])
        let findings = [finding("vague_value", .warning, line: 30), finding("empty_cell", .error, line: 8)]
        let score = QualityScorer.score(diagnostics: findings, criterion: Self.criterion, weights: weights)
        #expect(score.score == 89)
        #expect(score.lost.map(\.points) == [8, 3])
    }

    // 完整性 worth 40, others 20: five errors in 可行性 cost only its 20. 100 − 20 = 80.
    @Test func criterionTotalsAreConfigurable() throws {
        let weights = QualityWeights(criteria: [.completeness: 40, .relevance: 20, .appropriateness: 20, .feasibility: 20])
        try weights.validate()
        let findings = (1...5).map { finding("missing_unit", .error, line: $0) }
        let score = QualityScorer.score(diagnostics: findings, criterion: Self.criterion, weights: weights)
        #expect(score.score == 80)
        #expect(score.pointsKept(in: .completeness, weights: weights) == 40)
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let findings = [finding("cost_above_budget", .error, line: 9), finding("cost_above_budget", .warning, line: 2),
                        finding("cost_above_budget", .error, line: 5, column: 9), finding("cost_above_budget", .error, line: 5, column: 2)]
        let forward = QualityScorer.score(diagnostics: findings, criterion: Self.criterion)
        let backward = QualityScorer.score(diagnostics: findings.reversed(), criterion: Self.criterion)
        #expect(forward == backward)
        // line 2 warning 4, 5:2 error 10, 5:9 error 10 → 24; line 9 gets the last 1.
        #expect(forward.lost.map(\.points) == [4, 10, 10, 1])
        #expect(forward.lost.map(\.location.description) == ["2:5", "5:2", "5:9", "9:5"])
    }
}
