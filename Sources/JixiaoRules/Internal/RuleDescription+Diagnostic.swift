import JixiaoModel

extension RuleDescription {
    /// A finding of this rule: the rule's own identifier and severity, so the two never disagree.
    func diagnostic(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(rule: identifier, severity: severity, location: location, message: message)
    }
}
