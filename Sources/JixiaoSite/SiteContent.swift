import Foundation
import JixiaoModel

/// Everything the site is rendered from: one report per content file, the rule catalogue, settings.
public struct SiteContent: Sendable {
    /// Every file under content/, sorted by path.
    public var reports: [ProjectReport]
    /// Content path → the file's modification time; the only source of the footer's time.
    public var sourceModified: [String: Date]
    /// The rule catalogue (names, rationales and examples for findings and the rules page).
    public var rules: [RuleDescription] {
        didSet {
            ruleIndex = Self.index(rules)
            rootRuleLinks = Self.rootLinks(rules)
            ruleMarkups = Self.markups(rules)
        }
    }
    /// Rule identifier → position in `rules` (every finding on every page looks its rule up).
    private var ruleIndex: [String: Int]
    /// Rule identifier → its link from a page at the site root (`rules.html#missing_unit`): the
    /// findings page has one per row.
    private var rootRuleLinks: [String: String]
    /// Each rule's escaped name, link and rationale (`RuleMarkup`), in the order of `rules`.
    private var ruleMarkups: [RuleMarkup]
    public var configuration: SiteConfiguration
    /// The Jixiao version shown in the footer, e.g. `0.1.0`.
    public var version: String

    public init(reports: [ProjectReport], sourceModified: [String: Date] = [:], rules: [RuleDescription] = [],
                configuration: SiteConfiguration = SiteConfiguration(), version: String) {
        self.reports = reports
        self.sourceModified = sourceModified
        self.rules = rules
        ruleIndex = Self.index(rules)
        rootRuleLinks = Self.rootLinks(rules)
        ruleMarkups = Self.markups(rules)
        self.configuration = configuration
        self.version = version
    }

    /// Reports in path order whatever order they were given in, so output never depends on input order.
    var sortedReports: [ProjectReport] { reports.sorted { $0.path < $1.path } }

    /// The rule with this identifier, when the catalogue has it.
    func rule(_ identifier: String) -> RuleDescription? {
        ruleIndex[identifier].map { rules[$0] }
    }

    /// The Chinese name of the rule with this identifier, without copying its description (a
    /// lookup per finding row).
    func ruleName(_ identifier: String) -> String? {
        ruleIndex[identifier].map { rules[$0].name }
    }

    /// The link from a page at the site root to this rule's entry on the rules page.
    func ruleLinkFromRoot(_ identifier: String) -> String {
        rootRuleLinks[identifier] ?? SitePaths.href(from: SitePaths.index, to: SitePaths.rules, fragment: identifier)
    }

    /// The markup every finding of this rule shows (name, link, rationale), escaped once.
    func ruleMarkup(_ identifier: String) -> RuleMarkup {
        if let index = ruleIndex[identifier] { return ruleMarkups[index] }
        return RuleMarkup(identifier: identifier, rule: nil)
    }

    private static func markups(_ rules: [RuleDescription]) -> [RuleMarkup] {
        rules.map { RuleMarkup(identifier: $0.identifier, rule: $0) }
    }

    private static func rootLinks(_ rules: [RuleDescription]) -> [String: String] {
        var links: [String: String] = [:]
        for rule in rules {
            links[rule.identifier] = SitePaths.href(from: SitePaths.index, to: SitePaths.rules, fragment: rule.identifier)
        }
        return links
    }

    private static func index(_ rules: [RuleDescription]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.identifier] == nil { index[rule.identifier] = position }
        return index
    }

    /// The latest modification time of all content files (the aggregates' "data updated" time).
    var latestModification: Date? { sourceModified.values.max() }
}
