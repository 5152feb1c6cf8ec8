import JixiaoModel

/// The rubric of the target-quality score: points per review criterion and points per finding.
///
/// Decoded from the `quality:` section of `jixiao.yaml`. Every key is optional and falls back
/// to the default; the criteria must add up to 100. Keys:
/// - `criteria`: points per criterion, keyed by 完整性/相关性/适当性/可行性 (default 25 each);
/// - `severity`: points a finding deducts by severity, keys `error`/`warning`/`info` (10/4/1);
/// - `rules`: points per rule identifier, overriding the severity (e.g. `vague_value: 3`).
public struct QualityWeights: Codable, Sendable, Equatable {
    /// Points per criterion, keyed by the Chinese criterion name.
    public var criteria: [String: Double]
    /// Points a finding deducts, keyed by severity (`error`, `warning`, `info`).
    public var severity: [String: Double]
    /// Points a finding of a given rule deducts, whatever its severity.
    public var rules: [String: Double]

    public init(criteria: [ReviewCriterion: Double] = Self.defaultCriteria,
                severity: [Severity: Double] = Self.defaultSeverity,
                rules: [String: Double] = [:]) {
        self.criteria = Dictionary(uniqueKeysWithValues: criteria.map { ($0.key.rawValue, $0.value) })
        self.severity = Dictionary(uniqueKeysWithValues: severity.map { ($0.key.rawValue, $0.value) })
        self.rules = rules
    }

    /// 25 points for each of the four criteria.
    public static let defaultCriteria: [ReviewCriterion: Double] =
        Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 25) })
    /// error 10, warning 4, info 1.
    public static let defaultSeverity: [Severity: Double] = [.error: 10, .warning: 4, .info: 1]

    /// The defaults of docs/scoring.md.
    public static let `default` = QualityWeights()

    /// The points a criterion is worth (0 when the settings leave it out).
    public func points(for criterion: ReviewCriterion) -> Double { criteria[criterion.rawValue] ?? 0 }

    /// The points one finding deducts: the rule's own points, else its severity's.
    public func deduction(rule: String, severity finding: Severity) -> Double {
        rules[rule] ?? severity[finding.rawValue] ?? 0
    }

    /// Throws the first problem: unknown keys, negative points, criteria not adding up to 100.
    public func validate() throws(ScoringConfigurationError) {
        let known = Set(ReviewCriterion.allCases.map(\.rawValue))
        if let unknown = criteria.keys.sorted().first(where: { !known.contains($0) }) {
            throw ScoringConfigurationError(key: "quality.criteria",
                message: "未知的审核标准「\(unknown)」，只能是 完整性、相关性、适当性、可行性")
        }
        let severities = Set(Severity.allCases.map(\.rawValue))
        if let unknown = severity.keys.sorted().first(where: { !severities.contains($0) }) {
            throw ScoringConfigurationError(key: "quality.severity",
                message: "未知的严重程度「\(unknown)」，只能是 error、warning、info")
        }
        for (section, values) in [("criteria", criteria), ("severity", severity), ("rules", rules)] {
            if let bad = values.sorted(by: { $0.key < $1.key }).first(where: { !$0.value.isFinite || $0.value < 0 }) {
                throw ScoringConfigurationError(key: "quality.\(section).\(bad.key)",
                    message: "分值须为不小于 0 的数，现为 \(ScoreFormat.short(bad.value))")
            }
        }
        let total = ReviewCriterion.allCases.reduce(0) { $0 + points(for: $1) }
        if abs(total - 100) > 0.001 {
            let parts = ReviewCriterion.allCases.map { "\($0.rawValue) \(ScoreFormat.short(points(for: $0)))" }
            throw ScoringConfigurationError(key: "quality.criteria",
                message: "四项审核标准的分值之和须为 100，现为 \(ScoreFormat.short(total))（\(parts.joined(separator: "、"))）")
        }
    }

    enum CodingKeys: String, CodingKey {
        case criteria, severity, rules
    }

    /// Missing keys keep their defaults, so `severity: {error: 8}` changes only errors.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let base = Self.default
        criteria = base.criteria.merging(
            try container.decodeIfPresent([String: Double].self, forKey: .criteria) ?? [:]) { $1 }
        severity = base.severity.merging(
            try container.decodeIfPresent([String: Double].self, forKey: .severity) ?? [:]) { $1 }
        rules = try container.decodeIfPresent([String: Double].self, forKey: .rules) ?? [:]
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}
