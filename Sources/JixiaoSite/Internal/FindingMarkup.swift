import JixiaoModel

/// How one finding is shown: severity, the rule's Chinese name (linked to the rules page), the
/// message, the rule's rationale and the source `path:line`.
struct FindingMarkup {
    let content: SiteContent
    let layout: PageLayout
    let path: String

    func markup(_ diagnostic: Diagnostic) -> Markup {
        let rule = content.rule(diagnostic.rule)
        var parts: [Markup] = [
            el("div", [cls("finding-head")], [
                el("span", [cls("severity severity-" + diagnostic.severity.rawValue)], diagnostic.severity.chineseName),
                .text(" "),
                el("a", [cls("rule-link"), attr("href", layout.link(SitePaths.rules, fragment: diagnostic.rule))],
                   rule?.name ?? diagnostic.rule),
                .text(" "),
                el("code", [cls("location")], "\(path):\(diagnostic.location.line)"),
            ]),
            el("p", [cls("finding-message")], diagnostic.message),
        ]
        if let rationale = rule?.rationale, !rationale.isEmpty {
            // The rationale repeats for every finding of a rule: folded, so rows stay short.
            parts.append(el("details", [cls("finding-why")], [el("summary", "为什么"), el("p", rationale)]))
        }
        return el("div", [cls("finding severity-" + diagnostic.severity.rawValue),
                          attr("data-line", "\(diagnostic.location.line)")], parts)
    }

    func list(_ diagnostics: [Diagnostic]) -> Markup {
        el("ul", [cls("finding-list")], diagnostics.map { el("li", [markup($0)]) })
    }
}
