import JixiaoModel

/// The rule and scoring stages as the pipeline calls them.
enum ProjectChecks {
    static func file(_ project: Project) -> [Diagnostic] { [] }
    static func acrossFiles(_ projects: [Project]) -> [String: [Diagnostic]] { [:] }
    static func quality(_ diagnostics: [Diagnostic], configuration: JixiaoConfiguration) -> QualityScore? { nil }
    static func selfEvaluation(_ project: Project, configuration: JixiaoConfiguration) -> SelfEvaluation? { nil }
}
