import JixiaoModel

/// A rule whose findings the parser (`ProjectParser`) reports while reading the file: the type only
/// carries the description and examples, so the catalogue and the rules page know about it.
protocol ParserReportedRule: Rule {}

extension ParserReportedRule {
    func validate(_ project: Project) -> [Diagnostic] { [] }
}
