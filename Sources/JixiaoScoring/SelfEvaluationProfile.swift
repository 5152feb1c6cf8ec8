import JixiaoModel

/// How the 100 points of a self-evaluation are split between 预算执行率 and the level-1 categories.
///
/// Decoded from `self_evaluation.profile` in `jixiao.yaml` with the keys `name`,
/// `budget_execution`, `output`, `benefit`, `satisfaction` and `cost`. `satisfaction` and
/// `cost` may be left out: satisfaction indicators then count under 效益 and level-1 成本指标
/// indicators (2021 framework) under 产出, the way the older tables and the 2020 framework
/// group them. The weights given must add up to 100.
public struct SelfEvaluationProfile: Codable, Sendable, Equatable {
    /// Shown with the score, e.g. `默认`.
    public var name: String
    /// 预算执行率.
    public var budgetExecution: Double
    /// 产出指标 (with level-1 成本指标 when `cost` is nil).
    public var output: Double
    /// 效益指标 (with 满意度指标 when `satisfaction` is nil).
    public var benefit: Double
    /// 满意度指标; nil puts satisfaction indicators under 效益.
    public var satisfaction: Double?
    /// Level-1 成本指标 of the 2021 framework; nil puts them under 产出.
    public var cost: Double?

    public init(name: String, budgetExecution: Double, output: Double, benefit: Double,
                satisfaction: Double? = nil, cost: Double? = nil) {
        self.name = name
        self.budgetExecution = budgetExecution
        self.output = output
        self.benefit = benefit
        self.satisfaction = satisfaction
        self.cost = cost
    }

    /// 财预〔2020〕10号: 预算执行率 10, 产出 50, 效益 30, 满意度 10.
    public static let `default` = SelfEvaluationProfile(name: "默认", budgetExecution: 10, output: 50,
                                                         benefit: 30, satisfaction: 10)

    /// The name with its weights, e.g. `默认 10/50/30/10`; what `SelfEvaluation.profile` shows.
    public var label: String {
        let parts = [budgetExecution, output, benefit] + [satisfaction, cost].compactMap { $0 }
        return "\(name) " + parts.map(ScoreFormat.short).joined(separator: "/")
    }

    /// Throws when a weight is negative or the weights do not add up to 100.
    public func validate() throws(ScoringConfigurationError) {
        let named: [(String, Double?)] = [("budget_execution", budgetExecution), ("output", output),
                                          ("benefit", benefit), ("satisfaction", satisfaction), ("cost", cost)]
        for case let (key, value?) in named where !value.isFinite || value < 0 {
            throw ScoringConfigurationError(key: "self_evaluation.profile.\(key)",
                message: "权重须为不小于 0 的数，现为 \(ScoreFormat.short(value))")
        }
        let total = named.reduce(0) { $0 + ($1.1 ?? 0) }
        if abs(total - 100) > 0.001 {
            throw ScoringConfigurationError(key: "self_evaluation.profile",
                message: "自评方案「\(name)」的权重之和须为 100，现为 \(ScoreFormat.short(total))（\(label)）")
        }
    }

    enum CodingKeys: String, CodingKey {
        case name
        case budgetExecution = "budget_execution"
        case output, benefit, satisfaction, cost
    }

    /// `name` defaults to 自定义; the decoded profile is validated so a bad file fails with its reason.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "自定义"
        budgetExecution = try container.decode(Double.self, forKey: .budgetExecution)
        output = try container.decode(Double.self, forKey: .output)
        benefit = try container.decode(Double.self, forKey: .benefit)
        satisfaction = try container.decodeIfPresent(Double.self, forKey: .satisfaction)
        cost = try container.decodeIfPresent(Double.self, forKey: .cost)
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}
