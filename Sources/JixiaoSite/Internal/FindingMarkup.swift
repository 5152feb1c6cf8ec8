import JixiaoModel

/// How one finding is shown: severity, the rule's Chinese name (linked to the rules page), the
/// message, the rule's rationale and the source `path:line`.
///
/// Written as literal runs of markup around the escaped text: the same bytes as writing each
/// element and attribute (`FindingMarkupTests` compares with that), with the rule's name, link
/// and rationale escaped once per site (`RuleMarkup`) and the path once per page.
struct FindingMarkup {
    let content: SiteContent
    let layout: PageLayout
    let path: String
    /// `path`, escaped.
    let escapedPath: [UInt8]
    /// The way from the page back to the site root (`../../`), escaped.
    let rootPrefix: [UInt8]

    init(content: SiteContent, layout: PageLayout, path: String) {
        self.content = content
        self.layout = layout
        self.path = path
        escapedPath = HTMLWriter.escaped(path)
        rootPrefix = HTMLWriter.escaped(SitePaths.rootPrefix(from: layout.page))
    }

    func write(_ diagnostic: Diagnostic, to html: inout HTMLWriter) {
        let rule = content.ruleMarkup(diagnostic.rule)
        let severity = diagnostic.severity, line = diagnostic.location.line
        html.raw("<div class=\"finding severity-")
        html.raw(severity.key)
        html.raw("\" data-line=\"")
        html.text(line)
        html.raw("\"><div class=\"finding-head\"><span class=\"severity severity-")
        html.raw(severity.key)
        html.raw("\">")
        html.raw(severity.chineseLiteral)
        html.raw("</span> <a class=\"rule-link\" href=\"")
        html.raw(rootPrefix)
        html.raw(rule.link)
        html.raw("\">")
        html.raw(rule.name)
        html.raw("</a> <code class=\"location\">")
        html.raw(escapedPath)
        html.raw(":")
        html.text(line)
        html.raw("</code></div><p class=\"finding-message\">")
        html.text(diagnostic.message)
        html.raw("</p>")
        html.raw(rule.why)
        html.raw("</div>")
    }

    /// `write` element by element, as it was written before the literal runs (for tests).
    func writeByElements(_ diagnostic: Diagnostic, to html: inout HTMLWriter) {
        let rule = content.rule(diagnostic.rule)
        html.element("div", .cls("finding severity-", diagnostic.severity.rawValue),
                     .attr("data-line", diagnostic.location.line)) { html in
            html.element("div", .cls("finding-head")) { html in
                html.element("span", .cls("severity severity-", diagnostic.severity.rawValue),
                             text: diagnostic.severity.chineseName)
                html.text(" ")
                html.element("a", .cls("rule-link"), .attr("href", layout.link(SitePaths.rules, fragment: diagnostic.rule)),
                             text: rule?.name ?? diagnostic.rule)
                html.text(" ")
                html.element("code", .cls("location")) { html in
                    html.text(path)
                    html.text(":")
                    html.text(diagnostic.location.line)
                }
            }
            html.element("p", .cls("finding-message"), text: diagnostic.message)
            if let rationale = rule?.rationale, !rationale.isEmpty {
                // The rationale repeats for every finding of a rule: folded, so rows stay short.
                html.element("details", .cls("finding-why")) { html in
                    html.element("summary", text: "为什么")
                    html.element("p", text: rationale)
                }
            }
        }
    }

    func writeList(_ diagnostics: [Diagnostic], to html: inout HTMLWriter) {
        html.raw("<ul class=\"finding-list\">")
        for diagnostic in diagnostics {
            html.raw("<li>")
            write(diagnostic, to: &html)
            html.raw("</li>")
        }
        html.raw("</ul>")
    }
}
