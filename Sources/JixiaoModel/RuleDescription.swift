/// The official review criteria (财预〔2015〕88号) that the target-quality score is built on.
public enum ReviewCriterion: String, Codable, Sendable, CaseIterable {
    case completeness = "完整性"
    case relevance = "相关性"
    case appropriateness = "适当性"
    case feasibility = "可行性"

    public var englishName: String {
        switch self {
        case .completeness: "complete"
        case .relevance: "relevant"
        case .appropriateness: "appropriate"
        case .feasibility: "feasible"
        }
    }
}

/// What a rule checks, grouped as on the rules page.
public enum RuleKind: String, Codable, Sendable, CaseIterable {
    case structure, category, budget, targetValue, crossFile, yearEnd

    public var chineseName: String {
        switch self {
        case .structure: "文件与结构"
        case .category: "指标分类"
        case .budget: "预算"
        case .targetValue: "指标值"
        case .crossFile: "跨文件"
        case .yearEnd: "年终自评"
        }
    }
}

/// A rule's description in the SwiftLint style: identity, severity, why, and examples.
public struct RuleDescription: Hashable, Codable, Sendable {
    /// Stable snake_case identifier, e.g. `missing_unit`.
    public var identifier: String
    /// Chinese name, e.g. 指标值缺少计量单位.
    public var name: String
    /// English name, e.g. "Number without unit".
    public var englishName: String
    public var severity: Severity
    public var kind: RuleKind
    /// Why the rule exists, in Chinese (one or two sentences).
    public var rationale: String
    /// The review criterion a finding counts against in the target-quality score, if any.
    public var criterion: ReviewCriterion?
    /// Small project files (YAML) that must trigger the rule.
    public var triggeringExamples: [String]
    /// Small project files (YAML) that must not trigger the rule.
    public var nonTriggeringExamples: [String]

    public init(identifier: String, name: String, englishName: String, severity: Severity, kind: RuleKind,
                rationale: String, criterion: ReviewCriterion?, triggeringExamples: [String],
                nonTriggeringExamples: [String]) {
        self.identifier = identifier
        self.name = name
        self.englishName = englishName
        self.severity = severity
        self.kind = kind
        self.rationale = rationale
        self.criterion = criterion
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
