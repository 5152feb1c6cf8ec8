import JixiaoModel

/// A check of one project file, in the SwiftLint style: a description with examples and a `validate`.
public protocol Rule: Sendable {
    /// Identity, severity, rationale and examples; the rules page and `jixiao rules` show these.
    static var description: RuleDescription { get }
    init()
    /// Every finding of this rule in one project, each at the cell concerned.
    func validate(_ project: Project) -> [Diagnostic]
}
