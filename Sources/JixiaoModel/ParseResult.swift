/// What reading one file gives: the project as far as it could be read, and every finding.
public struct ParseResult: Hashable, Codable, Sendable {
    /// The path under the content folder, e.g. `2022/技术市场服务.yaml`.
    public var path: String
    /// Nil when nothing usable could be read (syntax error, not UTF-8, too large, empty).
    public var project: Project?
    public var diagnostics: [Diagnostic]

    public init(path: String, project: Project?, diagnostics: [Diagnostic]) {
        self.path = path
        self.project = project
        self.diagnostics = diagnostics
    }
}
