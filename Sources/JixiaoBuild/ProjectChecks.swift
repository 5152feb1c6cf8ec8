import JixiaoModel
import JixiaoScoring

/// The rule and scoring stages as the pipeline calls them.
enum ProjectChecks {
    static func file(_ project: Project) -> [Diagnostic] { [] }
    static func acrossFiles(_ projects: [Project]) -> [String: [Diagnostic]] { [:] }

    static func quality(_ diagnostics: [Diagnostic], configuration: JixiaoConfiguration) -> QualityScore? {
        QualityScorer.score(diagnostics: diagnostics, criterion: { _ in nil }, weights: configuration.scoring.quality)
    }

    static func selfEvaluation(_ project: Project, configuration: JixiaoConfiguration) -> SelfEvaluation? {
        SelfEvaluator.evaluate(project, profile: configuration.scoring.selfEvaluation.profile)
    }
}
