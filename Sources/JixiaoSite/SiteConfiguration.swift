/// The `site:` section of the configuration: title and where the content files can be edited.
public struct SiteConfiguration: Codable, Sendable, Equatable {
    /// Shown in every page title and header; nil means 绩效目标仪表盘.
    public var title: String?
    /// The repository holding `content/`, e.g. `https://git.example.org/finance/targets`; only http(s) is used.
    public var repositoryURL: String?
    /// How an edit link is built from `{repo}` and `{path}` (the file path under content/);
    /// nil means the GitHub style `{repo}/edit/main/content/{path}`.
    public var editURLTemplate: String?
    /// Above this many findings, findings.html lists them by rule instead of one row each (a table
    /// of 55,000 rows took a browser 25 s to show); every finding stays in data/findings.csv and on
    /// its project's page. nil means `defaultFindingsPageLimit`.
    public var findingsPageLimit: Int?

    /// The title used when none is configured.
    public static let defaultTitle = "绩效目标仪表盘"
    /// The edit-link template used when none is configured (GitHub style).
    public static let defaultEditURLTemplate = "{repo}/edit/main/content/{path}"
    /// findings.html lists every finding up to this many (a browser shows 5,000 rows in about 2 s).
    public static let defaultFindingsPageLimit = 5_000

    public init(title: String? = nil, repositoryURL: String? = nil, editURLTemplate: String? = nil,
                findingsPageLimit: Int? = nil) {
        self.title = title
        self.repositoryURL = repositoryURL
        self.editURLTemplate = editURLTemplate
        self.findingsPageLimit = findingsPageLimit
    }

    /// How many findings findings.html lists one by one.
    public var effectiveFindingsPageLimit: Int { max(0, findingsPageLimit ?? Self.defaultFindingsPageLimit) }

    // The configuration file spells its keys in snake_case.
    enum CodingKeys: String, CodingKey {
        case title
        case repositoryURL = "repository_url"
        case editURLTemplate = "edit_url_template"
        case findingsPageLimit = "findings_page_limit"
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
