import Foundation
import JixiaoModel
import Testing
import JixiaoScoring

/// The `quality:` and `self_evaluation:` sections of jixiao.yaml (decoded here from the same keys in JSON).
@Suite struct ScoringConfigurationTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func defaultsAreTheDocumentedOnes() throws {
        try QualityWeights.default.validate()
        try SelfEvaluationProfile.default.validate()
        #expect(QualityWeights.default.points(for: .relevance) == 25)
        #expect(QualityWeights.default.deduction(rule: "x", severity: .warning) == 4)
        #expect(SelfEvaluationProfile.default.label == "默认 10/50/30/10")
    }

    @Test func partialQualitySectionKeepsTheOtherDefaults() throws {
        let weights = try decode(QualityWeights.self, #"{"severity": {"error": 8}, "rules": {"vague_value": 3}}"#)
        #expect(weights.deduction(rule: "any", severity: .error) == 8)
        #expect(weights.deduction(rule: "any", severity: .warning) == 4)
        #expect(weights.deduction(rule: "vague_value", severity: .error) == 3)
        #expect(weights.points(for: .completeness) == 25)
    }

    @Test func criteriaNotAddingUpTo100AreRejectedWithTheSum() throws {
        let weights = QualityWeights(criteria: [.completeness: 30, .relevance: 20, .appropriateness: 20, .feasibility: 20])
        #expect(throws: ScoringConfigurationError(key: "quality.criteria",
            message: "四项审核标准的分值之和须为 100，现为 90（完整性 30、相关性 20、适当性 20、可行性 20）")) {
            try weights.validate()
        }
        let error = #expect(throws: DecodingError.self) {
            try decode(QualityWeights.self, #"{"criteria": {"完整性": 40}}"#)
        }
        guard case .dataCorrupted(let context)? = error else { Issue.record("not dataCorrupted"); return }
        #expect(context.debugDescription.contains("须为 100，现为 115"))
    }

    @Test(arguments: [
        (#"{"criteria": {"完备性": 25}}"#, "未知的审核标准「完备性」"),
        (#"{"severity": {"fatal": 20}}"#, "未知的严重程度「fatal」"),
        (#"{"rules": {"vague_value": -1}}"#, "分值须为不小于 0 的数，现为 -1"),
    ])
    func badQualityKeysAreNamed(json: String, message: String) throws {
        let error = #expect(throws: DecodingError.self) { try decode(QualityWeights.self, json) }
        guard case .dataCorrupted(let context)? = error else { Issue.record("not dataCorrupted"); return }
        #expect(context.debugDescription.contains(message), "\(context.debugDescription)")
    }

    @Test func profileDecodesWithItsKeys() throws {
        let profile = try decode(SelfEvaluationProfile.self,
            #"{"name": "2021框架", "budget_execution": 10, "output": 40, "benefit": 30, "satisfaction": 10, "cost": 10}"#)
        #expect(profile == SelfEvaluationProfile(name: "2021框架", budgetExecution: 10, output: 40, benefit: 30,
                                                 satisfaction: 10, cost: 10))
        let roundTrip = try decode(SelfEvaluationProfile.self, String(decoding: JSONEncoder().encode(profile), as: UTF8.self))
        #expect(roundTrip == profile)
    }

    @Test func profileNotAddingUpTo100IsRejected() {
        #expect(throws: ScoringConfigurationError(key: "self_evaluation.profile",
            message: "自评方案「偏产出」的权重之和须为 100，现为 110（偏产出 20/50/30/10）")) {
            try SelfEvaluationProfile(name: "偏产出", budgetExecution: 20, output: 50, benefit: 30, satisfaction: 10).validate()
        }
        #expect(throws: DecodingError.self) {
            try decode(SelfEvaluationProfile.self, #"{"budget_execution": 20, "output": 40, "benefit": 30}"#)
        }
    }

    @Test func wholeConfigurationIgnoresOtherKeysAndFillsDefaults() throws {
        let config = try decode(ScoringConfiguration.self, #"""
        {"site": {"title": "绩效"},
         "quality": {"criteria": {"完整性": 40, "相关性": 20, "适当性": 20, "可行性": 20}},
         "self_evaluation": {"profile": {"budget_execution": 20, "output": 40, "benefit": 40}}}
        """#)
        #expect(config.quality.points(for: .completeness) == 40)
        #expect(config.selfEvaluation.profile.label == "自定义 20/40/40")
        #expect(try decode(ScoringConfiguration.self, "{}") == .default)
    }
}
