import JixiaoModel
import JixiaoRules
import JixiaoScoring

/// The rule and scoring stages as the pipeline calls them.
enum ProjectChecks {
    /// The per-file findings, unsorted: `ProjectAnalysis.report` sorts them with the parser's.
    static func file(_ project: Project) -> [Diagnostic] {
        RuleCatalogue.findings(in: project)
    }

    static func acrossFiles(_ projects: [Project]) -> [String: [Diagnostic]] {
        RuleCatalogue.checkAcrossFiles(projects)
    }

    static func quality(_ diagnostics: [Diagnostic], configuration: JixiaoConfiguration) -> QualityScore? {
        QualityScorer.score(diagnostics: diagnostics, criterion: { RuleCatalogue.criterion(for: $0) },
                            weights: configuration.scoring.quality)
    }

    static func selfEvaluation(_ project: Project, configuration: JixiaoConfiguration) -> SelfEvaluation? {
        SelfEvaluator.evaluate(project, profile: configuration.scoring.selfEvaluation.profile)
    }
}
