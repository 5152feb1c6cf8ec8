import JixiaoModel

/// A check that needs every project at once (e.g. two files describing the same project).
public protocol CrossFileRule: Sendable {
    /// Identity, severity, rationale and examples; examples hold several files (see `RuleExample`).
    static var description: RuleDescription { get }
    init()
    /// Findings keyed by `Project.path`; files without findings are left out.
    func validate(_ projects: [Project]) -> [String: [Diagnostic]]
}
