import Foundation

/// The frame every page shares: head with the CSP, header navigation, main content, footer.
struct PageLayout {
    /// Which navigation entry is the current page.
    enum Section { case overview, findings, rules, project }

    /// No request may leave the site: styles and scripts from our own files, images only inline.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'none'"

    var page: String
    var title: String
    var siteTitle: String
    var section: Section
    var updated: Date?
    var version: String

    /// The whole page: the frame around what `main` writes into `<main>`, in literal runs of
    /// markup around the page's own text (the bytes of `documentByElements`). Every link of the
    /// frame is the root prefix and a fixed path that percent-encoding leaves as it is.
    func document(capacity: Int = 32_768, _ main: (inout HTMLWriter) -> Void) -> [UInt8] {
        // Builders stream the aggregates around their rows (`AggregatePlan`), so a page rendered
        // whole is project-page sized.
        var html = HTMLWriter(capacity: capacity)
        let prefix = HTMLWriter.escaped(SitePaths.rootPrefix(from: page))
        html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        html.raw(Self.escapedContentSecurityPolicy)
        html.raw("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.raw("<meta name=\"referrer\" content=\"no-referrer\"><title>")
        html.text(title)
        if title != siteTitle {
            html.raw(" · ")
            html.text(siteTitle)
        }
        html.raw("</title><link rel=\"stylesheet\" href=\"")
        html.raw(prefix)
        html.raw("assets/site.css\"><script src=\"")
        html.raw(prefix)
        html.raw("assets/site.js\" defer></script></head><body class=\"page-")
        html.raw(sectionLiteral)
        html.raw("\"><header class=\"site-header no-print\"><div class=\"header-inner\"><a class=\"brand\" href=\"")
        html.raw(prefix)
        html.raw("index.html\">")
        html.text(siteTitle)
        html.raw("</a><nav aria-label=\"主导航\"><ul><li><a href=\"")
        html.raw(prefix)
        html.raw(section == .overview ? "index.html\" aria-current=\"page\">" : "index.html\">")
        html.raw("总览</a></li><li><a href=\"")
        html.raw(prefix)
        html.raw(section == .findings ? "findings.html\" aria-current=\"page\">" : "findings.html\">")
        html.raw("问题清单</a></li><li><a href=\"")
        html.raw(prefix)
        html.raw(section == .rules ? "rules.html\" aria-current=\"page\">" : "rules.html\">")
        html.raw("规则说明</a></li></ul></nav></div></header><main id=\"main\">")
        main(&html)
        html.raw("</main><footer class=\"site-footer\"><p>")
        if let updated {
            html.raw("数据更新于 ")
            DisplayFormat.writeChinaTime(updated, to: &html)
            html.raw("（北京时间）")
        } else {
            html.raw("数据更新时间未知")
        }
        html.raw(" · Jixiao ")
        html.text(version)
        html.raw("<span class=\"no-print\"> · 数据下载：<a href=\"")
        html.raw(prefix)
        html.raw("data/projects.json\">projects.json</a> · <a href=\"")
        html.raw(prefix)
        html.raw("data/indicators.csv\">indicators.csv</a> · <a href=\"")
        html.raw(prefix)
        html.raw("data/findings.csv\">findings.csv</a></span></p></footer></body></html>\n")
        return html.bytes
    }

    /// `contentSecurityPolicy` as an attribute value.
    private static let escapedContentSecurityPolicy = HTMLWriter.escaped(contentSecurityPolicy)

    private var sectionLiteral: StaticString {
        switch section {
        case .overview: "overview"
        case .findings: "findings"
        case .rules: "rules"
        case .project: "project"
        }
    }

    /// The frame written element by element, as it was before the literal runs (for tests).
    func documentByElements(capacity: Int = 32_768, _ main: (inout HTMLWriter) -> Void) -> [UInt8] {
        // Builders stream the aggregates around their rows (`AggregatePlan`), so a page rendered
        // whole is project-page sized.
        var html = HTMLWriter(capacity: capacity)
        html.raw("<!DOCTYPE html>\n")
        html.element("html", .attr("lang", "zh-CN")) { html in
            head(&html)
            html.element("body", .cls("page-", sectionKey)) { html in
                header(&html)
                html.element("main", .attr("id", "main"), content: main)
                footer(&html)
            }
        }
        html.raw("\n")
        return html.bytes
    }

    private var sectionKey: String {
        switch section {
        case .overview: "overview"
        case .findings: "findings"
        case .rules: "rules"
        case .project: "project"
        }
    }

    private func head(_ html: inout HTMLWriter) {
        html.element("head") { html in
            html.void("meta", .attr("charset", "utf-8"))
            html.void("meta", .attr("http-equiv", "Content-Security-Policy"), .attr("content", Self.contentSecurityPolicy))
            html.void("meta", .attr("name", "viewport"), .attr("content", "width=device-width, initial-scale=1"))
            html.void("meta", .attr("name", "referrer"), .attr("content", "no-referrer"))
            html.element("title") { html in
                html.text(title)
                if title != siteTitle {
                    html.text(" · ")
                    html.text(siteTitle)
                }
            }
            html.void("link", .attr("rel", "stylesheet"), href(SitePaths.stylesheet))
            html.element("script", linkAttribute("src", SitePaths.script), .flag("defer"), text: "")
        }
    }

    private func header(_ html: inout HTMLWriter) {
        func item(_ label: String, _ target: String, _ itemSection: Section, _ html: inout HTMLWriter) {
            html.element("li") { html in
                html.element("a", href(target), itemSection == section ? .attr("aria-current", "page") : nil,
                             text: label)
            }
        }
        html.element("header", .cls("site-header no-print")) { html in
            html.element("div", .cls("header-inner")) { html in
                html.element("a", .cls("brand"), href(SitePaths.index), text: siteTitle)
                html.element("nav", .attr("aria-label", "主导航")) { html in
                    html.element("ul") { html in
                        item("总览", SitePaths.index, .overview, &html)
                        item("问题清单", SitePaths.findings, .findings, &html)
                        item("规则说明", SitePaths.rules, .rules, &html)
                    }
                }
            }
        }
    }

    private func footer(_ html: inout HTMLWriter) {
        html.element("footer", .cls("site-footer")) { html in
            html.element("p") { html in
                if let updated {
                    html.text("数据更新于 ")
                    html.text(DisplayFormat.chinaTime(updated))
                    html.text("（北京时间）")
                } else {
                    html.text("数据更新时间未知")
                }
                html.text(" · Jixiao ")
                html.text(version)
                html.element("span", .cls("no-print")) { html in
                    html.text(" · 数据下载：")
                    html.element("a", href(SitePaths.projectsJSON), text: "projects.json")
                    html.text(" · ")
                    html.element("a", href(SitePaths.indicatorsCSV), text: "indicators.csv")
                    html.text(" · ")
                    html.element("a", href(SitePaths.findingsCSV), text: "findings.csv")
                }
            }
        }
    }

    /// A relative link from this page to another output file.
    func link(_ target: String, fragment: String? = nil) -> String {
        SitePaths.href(from: page, to: target, fragment: fragment)
    }

    /// `href` with `link(target)`, written in its two parts (every page links to the same eight
    /// files: no string is made for them).
    func href(_ target: String) -> HTMLWriter.Attribute { linkAttribute("href", target) }

    private func linkAttribute(_ name: StaticString, _ target: String) -> HTMLWriter.Attribute {
        .attr(name, SitePaths.rootPrefix(from: page), SitePaths.encodedPath(target))
    }
}
