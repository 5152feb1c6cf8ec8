import JixiaoModel

/// A check that needs every project at once (e.g. two files describing the same project).
public protocol CrossFileRule: Sendable {
    /// Identity, severity, rationale and examples; examples hold several files (see `RuleExample`).
    static var description: RuleDescription { get }
    init()
    /// Findings keyed by `Project.path`; files without findings are left out.
    func validate(_ projects: [Project]) -> [String: [Diagnostic]]
    /// What the rule reads of one project (see the default below).
    static func inputs(of project: Project) -> String?
}

extension CrossFileRule {
    /// Everything this rule reads of one project, as text: when it is unchanged for every changed
    /// file (and no file came or went), the rule's findings are unchanged, so a daemon batch may
    /// skip the rule. nil (the default) means "unknown": the rule is always run again.
    public static func inputs(of project: Project) -> String? { nil }
}
