extension ScoringConfiguration {
    /// The `self_evaluation:` section.
    public struct SelfEvaluationSection: Codable, Sendable, Equatable {
        public var profile: SelfEvaluationProfile

        public init(profile: SelfEvaluationProfile = .default) { self.profile = profile }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            profile = try container.decodeIfPresent(SelfEvaluationProfile.self, forKey: .profile) ?? .default
        }
    }
}
