import JixiaoModel

/// How one finding is shown: severity, the rule's Chinese name (linked to the rules page), the
/// message, the rule's rationale and the source `path:line`.
struct FindingMarkup {
    let content: SiteContent
    let layout: PageLayout
    let path: String

    func write(_ diagnostic: Diagnostic, to html: inout HTMLWriter) {
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
        html.element("ul", .cls("finding-list")) { html in
            for diagnostic in diagnostics {
                html.element("li") { html in write(diagnostic, to: &html) }
            }
        }
    }
}
