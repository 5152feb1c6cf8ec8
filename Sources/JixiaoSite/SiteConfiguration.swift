/// The `site:` section of the configuration: title and where the content files can be edited.
public struct SiteConfiguration: Codable, Sendable, Equatable {
    /// Shown in every page title and header; nil means 绩效目标仪表盘.
    public var title: String?
    /// The repository holding `content/`, e.g. `https://git.example.org/finance/targets`; only http(s) is used.
    public var repositoryURL: String?
    /// How an edit link is built from `{repo}` and `{path}` (the file path under content/);
    /// nil means the GitHub style `{repo}/edit/main/content/{path}`.
    public var editURLTemplate: String?

    /// The title used when none is configured.
    public static let defaultTitle = "绩效目标仪表盘"
    /// The edit-link template used when none is configured (GitHub style).
    public static let defaultEditURLTemplate = "{repo}/edit/main/content/{path}"

    public init(title: String? = nil, repositoryURL: String? = nil, editURLTemplate: String? = nil) {
        self.title = title
        self.repositoryURL = repositoryURL
        self.editURLTemplate = editURLTemplate
    }

    // The configuration file spells its keys in snake_case.
    enum CodingKeys: String, CodingKey {
        case title
        case repositoryURL = "repository_url"
        case editURLTemplate = "edit_url_template"
    }

    /// The title to show: the configured one unless blank.
    public var effectiveTitle: String {
        guard let title, !title.allSatisfy(\.isWhitespace) else { return Self.defaultTitle }
        return title
    }

    /// The edit link for a file under content/, or nil when no safe http(s) link can be made.
    public func editURL(forContentPath path: String) -> String? {
        guard let repo = repositoryURL.map(trimmed), SafeURL.isHTTP(repo) else { return nil }
        var base = repo
        while base.hasSuffix("/") { base.removeLast() }
        let template = editURLTemplate.map(trimmed).flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultEditURLTemplate
        let url = template
            .replacingOccurrences(of: "{repo}", with: base)
            .replacingOccurrences(of: "{path}", with: SitePaths.encodedPath(path))
        // The template itself could have turned the link into something else: check the result too.
        return SafeURL.isHTTP(url) ? url : nil
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
