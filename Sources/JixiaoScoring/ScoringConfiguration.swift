/// The score settings of `jixiao.yaml`: its `quality:` and `self_evaluation:` sections.
///
/// Other top-level keys of the file are ignored here, so the lead can decode this type from
/// the whole file. Both sections are optional and default to the national defaults.
public struct ScoringConfiguration: Codable, Sendable, Equatable {
    public var quality: QualityWeights
    public var selfEvaluation: SelfEvaluationSection

    public init(quality: QualityWeights = .default, selfEvaluation: SelfEvaluationSection = .init()) {
        self.quality = quality
        self.selfEvaluation = selfEvaluation
    }

    /// The national defaults (docs/scoring.md).
    public static let `default` = ScoringConfiguration()

    enum CodingKeys: String, CodingKey {
        case quality
        case selfEvaluation = "self_evaluation"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quality = try container.decodeIfPresent(QualityWeights.self, forKey: .quality) ?? .default
        selfEvaluation = try container.decodeIfPresent(SelfEvaluationSection.self, forKey: .selfEvaluation) ?? .init()
    }
}
