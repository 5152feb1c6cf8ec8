/// Grade bands shared by both scores (domain.md §5): 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60.
public enum Grade: String, Codable, Sendable, CaseIterable {
    case excellent = "优"
    case good = "良"
    case fair = "中"
    case poor = "差"

    public init(score: Double) {
        switch score {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }
}

/// Points lost to one finding in the target-quality score.
public struct PointLoss: Hashable, Codable, Sendable {
    public var rule: String
    public var points: Double
    public var criterion: ReviewCriterion
    public var location: SourceLocation
    public var message: String

    public init(rule: String, points: Double, criterion: ReviewCriterion, location: SourceLocation, message: String) {
        self.rule = rule
        self.points = points
        self.criterion = criterion
        self.location = location
        self.message = message
    }
}

/// The target-quality score (0–100) with every lost point named.
public struct QualityScore: Hashable, Codable, Sendable {
    public var score: Double
    public var grade: Grade
    public var lost: [PointLoss]

    public init(score: Double, grade: Grade, lost: [PointLoss]) {
        self.score = score
        self.grade = grade
        self.lost = lost
    }
}

/// One line of a self-evaluation: budget execution or one indicator, with its arithmetic.
public struct SelfEvaluationItem: Hashable, Codable, Sendable {
    /// 预算执行率 or the indicator's 三级指标.
    public var label: String
    /// The level-1 category the points count under (预算执行率 for budget execution).
    public var category: String
    /// `budget`, `positive`, `reverse`, `equal`, `deadline` or `qualitative`.
    public var formula: String
    public var weight: Double
    public var earned: Double
    /// The arithmetic in Chinese, e.g. `实际 18 / 目标 20 × 10 = 9.00`.
    public var explanation: String
    public var location: SourceLocation

    public init(label: String, category: String, formula: String, weight: Double, earned: Double,
                explanation: String, location: SourceLocation) {
        self.label = label
        self.category = category
        self.formula = formula
        self.weight = weight
        self.earned = earned
        self.explanation = explanation
        self.location = location
    }
}

/// The year-end self-evaluation score (0–100); only made when year-end values exist.
public struct SelfEvaluation: Hashable, Codable, Sendable {
    public var score: Double
    public var grade: Grade
    /// The weight profile used, e.g. `默认 10/50/30/10`.
    public var profile: String
    public var items: [SelfEvaluationItem]

    public init(score: Double, grade: Grade, profile: String, items: [SelfEvaluationItem]) {
        self.score = score
        self.grade = grade
        self.profile = profile
        self.items = items
    }
}

/// Everything known about one file after parse → check → score: what the pages and exports show.
public struct ProjectReport: Hashable, Codable, Sendable {
    public var path: String
    public var id: String
    public var project: Project?
    /// All findings, parser's and rules', sorted by location.
    public var diagnostics: [Diagnostic]
    /// Nil only when the file could not be read at all.
    public var quality: QualityScore?
    /// Nil when the file has no year-end values.
    public var selfEvaluation: SelfEvaluation?

    public init(path: String, id: String, project: Project?, diagnostics: [Diagnostic],
                quality: QualityScore?, selfEvaluation: SelfEvaluation?) {
        self.path = path
        self.id = id
        self.project = project
        self.diagnostics = diagnostics
        self.quality = quality
        self.selfEvaluation = selfEvaluation
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
